/**
 * npm run data:apply -- FILE.json [--data data/transfers.json]
 *
 * Applies a dataset made on the newsroom page ("Daten aktualisieren": a dropped sheet, checked and
 * previewed in the browser, downloaded as transfers-v<N>.json). The file records the version it
 * was made from (its own version − 1, with the changelog up to there): if the dataset has moved on
 * since, it is refused, naming what changed, and the reporter drops the sheet again on the current
 * page. Otherwise it is checked, written over the dataset the way data:import writes (minimal edit,
 * formatted, previous version in data/.backup/, temp file + rename), and its changes are printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { dataFileFrom, parseCliOrExit } from './cli-args.ts';
import { checkDatasetText, formatProblem } from '../src/data/check.ts';
import { diffDatasets, renderChanges } from '../src/data/diff.ts';
import { displayName } from '../src/data/load-file.ts';
import type { Dataset } from '../src/data/schema.ts';
import { writeDataset } from './data-write.ts';

export interface ApplyResult {
  code: 0 | 1;
  out: string[];
  err: string[];
  write?: { text: string; next: Dataset };
}

export function planApply(file: string, dataFile: string): ApplyResult {
  const out: string[] = [];
  const err: string[] = [];
  const fail = (...lines: string[]): ApplyResult => ({ code: 1, out, err: [...err, ...lines] });
  for (const f of [file, dataFile])
    if (!existsSync(f)) return fail(`${displayName(f)}: no such file`);
  const name = displayName(file);
  const dataName = displayName(dataFile);
  const incoming = checkDatasetText(readFileSync(file, 'utf8'), name);
  if (!incoming.ok)
    return fail(
      ...incoming.problems.map(formatProblem),
      `\n${name}: not applied (it has problems).`,
    );
  const text = readFileSync(dataFile, 'utf8');
  const current = checkDatasetText(text, dataName);
  if (!current.ok)
    return fail(
      ...current.problems.map(formatProblem),
      `\n${dataName} itself has problems; fix them first.`,
    );
  const next = incoming.data;
  const now = current.data;
  const from = next.meta.version - 1;
  if (isDeepStrictEqual(next, now)) {
    out.push(`${name} is already the dataset (version ${now.meta.version}); nothing to do.`);
    return { code: 0, out, err };
  }
  const sameHistory = isDeepStrictEqual(next.meta.changelog.slice(0, -1), now.meta.changelog);
  if (from !== now.meta.version || !sameHistory) {
    const since = now.meta.changelog.filter((c) => c.version > from);
    return fail(
      `${name}: made from version ${from}, but ${dataName} is at version ${now.meta.version}` +
        (sameHistory || from !== now.meta.version ? '' : ' with a different history') +
        '. Not applied: it would undo what changed since.',
      ...(since.length > 0
        ? [
            'Changed since:',
            ...since.map((c) => `  version ${c.version}, ${c.date}: ${c.de} / ${c.en}`),
          ]
        : []),
      'Drop the sheet again on the newsroom page of the current version (or import it with npm run data:import -- FILE --merge).',
    );
  }
  const changes = diffDatasets(now, next);
  out.push(...renderChanges(changes, now, next, { lang: 'en', by: 'id' }));
  out.push(
    `${dataName} is now version ${next.meta.version} (was ${now.meta.version}), updated ${next.meta.updated}.`,
  );
  return {
    code: 0,
    out,
    err,
    write: { text, next: JSON.parse(readFileSync(file, 'utf8')) as Dataset },
  };
}

async function main() {
  const usage = 'usage: npm run data:apply -- transfers-vN.json [--data data/transfers.json]';
  const args = parseCliOrExit(process.argv.slice(2), {
    usage,
    options: ['--data'],
    maxPositional: 1,
  });
  const dataFile = dataFileFrom(args);
  const files = args.positional;
  if (files.length !== 1) {
    console.error(usage);
    process.exit(1);
  }
  const result = planApply(files[0]!, dataFile);
  if (result.write) {
    try {
      const { backup } = await writeDataset(dataFile, result.write.text, result.write.next);
      result.out.push(`Previous version kept in ${displayName(backup)}.`);
    } catch (error) {
      result.err.push(error instanceof Error ? error.message : String(error));
      result.code = 1;
    }
  }
  for (const line of result.out) console.info(line);
  for (const line of result.err) console.error(line);
  process.exit(result.code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
