/**
 * A sheet's cells (text from a CSV, typed values from an .xlsx) to rows of the texts the dataset
 * writes: numbers as plain digits, yes/no, source lists, and dates a spreadsheet reformatted read
 * back as the month or day they meant. Every cell that cannot be read is a problem with its
 * sheet, row and column. Pure.
 */
import type { RecordKind } from '../csv.ts';
import { readDateSerial, readDateText, readDateValue, type DateHint } from './dates.ts';
import {
  BASE_COLUMN,
  DELETE_COLUMN,
  cellHash,
  headerOf,
  parseBase,
  type Base,
  type TableSpec,
} from './tables.ts';

/** A cell as a file gives it. `formula` for an .xlsx cell that computes its value. */
export type RawCell = string | number | boolean | Date | null | { formula: string };

export interface RawRow {
  /** The row's line in a CSV file, or its row number in a sheet. */
  line: number;
  cells: RawCell[];
  /** For date-typed cells: whether the cell's format showed a month or a day. */
  hints?: DateHint[];
}

export interface RawTable {
  /** The sheet's name (.xlsx); absent for a CSV file. */
  sheet?: string;
  /** The header first. */
  rows: RawRow[];
}

export interface SheetProblem {
  sheet?: string;
  line: number;
  /** 1-based position of the column in the file. */
  column: number;
  columnName: string;
  rowId?: string;
  message: string;
}

export interface SheetRow {
  spec: TableSpec;
  sheet?: string;
  line: number;
  id: string;
  kind: RecordKind;
  /** Column → text, for the columns the file has. */
  texts: Map<string, string>;
  /** The export this row came from, when its base cell belongs to this id. */
  base?: Base;
  /** A base cell that belongs to another id (a row copied to make a new one). */
  copiedBase: boolean;
  delete: boolean;
}

export interface ReadTable {
  rows: SheetRow[];
  problems: SheetProblem[];
  /** Column name → 1-based column in the file. */
  columnIndex: Map<string, number>;
  /** False when the header itself is wrong (then there are no rows). */
  headerOk: boolean;
}

const YES = new Set(['yes', 'true', 'ja', 'wahr', 'y', 'j', '1']);
const NO = new Set(['no', 'false', 'nein', 'falsch', 'n', '0']);
const DELETE = new Set(['delete', 'löschen', 'loeschen', 'yes', 'ja', 'x']);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const SCIENTIFIC = /^\d+(\.\d+)?[eE]\+?\d+$/;

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The plain text of a cell that is not to be interpreted (ids, labels, notes, urls). */
function plainText(raw: RawCell): string | { error: string } {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? String(raw) : { error: `expected a value, found ${raw}` };
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (raw instanceof Date) return isoOf(raw);
  return { error: `expected a value, found the formula =${raw.formula} (paste it as a value)` };
}

/**
 * The dataset's text for one cell, or the problem with it. `matchesBase` tells whether a text is
 * what the export had here (to keep a month a spreadsheet turned into its 1st day).
 */
export function readCell(
  raw: RawCell,
  type: TableSpec['columns'][number]['type'],
  hint: DateHint,
  matchesBase: (text: string) => boolean,
): { text: string } | { error: string } {
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date))
    return { error: `expected a value, found the formula =${raw.formula} (paste it as a value)` };
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { text: '' };
  switch (type) {
    case 'number': {
      if (typeof raw === 'number')
        return Number.isFinite(raw)
          ? { text: String(raw) }
          : { error: `expected a number, found ${raw}` };
      const s = String(plainText(raw));
      if (PLAIN_NUMBER.test(s) || SCIENTIFIC.test(s)) return { text: String(Number(s)) };
      return {
        error: `expected a plain number such as 9000000 (no words, no thousands separators), found ${JSON.stringify(s)}`,
      };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { text: raw ? 'yes' : 'no' };
      const s = String(plainText(raw)).toLowerCase();
      if (YES.has(s)) return { text: 'yes' };
      if (NO.has(s)) return { text: 'no' };
      return { error: `expected "yes" or "no", found ${JSON.stringify(s)}` };
    }
    case 'month':
    case 'date':
    case 'month-or-date': {
      const read =
        raw instanceof Date
          ? readDateValue(raw, type, hint, matchesBase)
          : typeof raw === 'number'
            ? readDateSerial(raw, type, matchesBase)
            : readDateText(String(raw), type, matchesBase);
      return read.ok ? { text: read.text } : { error: read.message };
    }
    case 'list': {
      const s = plainText(raw);
      if (typeof s !== 'string') return s;
      return {
        text: s
          .split(';')
          .map((x) => x.trim())
          .filter((x) => x !== '')
          .join('; '),
      };
    }
    case 'text': {
      const s = plainText(raw);
      return typeof s === 'string' ? { text: s } : s;
    }
  }
}

