/**
 * npm run data:export -- [out.csv | -] [--data data/transfers.json]
 *
 * Writes the dataset for a spreadsheet, beside each other (both ignored by git: the JSON stays
 * the one true copy):
 *   data/transfers.csv   Figures (transfers and estimates), semicolon-separated, UTF-8 with BOM
 *   data/transfers.xlsx  Figures, Sources, Columns (what each column means), hidden _export
 * Every row carries its base cell (dataset version + a fingerprint of each cell), so the import
 * knows what the sheet changed. Importing either file unchanged changes nothing. `-` prints the
 * CSV to stdout and writes no workbook.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isoToday } from '../src/data/changelog.ts';
import { formatProblem } from '../src/data/check.ts';
import { checkDatasetFile, displayName } from '../src/data/load-file.ts';
import { exportCsv, exportXlsx, helpRows } from '../src/data/sheet/export.ts';
import { dataFileFrom, parseCliOrExit } from './cli-args.ts';
import { DEFAULT_CSV_FILE } from './data-import.ts';

const root = resolve(import.meta.dirname, '..');

function writeAtomically(file: string, content: string | Uint8Array) {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, file);
}

async function main() {
  const args = parseCliOrExit(process.argv.slice(2), {
    usage: 'usage: npm run data:export -- [OUT.csv | -] [--data data/transfers.json]',
    options: ['--data'],
    maxPositional: 1,
  });
  const out = args.positional[0] ?? DEFAULT_CSV_FILE;
  const dataFile = dataFileFrom(args);
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
  const data = result.data;
  const csv = exportCsv(data);
  if (out === '-') {
    process.stdout.write(csv);
    return;
  }
  const xlsxFile = out.replace(/\.csv$/i, '') + '.xlsx';
  const help = helpRows(readFileSync(join(root, 'data/CSV-COLUMNS.md'), 'utf8'));
  const workbook = await exportXlsx(data, help, isoToday());
  writeAtomically(out, csv);
  writeAtomically(xlsxFile, workbook);
  const ms = Math.round(performance.now() - started);
  console.info(
    `${displayName(out)} and ${displayName(xlsxFile)}: ${data.transfers.length} transfers, ${data.estimates.length} estimates` +
      ` (and ${data.sources.length} sources in the workbook) from ${displayName(dataFile)} version ${data.meta.version} in ${ms} ms.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
