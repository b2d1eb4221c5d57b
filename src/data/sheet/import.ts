/**
 * One import, the same in the terminal (`npm run data:import`) and on the newsroom page: a file's
 * bytes and the current dataset in; every problem (with file, sheet, row and column), or the new
 * dataset with its version, date and changelog entry, and the figure-level changes out. Nothing is
 * written here: the caller writes (atomically, with a backup) or offers a download.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { isoToday, recordUpdate, summarize } from '../changelog.ts';
import { checkDatasetText, formatProblem } from '../check.ts';
import { correctionsFromChanges } from '../correction-records.ts';
import { columnForPath } from '../csv.ts';
import { diffDatasets, renderChanges, type Change } from '../diff.ts';
import type { ChangeKind, Correction, Dataset } from '../schema.ts';
import { csvTextToTable, type Delimiter } from './csv-text.ts';
import { ENCODING_NAMES, decodeSheetBytes, type Encoding } from './decode.ts';
import { mergeSheets, type Position, type Stale } from './merge.ts';
import { readTable, type RawTable, type SheetProblem, type SheetRow } from './read.ts';
import { FIGURES, SOURCES, columnLetter, type TableSpec } from './tables.ts';
import { readWorkbook, sniffWorkbook } from './xlsx.ts';

export type { ChangeKind };

export interface ImportInput {
  /** How to name the file in messages, e.g. `data/transfers.csv`. */
  fileName: string;
  bytes: Uint8Array;
  dataName: string;
  dataText: string;
  today?: string;
  merge?: boolean;
  kind?: ChangeKind;
}

export interface Located {
  /** `data/transfers.csv:3:11` or `transfers.xlsx:Figures!K3` or `data/transfers.json:12:5`. */
  where: string;
  sheet?: string;
  line?: number;
  column?: number;
  columnName?: string;
  rowId?: string;
  message: string;
  text: string;
}

export interface ImportOutcome {
  ok: boolean;
  format?: 'csv' | 'xlsx';
  /** E.g. "Windows-1252, semicolon-separated". */
  fileDescription?: string;
  problems: Located[];
  stale?: Stale;
  notes: string[];
  before?: Dataset;
  after?: Dataset;
  changes: Change[];
  /** The new dataset (version + 1, changelog entry), when something changed. */
  next?: Dataset;
  entry?: { de: string; en: string; kind: ChangeKind };
  /** For a correction: what was wrong and what is right, per record. */
  corrections?: Correction[];
}

const DELIMITER_NAMES: Record<Delimiter, string> = {
  ',': 'comma-separated',
  ';': 'semicolon-separated',
  '\t': 'tab-separated',
};

