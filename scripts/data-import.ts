/**
 * npm run data:import -- [file.csv] [--data data/transfers.json] [--today YYYY-MM-DD] [--dry-run]
 *
 * Takes the transfers and estimates from a spreadsheet (CSV, columns in data/CSV-COLUMNS.md) into
 * the dataset; everything else (meta, sources, totals, places, routes) stays as it is in the JSON.
 * The result goes through the same checker as `npm run check:data`; each problem is pointed back
 * at the CSV's line and column. Invalid: every problem printed, nothing written, exit 1.
 * Valid and changed: version + 1, `updated` = today, a changelog entry (de + en) listing the
 * figure-level changes, the old file kept in data/.backup/, the new one written atomically.
 * Valid and unchanged: nothing written, exit 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { summarize, recordUpdate, isoToday } from '../src/data/changelog.ts';
import { checkDatasetText, formatProblem, type Problem } from '../src/data/check.ts';
import {
  columnForPath,
  csvToRecords,
  orderKeys,
  splitRecordPath,
  type CsvProblem,
  type CsvRecords,
} from '../src/data/csv.ts';
import { diffDatasets, renderChanges } from '../src/data/diff.ts';
import { DEFAULT_DATA_FILE, displayName } from '../src/data/load-file.ts';
import type { Dataset } from '../src/data/schema.ts';
import { writeDataset } from './data-write.ts';

export const DEFAULT_CSV_FILE = 'data/transfers.csv';

export interface ImportOptions {
  csvFile: string;
  dataFile: string;
  today: string;
  dryRun?: boolean;
}

export interface ImportResult {
  code: 0 | 1;
  /** Lines for stdout (summary) and stderr (problems). */
  out: string[];
  err: string[];
}

type Json = Record<string, unknown>;

export function formatCsvProblem(file: string, p: CsvProblem): string {
  const where = p.rowId ? `  [${p.rowId}]` : '';
  return `${file}:${p.line}:${p.column}  ${p.columnName}  ${p.message}${where}`;
}