/** Records a problem at a line and column (1-based) of the table. */
type ProblemAt = (
  line: number,
  column: number,
  columnName: string,
  message: string,
  rowId?: string,
) => void;

/** The header row: documented columns, each once, the required ones present. */
function readHeader(
  spec: TableSpec,
  table: RawTable,
  columnIndex: Map<string, number>,
  at: ProblemAt,
): string[] | undefined {
  const header = (table.rows[0]?.cells ?? []).map((c) => String(plainText(c) ?? '').trim());
  const headerLine = table.rows[0]?.line ?? 1;
  const known = headerOf(spec);
  if (header.every((h) => h === '')) {
    at(
      1,
      1,
      '(header)',
      `expected a header row (${known.slice(0, 4).join(', ')}, …), found an empty ${table.sheet ? 'sheet' : 'file'}`,
    );
    return undefined;
  }
  let ok = true;
  const fail: ProblemAt = (...args) => {
    ok = false;
    at(...args);
  };
  header.forEach((name, i) => {
    if (name === '') return;
    if (!known.includes(name))
      fail(
        headerLine,
        i + 1,
        name,
        `expected one of the documented columns (data/CSV-COLUMNS.md), found "${name}" (a typo?)`,
      );
    else if (columnIndex.has(name))
      fail(headerLine, i + 1, name, `expected each column once, found "${name}" again`);
    else columnIndex.set(name, i + 1);
  });
  for (const required of spec.kindColumn ? ['kind', 'id'] : ['id'])
    if (!columnIndex.has(required))
      fail(headerLine, header.length + 1, required, `expected a column "${required}", found none`);
  return ok ? header : undefined;
}

/** What reading a row needs beyond the row: the table, its header, the ids seen so far. */
interface RowReader {
  spec: TableSpec;
  sheet: RawTable['sheet'];
  header: string[];
  columnIndex: Map<string, number>;
  /** Each id's first row, for duplicates. */
  firstLine: Map<string, number>;
  at: ProblemAt;
}

function cellOf(r: RowReader, row: RawRow, name: string): RawCell {
  const i = r.columnIndex.get(name);
  return i === undefined ? null : (row.cells[i - 1] ?? null);
}

/** One row's cells by column name, and the problem reporter that names the row. */
function rowAccess(r: RowReader, row: RawRow, id: string) {
  const cell = (name: string): RawCell => cellOf(r, row, name);
  const hint = (name: string): DateHint => {
    const i = r.columnIndex.get(name);
    return i === undefined ? undefined : row.hints?.[i - 1];
  };
  const problem = (name: string, message: string) =>
    r.at(row.line, r.columnIndex.get(name) ?? 1, name, message, id || undefined);
  return { cell, hint, problem };
}

type RowAccess = ReturnType<typeof rowAccess>;

/** The row's kind: from its kind column, else the table's one kind; undefined if unknown. */
function rowKind(spec: TableSpec, { cell, problem }: RowAccess): RecordKind | undefined {
  if (!spec.kindColumn) return spec.kinds[0]!;
  const k = String(plainText(cell('kind')));
  if (spec.kinds.includes(k as RecordKind)) return k as RecordKind;
  problem(
    'kind',
    `expected ${spec.kinds.map((x) => `"${x}"`).join(' or ')}, found ${JSON.stringify(k)}`,
  );
  return undefined;
}

/**
 * The row's base cell (what the export wrote): parsed, or null when changed (a problem); a base
 * copied from another row (its id does not match) counts as none.
 */
