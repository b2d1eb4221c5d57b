/**
 * npm run data:export -- [out.csv | -] [--data data/transfers.json]
 *
 * Writes the dataset's transfers and estimates as a CSV for a spreadsheet (default
 * data/transfers.csv, ignored by git: the JSON stays the one true copy; `-` prints to stdout).
 * Importing the file unchanged changes nothing.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/data/check.ts';
import { datasetToCsv } from '../src/data/csv.ts';
import { DEFAULT_DATA_FILE, checkDatasetFile, displayName } from '../src/data/load-file.ts';
import { DEFAULT_CSV_FILE, parseArgs } from './data-import.ts';

function main() {
  const args = parseArgs(process.argv.slice(2));
  const out = args.positional[0] ?? DEFAULT_CSV_FILE;
  const dataFile = args.dataFile ?? DEFAULT_DATA_FILE;
  if (!existsSync(dataFile)) {
    console.error(`${dataFile}: no such file`);
    process.exit(1);
  }
  const started = performance.now();
  const result = checkDatasetFile(dataFile);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`\n${displayName(dataFile)} has problems; fix them first. Nothing was written.`);
    process.exit(1);
  }
  const csv = datasetToCsv(result.data);
  if (out === '-') {
    process.stdout.write(csv);
    return;
  }
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  writeFileSync(temp, csv);
  renameSync(temp, out);
  const rows = result.data.transfers.length + result.data.estimates.length;
  const ms = Math.round(performance.now() - started);
  console.info(
    `${displayName(out)}: ${rows} rows (${result.data.transfers.length} transfers, ${result.data.estimates.length} estimates) from ${displayName(dataFile)} version ${result.data.meta.version} in ${ms} ms.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
