/**
 * npm run data:diff -- old.json new.json [--lang de|en] [--append] [--today YYYY-MM-DD]
 *
 * Prints the figure-level differences between two versions of the dataset, one a line, e.g.
 * `troops-phase-2: about 3,000 → about 4,500 soldiers (source: MSMT, 29 May 2025)`.
 * With --append, records them in new.json: version + 1, updated = today, and a changelog entry
 * in German and English (the old file is kept in .backup/ next to it).
 * Exit 0 with "no figure-level differences" when there are none (and nothing is appended).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCliOrExit } from './cli-args.ts';
import { isoToday, recordUpdate, summarize } from '../src/data/changelog.ts';
import { checkDatasetText, formatProblem } from '../src/data/check.ts';
import { diffDatasets, renderChanges } from '../src/data/diff.ts';
import { displayName } from '../src/data/load-file.ts';
import type { Dataset } from '../src/data/schema.ts';
import { isLang } from '../src/lib/i18n.ts';
import { writeDataset } from './data-write.ts';

function load(file: string): { text: string; data: Dataset } {
  const text = readFileSync(file, 'utf8');
  const result = checkDatasetText(text, displayName(file));
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`\n${displayName(file)}: ${result.problems.length} problem(s); cannot compare.`);
    process.exit(1);
  }
  return { text, data: result.data };
}

async function main() {
  const usage =
    'usage: npm run data:diff -- OLD.json NEW.json [--lang de|en] [--append] [--today YYYY-MM-DD]';
  const args = parseCliOrExit(process.argv.slice(2), {
    usage,
    switches: ['--append'],
    options: ['--lang', '--today'],
    maxPositional: 2,
  });
  const lang = args.options.get('--lang') ?? 'en';
  if (!isLang(lang)) {
    console.error(`--lang: expected de or en, found ${lang}`);
    process.exit(1);
  }
  const append = args.switches.has('--append');
  const today = args.options.get('--today') ?? isoToday();
  const [oldFile, newFile] = args.positional;
  if (!oldFile || !newFile) {
    console.error(usage);
    process.exit(1);
  }
  const before = load(oldFile);
  const after = load(newFile);
  const changes = diffDatasets(before.data, after.data);
  if (changes.length === 0) {
    console.info('no figure-level differences');
    return;
  }
  for (const line of renderChanges(changes, before.data, after.data, { lang, by: 'id' }))
    console.info(line);
  if (!append) return;
  const entry = {
    de: summarize(
      renderChanges(changes, before.data, after.data, { lang: 'de', by: 'label' }),
      'de',
    ),
    en: summarize(
      renderChanges(changes, before.data, after.data, { lang: 'en', by: 'label' }),
      'en',
    ),
  };
  const raw = JSON.parse(after.text) as Dataset;
  const next = recordUpdate(raw, entry, today);
  const { backup } = await writeDataset(newFile, after.text, next);
  console.info(
    `Appended to ${displayName(newFile)}: version ${next.meta.version}, updated ${next.meta.updated} (previous copy: ${displayName(backup)}).`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