function rowBase(
  spec: TableSpec,
  id: string,
  { cell, problem }: RowAccess,
): { base: Base | undefined; copiedBase: boolean } | null {
  const baseRaw = plainText(cell(BASE_COLUMN));
  if (typeof baseRaw !== 'string' || baseRaw === '') return { base: undefined, copiedBase: false };
  const base = parseBase(spec, baseRaw);
  if (!base) {
    problem(
      BASE_COLUMN,
      `expected the base cell as exported (v<version>:…), found it changed; copy it back from the export or leave the row out`,
    );
    return null;
  }
  return base.hashes.get('id') !== cellHash(id)
    ? { base: undefined, copiedBase: true }
    : { base, copiedBase: false };
}

/** Every documented cell of the row read as text, or undefined when one is wrong. */
function rowTexts(
  spec: TableSpec,
  kind: RecordKind,
  base: Base | undefined,
  r: RowReader,
  { cell, hint, problem }: RowAccess,
): Map<string, string> | undefined {
  const texts = new Map<string, string>();
  if (spec.kindColumn) texts.set('kind', kind);
  let bad = false;
  for (const c of spec.columns) {
    if (!r.columnIndex.has(c.column)) continue;
    const matchesBase = (text: string) =>
      base !== undefined && base.hashes.get(c.column) === cellHash(text);
    const read = readCell(cell(c.column), c.type, hint(c.column), matchesBase);
    if ('error' in read) {
      problem(c.column, read.error);
      bad = true;
      continue;
    }
    if (read.text !== '' && !c.kinds.includes(kind)) {
      problem(
        c.column,
        `expected an empty cell on a ${kind} row (${c.column} is for ${c.kinds[0]}s), found ${JSON.stringify(read.text)}`,
      );
      bad = true;
      continue;
    }
    texts.set(c.column, read.text);
  }
  return bad ? undefined : texts;
}

/** One data row, or undefined when it is empty or has a problem (reported). */
function readRow(r: RowReader, row: RawRow): SheetRow | undefined {
  const { spec, header } = r;
  if (row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === '')))
    return undefined;
  const idText = plainText(cellOf(r, row, 'id'));
  const id = typeof idText === 'string' ? idText : '';
  const access = rowAccess(r, row, id);
  const { cell, problem } = access;
  if (
    row.cells.length > header.length &&
    row.cells.slice(header.length).some((c) => c !== null && String(c).trim() !== '')
  )
    problem(
      header[0] ?? 'id',
      `expected at most ${header.length} cells (as many as the header), found ${row.cells.length}`,
    );
  const kind = rowKind(spec, access);
  if (kind === undefined) return undefined;
  if (id === '') {
    problem('id', 'expected an id (kebab-case, e.g. troops-phase-2), found an empty cell');
    return undefined;
  }
  const first = r.firstLine.get(id);
  if (first !== undefined) {
    problem('id', `expected each id once, found "${id}" again (first in row ${first})`);
    return undefined;
  }
  r.firstLine.set(id, row.line);
  const based = rowBase(spec, id, access);
  if (!based) return undefined;
  const del = String(plainText(cell(DELETE_COLUMN))).toLowerCase();
  if (del !== '' && !DELETE.has(del)) {
    problem(
      DELETE_COLUMN,
      `expected "delete" (or "löschen", "x") to delete the row, or an empty cell, found ${JSON.stringify(del)}`,
    );
    return undefined;
  }
  const texts = rowTexts(spec, kind, based.base, r, access);
  if (!texts) return undefined;
  return {
    spec,
    sheet: r.sheet,
    line: row.line,
    id,
    kind,
    texts,
    base: based.base,
    copiedBase: based.copiedBase,
    delete: del !== '',
  };
}

export function readTable(spec: TableSpec, table: RawTable): ReadTable {
  const problems: SheetProblem[] = [];
  const columnIndex = new Map<string, number>();
  const out: ReadTable = { rows: [], problems, columnIndex, headerOk: false };
  const at: ProblemAt = (line, column, columnName, message, rowId) =>
    problems.push({ sheet: table.sheet, line, column, columnName, message, rowId });
  const header = readHeader(spec, table, columnIndex, at);
  if (!header) return out;
  out.headerOk = true;
  const reader: RowReader = {
    spec,
    sheet: table.sheet,
    header,
    columnIndex,
    firstLine: new Map(),
    at,
  };
  for (const row of table.rows.slice(1)) {
    const read = readRow(reader, row);
    if (read) out.rows.push(read);
  }
  return out;
}