/** Line and column of a JSON path in the current data file, for problems outside the CSV's rows. */
function locateInJson(text: string, path: string): { line: number; column: number } {
  const segments = path
    .split(/\.|(?=\[)/)
    .filter((s) => s !== '' && s !== '(root)')
    .map((s) => (/^\[\d+\]$/.test(s) ? Number(s.slice(1, -1)) : s));
  const tree = parseTree(text);
  let node = tree ? findNodeAtLocation(tree, segments) : undefined;
  for (let n = segments.length - 1; !node && n >= 0 && tree; n--)
    node = findNodeAtLocation(tree, segments.slice(0, n));
  const offset = node?.offset ?? 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A checker problem, pointed at the CSV row and column it came from (or the JSON, if not a row). */
function mapProblem(
  p: Problem,
  records: CsvRecords,
  csvName: string,
  dataName: string,
  dataText: string,
): { line: number; column: number; text: string } {
  const split = splitRecordPath(p.path);
  if (split) {
    const origin = records.origins.find((o) => o.kind === split.kind && o.index === split.index);
    if (origin) {
      const columnName = columnForPath(split.rest);
      const mapped: CsvProblem = {
        line: origin.line,
        column: records.columnIndex.get(columnName) ?? 1,
        columnName,
        rowId: origin.id || undefined,
        message: `${p.message} (${p.path})`,
      };
      return { ...mapped, text: formatCsvProblem(csvName, mapped) };
    }
  }
  // Not from a row (e.g. a total whose part was deleted): point at the JSON file as it is now.
  const at = locateInJson(dataText, p.path);
  return { line: Infinity, column: 0, text: formatProblem({ ...p, file: dataName, ...at }) };
}

export function importCsv({ csvFile, dataFile, today, dryRun = false }: ImportOptions): {
  result: ImportResult;
  write?: { text: string; next: Dataset };
} {
  const out: string[] = [];
  const err: string[] = [];
  const fail = (): { result: ImportResult } => ({ result: { code: 1, out, err } });
  const csvName = displayName(csvFile);
  const dataName = displayName(dataFile);
  for (const f of [csvFile, dataFile])
    if (!existsSync(f)) {
      err.push(`${displayName(f)}: no such file`);
      return fail();
    }

  const dataText = readFileSync(dataFile, 'utf8');
  const current = checkDatasetText(dataText, dataName);
  if (!current.ok) {
    err.push(...current.problems.map(formatProblem));
    err.push(
      `\n${dataName} itself has problems; fix them first (npm run check:data). Nothing was changed.`,
    );
    return fail();
  }

  const records = csvToRecords(readFileSync(csvFile, 'utf8'));
  const csvProblems = records.problems.map((p) => ({ ...p, text: formatCsvProblem(csvName, p) }));
  const stop = (more: { line: number; column: number; text: string }[]) => {
    // One message per cell: a cell the CSV layer already rejected is not reported again.
    const seen = new Set(csvProblems.map((p) => `${p.line}:${p.column}`));
    const all = [...csvProblems, ...more.filter((p) => !seen.has(`${p.line}:${p.column}`))];
    all.sort((a, b) => a.line - b.line || a.column - b.column);
    err.push(...all.map((p) => p.text));
    err.push(`\n${csvName}: ${all.length} problem(s). Nothing was changed.`);
    return fail();
  };
  // Without a usable header there are no records to check further.
  if (csvProblems.some((p) => p.line === 1)) return stop([]);

  const raw = JSON.parse(dataText) as Dataset;
  const template = (list: readonly { id: string }[], id: unknown) =>
    list.find((r) => r.id === id) as unknown as Json | undefined;
  const candidate = {
    ...raw,
    transfers: records.transfers.map((r) =>
      orderKeys(r, 'transfer', template(raw.transfers, r.id)),
    ),
    estimates: records.estimates.map((r) =>
      orderKeys(r, 'estimate', template(raw.estimates, r.id)),
    ),
  };
  const checked = checkDatasetText(JSON.stringify(candidate, null, 2), dataName);
  if (!checked.ok)
    return stop(checked.problems.map((p) => mapProblem(p, records, csvName, dataName, dataText)));
  if (csvProblems.length > 0) return stop([]);

  const changes = diffDatasets(current.data, checked.data);
  const reordered =
    changes.length === 0 &&
    !isDeepStrictEqual(
      [current.data.transfers, current.data.estimates],
      [checked.data.transfers, checked.data.estimates],
    );
  if (changes.length === 0 && !reordered) {
    out.push(`${csvName}: no changes to ${dataName} (version ${raw.meta.version} stays).`);
    return { result: { code: 0, out, err } };
  }

  const lines = (lang: 'de' | 'en') => {
    const rendered = renderChanges(changes, current.data, checked.data, { lang, by: 'label' });
    if (reordered) rendered.push(lang === 'de' ? 'Reihenfolge geändert' : 'order changed');
    return rendered;
  };
  const next = recordUpdate(
    candidate as unknown as Dataset,
    { de: summarize(lines('de'), 'de'), en: summarize(lines('en'), 'en') },
    today,
  );
  out.push(...renderChanges(changes, current.data, checked.data, { lang: 'en', by: 'id' }));
  if (reordered) out.push('order of rows changed');
  const verb = dryRun ? 'would become' : 'is now';
  out.push(
    `${dataName} ${verb} version ${next.meta.version} (was ${raw.meta.version}), updated ${next.meta.updated}.`,
  );
  if (dryRun) {
    out.push('Dry run: nothing was written.');
    return { result: { code: 0, out, err } };
  }
  return { result: { code: 0, out, err }, write: { text: dataText, next } };
}

export function parseArgs(argv: readonly string[]) {
  const positional: string[] = [];
  let dataFile = process.env.MSMT_DATA_FILE ?? DEFAULT_DATA_FILE;
  let today = isoToday();
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--data') dataFile = argv[++i] ?? dataFile;
    else if (a === '--today') today = argv[++i] ?? today;
    else if (a === '--dry-run') dryRun = true;
    else positional.push(a);
  }
  return { positional, dataFile, today, dryRun };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const { result, write } = importCsv({
    csvFile: args.positional[0] ?? DEFAULT_CSV_FILE,
    dataFile: args.dataFile,
    today: args.today,
    dryRun: args.dryRun,
  });
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