/** Line and column of a JSON path in a data file, for problems outside the sheet's rows. */
export function locateInJson(text: string, path: string): { line: number; column: number } {
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
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function locate(file: string, p: SheetProblem): Located {
  const where = p.sheet
    ? `${file}:${p.sheet}!${columnLetter(p.column)}${p.line}`
    : `${file}:${p.line}:${p.column}`;
  const id = p.rowId ? `  [${p.rowId}]` : '';
  return {
    where,
    sheet: p.sheet,
    line: p.line,
    column: p.column,
    columnName: p.columnName,
    rowId: p.rowId,
    message: p.message,
    text: `${where}  ${p.columnName}  ${p.message}${id}`,
  };
}

/** The column a checker path inside a record points at, in that record's table. */
function columnOf(spec: TableSpec, rest: string): string {
  if (spec === FIGURES) return columnForPath(rest);
  const first = rest.replace(/^\./, '').split(/[.[]/)[0] ?? '';
  return spec.columns.some((c) => c.column === first) ? first : 'id';
}

/**
 * The record a checker path is about: `estimates[3].quantity.low` → estimates, 3, `.quantity.low`;
 * a list grown past its limit (`estimates`, "at most 500") → the first record beyond it.
 */
function recordOf(
  path: string,
  message: string,
): { collection: string; index: number; rest: string } | undefined {
  const m = /^(transfers|estimates|sources)\[(\d+)\](.*)$/.exec(path);
  if (m) return { collection: m[1]!, index: Number(m[2]), rest: m[3] ?? '' };
  const over = /^(transfers|estimates|sources)$/.test(path) ? /at most (\d+)/.exec(message) : null;
  if (over) return { collection: path, index: Number(over[1]), rest: '' };
  return undefined;
}

/** A problem with the file as a whole (its sort, its sheets, its version), at its start. */
function fileProblem(fileName: string, columnName: string, message: string): Located {
  return locate(fileName, { line: 1, column: 1, columnName, message });
}

interface FileTables {
  tables: { spec: TableSpec; raw: RawTable }[];
  encoding: Encoding | undefined;
}

/** Which tables the file has, as raw cells; says on `outcome` what sort of file it is. */
async function readFileTables(
  input: ImportInput,
  outcome: ImportOutcome,
): Promise<FileTables | Located> {
  const sort = sniffWorkbook(input.bytes);
  const tables: FileTables['tables'] = [];
  if (sort === 'xls')
    return fileProblem(
      input.fileName,
      '(file)',
      'expected .xlsx or .csv, found an old Excel .xls workbook: save it as .xlsx ("Excel-Arbeitsmappe")',
    );
  if (sort === 'xlsx') {
    outcome.format = 'xlsx';
    outcome.fileDescription = 'Excel workbook (.xlsx)';
    let book;
    try {
      book = await readWorkbook(input.bytes);
    } catch (error) {
      return fileProblem(
        input.fileName,
        '(file)',
        `expected an .xlsx workbook, found a file that does not open as one (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    for (const spec of [FIGURES, SOURCES]) {
      const raw = book.tables.get(spec.sheet);
      if (raw) tables.push({ spec, raw });
    }
    if (!book.tables.has(FIGURES.sheet))
      return fileProblem(
        input.fileName,
        '(workbook)',
        `expected a sheet named "${FIGURES.sheet}", found ${[...book.tables.keys()].map((n) => `"${n}"`).join(', ') || 'none'}`,
      );
    return { tables, encoding: undefined };
  }
  const decoded = decodeSheetBytes(input.bytes);
  if (!decoded.ok)
    return locate(input.fileName, {
      line: decoded.line,
      column: decoded.column,
      columnName: '(encoding)',
      message: decoded.message,
    });
  const { table, delimiter } = csvTextToTable(decoded.text);
  outcome.format = 'csv';
  outcome.fileDescription = `${ENCODING_NAMES[decoded.encoding]}, ${DELIMITER_NAMES[delimiter]}`;
  tables.push({ spec: FIGURES, raw: table });
  return { tables, encoding: decoded.encoding };
}

type LocateInSheet = (p: SheetProblem, spec: TableSpec) => Located;

/** The checker's problems with the merged dataset, at the cells they came from where known. */
function checkerProblems(
  input: ImportInput,
  checked: ReturnType<typeof checkDatasetText>,
  origins: Map<string, Position>,
  located: LocateInSheet,
): Located[] {
  if (checked.ok) return [];
  return checked.problems.map((p) => {
    const record = recordOf(p.path, p.message);
    const origin = record ? origins.get(`${record.collection}[${record.index}]`) : undefined;
    if (record && origin) {
      const spec = record.collection === 'sources' ? SOURCES : FIGURES;
      return located(
        {
          sheet: origin.sheet,
          line: origin.line,
          column: 0,
          columnName: columnOf(spec, record.rest),
          rowId: origin.rowId,
          message: `${p.message} (${p.path})`,
        },
        spec,
      );
    }
    const at = locateInJson(input.dataText, p.path);
    return {
      where: `${input.dataName}:${at.line}:${at.column}`,
      message: `${p.path}  ${p.message}`,
      text: formatProblem({ ...p, file: input.dataName, ...at }),
    };
  });
}

/** The sheet's problems in reading order, then any in the data file. */
function inReadingOrder(problems: Located[], dataName: string): Located[] {
  const inData = (p: Located) => (p.where.startsWith(`${dataName}:`) ? 1 : 0);
  return problems.sort(
    (a, b) =>
      inData(a) - inData(b) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The changes, their changelog entry (and corrections), and the dataset to write. */
function recordChanges(
  input: ImportInput,
  outcome: ImportOutcome,
  before: Dataset,
  after: Dataset,
  candidate: unknown,
): ImportOutcome {
  outcome.before = before;
  outcome.after = after;
  outcome.changes = diffDatasets(before, after);
  outcome.ok = true;
  if (outcome.changes.length === 0) return outcome;

  const kind = input.kind ?? 'update';
  const lines = (lang: 'de' | 'en') =>
    renderChanges(outcome.changes, before, after, { lang, by: 'label' });
  const entry = { de: summarize(lines('de'), 'de'), en: summarize(lines('en'), 'en'), kind };
  outcome.entry = entry;
  // The candidate as merged (records keep their key order), not as the schema rebuilt it.
  const corrections =
    kind === 'correction' ? correctionsFromChanges(outcome.changes, before, after) : undefined;
  outcome.corrections = corrections;
  outcome.next = recordUpdate(candidate as Dataset, entry, input.today ?? isoToday(), corrections);
  return outcome;
}

export async function importSheet(input: ImportInput): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { ok: false, problems: [], notes: [], changes: [] };
  const fail = (...located: Located[]) => {
    outcome.problems.push(...located);
    return outcome;
  };

  const current = checkDatasetText(input.dataText, input.dataName);
  if (!current.ok)
    return fail(
      ...current.problems.map((p) => ({
        where: `${p.file}:${p.line}:${p.column}`,
        line: p.line,
        column: p.column,
        message: `${p.path}  ${p.message}`,
        text: formatProblem(p),
      })),
    );

  const file = await readFileTables(input, outcome);
  if (!('tables' in file)) return fail(file);
  const read = file.tables.map(({ spec, raw }) => ({ spec, ...readTable(spec, raw) }));
  const columnIndex = new Map(read.map((r) => [r.spec, r.columnIndex]));
  const located: LocateInSheet = (p, spec) =>
    locate(input.fileName, {
      ...p,
      column: p.column || columnIndex.get(spec)?.get(p.columnName) || 1,
    });
  const sheetProblems = read.flatMap((r) => r.problems.map((p) => located(p, r.spec)));
  if (read.some((r) => !r.headerOk)) return fail(...sheetProblems);

  const raw = JSON.parse(input.dataText) as Record<string, unknown>;
  const merged = mergeSheets(
    raw,
    read.map((r) => ({ spec: r.spec, rows: r.rows as SheetRow[] })),
    { merge: input.merge === true, encoding: file.encoding },
  );
  outcome.notes.push(...merged.notes);
  const mergeProblems = merged.problems.map((p) => {
    const spec =
      read.find((r) => r.rows.some((row) => row.sheet === p.sheet && row.line === p.line))?.spec ??
      FIGURES;
    return located(p, spec);
  });

  if (merged.stale && !input.merge) {
    outcome.stale = merged.stale;
    const s = merged.stale;
    return fail(
      ...sheetProblems,
      fileProblem(
        input.fileName,
        '(version)',
        `expected an export of the current version ${s.currentVersion}, found one of version ${s.sheetVersion}: ` +
          `importing it would undo what changed since. Export again and redo your edits, or import with --merge to apply only the cells you changed`,
      ),
    );
  }

  const checked = checkDatasetText(JSON.stringify(merged.candidate, null, 2), input.dataName);
  const all = [...sheetProblems, ...mergeProblems];
  const seen = new Set(all.map((p) => p.where));
  all.push(
    ...checkerProblems(input, checked, merged.origins, located).filter((p) => !seen.has(p.where)),
  );
  if (all.length > 0 || !checked.ok) return fail(...inReadingOrder(all, input.dataName));
  return recordChanges(input, outcome, current.data, checked.data, merged.candidate);
}
