/**
 * npm run data:import -- [FILE] [--merge] [--correction] [--dry-run] [--data data/transfers.json] [--today YYYY-MM-DD]
 *
 * Takes a spreadsheet (FILE: .xlsx or .csv, default data/transfers.csv) made by `npm run
 * data:export` into the dataset, by id and cell by cell (src/data/sheet/). CSV in UTF-8 (with or
 * without BOM), UTF-16 with BOM or Windows-1252, comma-, semicolon- or tab-separated. The result
 * goes through the same checker as `npm run check:data`; every problem is printed with file,
 * sheet, row and column, nothing is written, exit 1. An export of an older version is refused,
 * naming what changed since, unless --merge. Changed: version + 1, `updated` = today, a changelog
 * entry (de + en; --correction marks it a correction), the old file kept in data/.backup/, the
 * new one written atomically. Unchanged: nothing written, exit 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isoToday } from '../src/data/changelog.ts';
import { renderChanges } from '../src/data/diff.ts';
import { displayName } from '../src/data/load-file.ts';
import { importSheet, type ChangeKind, type ImportOutcome } from '../src/data/sheet/import.ts';
import type { Dataset } from '../src/data/schema.ts';
import { dataFileFrom, parseCliOrExit, type CliSpec } from './cli-args.ts';
import { writeDataset } from './data-write.ts';

export const DEFAULT_CSV_FILE = 'data/transfers.csv';

export interface ImportOptions {
  file: string;
  dataFile: string;
  today: string;
  dryRun?: boolean;
  merge?: boolean;
  kind?: ChangeKind;
}

export interface ImportResult {
  code: 0 | 1;
  out: string[];
  err: string[];
}

const KIND_WORDS: Record<ChangeKind, string> = {
  update: 'Aktualisierung / update',
  correction: 'Korrektur / correction',
};

/** The outcome as the terminal shows it: problems, or the changes and the changelog entry. */
export function report(
  outcome: ImportOutcome,
  fileName: string,
  dataName: string,
  dryRun: boolean,
): ImportResult {
  const out: string[] = [];
  const err: string[] = [];
  const what = outcome.fileDescription ? `${fileName} (${outcome.fileDescription})` : fileName;
  if (!outcome.ok) {
    err.push(...outcome.problems.map((p) => p.text));
    if (outcome.stale) {
      const s = outcome.stale;
      err.push(`\nChanged in ${dataName} since your export (version ${s.sheetVersion}):`);
      for (const c of s.since)
        err.push(`  version ${c.version}, ${c.date}: ${c.de}`, `    ${c.en}`);
      if (s.cells.length > 0)
        err.push(`  cells of your sheet's rows changed since: ${s.cells.join('; ')}`);
    }
    err.push(`\n${what}: ${outcome.problems.length} problem(s). Nothing was changed.`);
    return { code: 1, out, err };
  }
  out.push(...outcome.notes);
  if (!outcome.next || !outcome.before || !outcome.after || !outcome.entry) {
    out.push(
      `${what}: no changes to ${dataName} (version ${outcome.before?.meta.version ?? '?'} stays).`,
    );
    return { code: 0, out, err };
  }
  out.push(`${what}: ${outcome.changes.length} change(s)`);
  out.push(
    ...renderChanges(outcome.changes, outcome.before, outcome.after, { lang: 'en', by: 'id' }).map(
      (l) => `  ${l}`,
    ),
  );
  out.push(`Changelog entry (${KIND_WORDS[outcome.entry.kind]}):`);
  out.push(`  de: ${outcome.entry.de}`, `  en: ${outcome.entry.en}`);
  for (const c of outcome.corrections ?? [])
    out.push(
      `  correction of ${[...c.records, ...(c.removed ?? [])].join(', ')}:`,
      `    wrong: ${c.wrong.de} / ${c.wrong.en}`,
      `    right: ${c.right.de} / ${c.right.en}`,
    );
  const verb = dryRun ? 'would become' : 'is now';
  out.push(
    `${dataName} ${verb} version ${outcome.next.meta.version} (was ${outcome.before.meta.version}), updated ${outcome.next.meta.updated}.`,
  );
  if (dryRun) out.push('Dry run: nothing was written.');
  return { code: 0, out, err };
}

export async function importFile(options: ImportOptions): Promise<{
  result: ImportResult;
  outcome?: ImportOutcome;
  write?: { text: string; next: Dataset };
}> {
  const fileName = displayName(options.file);
  const dataName = displayName(options.dataFile);
  for (const f of [options.file, options.dataFile])
    if (!existsSync(f))
      return { result: { code: 1, out: [], err: [`${displayName(f)}: no such file`] } };
  const dataText = readFileSync(options.dataFile, 'utf8');
  const outcome = await importSheet({
    fileName,
    bytes: new Uint8Array(readFileSync(options.file)),
    dataName,
    dataText,
    today: options.today,
    merge: options.merge,
    kind: options.kind,
  });
  const result = report(outcome, fileName, dataName, options.dryRun === true);
  if (!outcome.ok || !outcome.next || options.dryRun) return { result, outcome };
  return { result, outcome, write: { text: dataText, next: outcome.next } };
}

const IMPORT_CLI: CliSpec = {
  usage:
    'usage: npm run data:import -- [FILE.xlsx | FILE.csv] [--dry-run] [--merge] [--correction] [--data data/transfers.json] [--today YYYY-MM-DD]',
  switches: ['--dry-run', '--merge', '--correction'],
  options: ['--data', '--today'],
  maxPositional: 1,
};

function parseArgs(argv: readonly string[]) {
  const args = parseCliOrExit(argv, IMPORT_CLI);
  return {
    file: args.positional[0] ?? DEFAULT_CSV_FILE,
    dataFile: dataFileFrom(args),
    today: args.options.get('--today') ?? isoToday(),
    dryRun: args.switches.has('--dry-run'),
    merge: args.switches.has('--merge'),
    kind: (args.switches.has('--correction') ? 'correction' : 'update') as ChangeKind,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const { result, write } = await importFile(args);
  if (write) {
    try {
      const { backup } = await writeDataset(args.dataFile, write.text, write.next);
      result.out.push(`Previous version kept in ${displayName(backup)}.`);
    } catch (error) {
      result.err.push(error instanceof Error ? error.message : String(error));
      result.code = 1;
    }
  }
  for (const line of result.out) console.info(line);
  for (const line of result.err) console.error(line);
  if (process.env.MSMT_TIMING) console.info(`(${Math.round(performance.now() - started)} ms)`);
  process.exit(result.code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
