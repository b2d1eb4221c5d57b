/**
 * The dataset's transfers and estimates as one flat table, for editing in a spreadsheet:
 * one row per figure, one column per field (documented in data/CSV-COLUMNS.md). Pure: text in,
 * records out (and back); validation stays with the checker, this module only reports what it
 * cannot even turn into a record (an unknown column, "9 Mio." where a number belongs, …).
 * Parsing and quoting are d3-dsv's, so commas, quotes and line breaks inside cells are safe.
 */
import { csvFormat, csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import type { Dataset, Estimate, Transfer } from './schema.ts';

export type RowKind = 'transfer' | 'estimate';
type CellType = 'text' | 'number' | 'boolean' | 'list';

interface ColumnSpec {
  column: string;
  /** Where the value lives in a record, e.g. ['quantity', 'low']. */
  path: readonly string[];
  type: CellType;
  kinds: readonly RowKind[];
}

const both: readonly RowKind[] = ['transfer', 'estimate'];
const transferOnly: readonly RowKind[] = ['transfer'];
const estimateOnly: readonly RowKind[] = ['estimate'];

const col = (
  column: string,
  path: string,
  kinds: readonly RowKind[] = both,
  type: CellType = 'text',
): ColumnSpec => ({ column, path: path.split('.'), type, kinds });

/** Every column, in the order the CSV has them. `kind` comes first and is not a record field. */
export const COLUMNS: readonly ColumnSpec[] = [
  col('id', 'id'),
  col('direction', 'direction', transferOnly),
  col('category', 'category', transferOnly),
  col('topic', 'topic', estimateOnly),
  col('estimator_de', 'estimator.de', estimateOnly),
  col('estimator_en', 'estimator.en', estimateOnly),
  col('origin', 'origin', estimateOnly),
  col('label_de', 'label.de'),
  col('label_en', 'label.en'),
  col('qualifier', 'quantity.qualifier'),
  col('value', 'quantity.value', both, 'number'),
  col('low', 'quantity.low', both, 'number'),
  col('high', 'quantity.high', both, 'number'),
  col('wording_de', 'quantity.wording.de'),
  col('wording_en', 'quantity.wording.en'),
  col('unit', 'unit'),
  col('period_start', 'period.start'),
  col('period_end', 'period.end'),
  col('period_wording_de', 'period.wording.de'),
  col('period_wording_en', 'period.wording.en'),
  col('date', 'date', estimateOnly),
  col('announced', 'announced', transferOnly),
  col('basis', 'basis', estimateOnly),
  col('group', 'group', estimateOnly),
  col('in_report', 'inReport', transferOnly, 'boolean'),
  col('msmt', 'msmt', estimateOnly, 'boolean'),
  col('sources', 'sources', both, 'list'),
  col('note_de', 'note.de'),
  col('note_en', 'note.en'),
  col('confidence', 'confidence'),
  col('confidence_note_de', 'confidenceNote.de', transferOnly),
  col('confidence_note_en', 'confidenceNote.en', transferOnly),
];

export const HEADER: readonly string[] = ['kind', ...COLUMNS.map((c) => c.column)];

/** Key order of new records, as in the schema, so a file written from the CSV reads like a hand-written one. */
const KEY_ORDER: Record<RowKind, readonly string[]> = {
  transfer: [
    'id',
    'direction',
    'category',
    'label',
    'quantity',
    'unit',
    'period',
    'announced',
    'inReport',
    'sources',
    'note',
    'confidence',
    'confidenceNote',
  ],
  estimate: [
    'id',
    'topic',
    'estimator',
    'origin',
    'label',
    'quantity',
    'unit',
    'date',
    'period',
    'basis',
    'group',
    'msmt',
    'sources',
    'note',
    'confidence',
  ],
};
const QUANTITY_ORDER = ['qualifier', 'value', 'low', 'high', 'wording'];

type Json = Record<string, unknown>;

function getPath(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[key];
  }
  return cur;
}

function setPath(obj: Json, path: readonly string[], value: unknown): void {
  let cur = obj;
  path.slice(0, -1).forEach((key) => {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Json;
  });
  const last = path[path.length - 1];
  if (last !== undefined) cur[last] = value;
}

function formatCell(value: unknown, type: CellType): string {
  if (value === undefined || value === null) return '';
  if (type === 'list') return Array.isArray(value) ? value.join('; ') : String(value);
  if (type === 'boolean') return value === true ? 'yes' : value === false ? 'no' : String(value);
  return String(value);
}

function toRow(kind: RowKind, record: Transfer | Estimate): Record<string, string> {
  const row: Record<string, string> = { kind };
  for (const spec of COLUMNS)
    row[spec.column] = spec.kinds.includes(kind)
      ? formatCell(getPath(record, spec.path), spec.type)
      : '';
  return row;
}

/** Transfers, then estimates, in dataset order, one row each. */
export function datasetToRows(data: Pick<Dataset, 'transfers' | 'estimates'>) {
  return [
    ...data.transfers.map((t) => toRow('transfer', t)),
    ...data.estimates.map((e) => toRow('estimate', e)),
  ];
}

export function datasetToCsv(data: Pick<Dataset, 'transfers' | 'estimates'>): string {
  return `${csvFormat(datasetToRows(data), [...HEADER])}\n`;
}

/** A problem in the CSV itself, pinned to a physical line and a column (1-based field number). */
export interface CsvProblem {
  line: number;
  column: number;
  columnName: string;
  /** The row's id, when it has one, so the message names the figure. */
  rowId?: string;
  message: string;
}

/** Where a record came from, to point the checker's messages back at the spreadsheet. */
export interface RowOrigin {
  kind: RowKind;
  /** Index in transfers or estimates. */
  index: number;
  line: number;
  id: string;
}

export interface CsvRecords {
  transfers: Json[];
  estimates: Json[];
  origins: RowOrigin[];
  /** Column name → 1-based field number, as in the file's header. */
  columnIndex: Map<string, number>;
  problems: CsvProblem[];
}

const YES = new Set(['yes', 'true', 'ja', 'y', '1']);
const NO = new Set(['no', 'false', 'nein', 'n', '0']);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Comma by default; semicolon or tab when the header uses them (German spreadsheet exports). */
function parseRows(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  if (!firstLine.includes(',') && firstLine.includes(';')) return dsvFormat(';').parseRows(text);
  if (!firstLine.includes(',') && firstLine.includes('\t')) return tsvParseRows(text);
  return csvParseRows(text);
}

const newlines = (cells: readonly string[]) =>
  cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);

/** Orders keys like `template` (an existing record), then in schema order, so diffs stay small. */
export function orderKeys(record: Json, kind: RowKind, template?: Json): Json {
  const order = [...Object.keys(template ?? {}), ...KEY_ORDER[kind]];
  const out: Json = {};
  for (const key of [...order, ...Object.keys(record)])
    if (key in record && !(key in out)) out[key] = record[key];
  const q = out.quantity;
  if (q && typeof q === 'object') {
    const tq = (template?.quantity ?? {}) as Json;
    const ordered: Json = {};
    for (const key of [...Object.keys(tq), ...QUANTITY_ORDER, ...Object.keys(q)])
      if (key in q && !(key in ordered)) ordered[key] = (q as Json)[key];
    out.quantity = ordered;
  }
  return out;
}

export function csvToRecords(input: string): CsvRecords {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = parseRows(text);
  const problems: CsvProblem[] = [];
  const out: CsvRecords = {
    transfers: [],
    estimates: [],
    origins: [],
    columnIndex: new Map(),
    problems,
  };
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (rows.length === 0 || header.every((h) => h === '')) {
    problems.push({
      line: 1,
      column: 1,
      columnName: '(header)',
      message: `expected a header row (${HEADER.slice(0, 4).join(',')},…), found an empty file`,
    });
    return out;
  }

  header.forEach((name, i) => {
    const known = HEADER.includes(name);
    if (!known && name !== '')
      problems.push({
        line: 1,
        column: i + 1,
        columnName: name,
        message: `expected one of the documented columns (data/CSV-COLUMNS.md), found "${name}" (a typo?)`,
      });
    else if (out.columnIndex.has(name))
      problems.push({
        line: 1,
        column: i + 1,
        columnName: name,
        message: `expected each column once, found "${name}" again`,
      });
    else if (known) out.columnIndex.set(name, i + 1);
  });
  for (const required of ['kind', 'id'])
    if (!out.columnIndex.has(required))
      problems.push({
        line: 1,
        column: header.length + 1,
        columnName: required,
        message: `expected a column "${required}", found none`,
      });
  if (problems.length > 0) return out;

  let line = 2 + newlines(rows[0] ?? []);
  rows.slice(1).forEach((cells) => {
    const rowLine = line;
    line += 1 + newlines(cells);
    const cell = (name: string) => {
      const i = out.columnIndex.get(name);
      return i === undefined ? '' : (cells[i - 1] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) return; // blank line: skip quietly
    const rowId = cell('id') || undefined;
    const problem = (name: string, message: string) =>
      problems.push({
        line: rowLine,
        column: out.columnIndex.get(name) ?? 1,
        columnName: name,
        rowId,
        message,
      });
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problem(
        'kind',
        `expected at most ${header.length} cells (as many as the header), found ${cells.length}`,
      );

    const kind = cell('kind');
    if (kind !== 'transfer' && kind !== 'estimate') {
      problem('kind', `expected "transfer" or "estimate", found ${JSON.stringify(kind)}`);
      return;
    }
    const record: Json = {};
    for (const spec of COLUMNS) {
      const raw = cell(spec.column);
      if (raw === '') continue;
      if (!spec.kinds.includes(kind)) {
        problem(
          spec.column,
          `expected an empty cell on a ${kind} row (${spec.column} is for ${spec.kinds[0]}s), found ${JSON.stringify(raw)}`,
        );
        continue;
      }
      let value: unknown = raw;
      if (spec.type === 'number') {
        if (!PLAIN_NUMBER.test(raw)) {
          problem(
            spec.column,
            `expected a plain number such as 9000000 (no words, no thousands separators), found ${JSON.stringify(raw)}`,
          );
          continue;
        }
        value = Number(raw);
      } else if (spec.type === 'boolean') {
        const lower = raw.toLowerCase();
        if (YES.has(lower)) value = true;
        else if (NO.has(lower)) value = false;
        else {
          problem(spec.column, `expected "yes" or "no", found ${JSON.stringify(raw)}`);
          continue;
        }
      } else if (spec.type === 'list') {
        value = raw
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== '');
      }
      setPath(record, spec.path, value);
    }
    const list = kind === 'transfer' ? out.transfers : out.estimates;
    out.origins.push({ kind, index: list.length, line: rowLine, id: rowId ?? '' });
    list.push(orderKeys(record, kind));
  });
  return out;
}

/**
 * The CSV column a checker path inside a transfer or estimate points at: `quantity.low` → `low`,
 * `sources[1]` → `sources`, `label` (missing altogether) → `label_de`.
 */
export function columnForPath(rest: string): string {
  const segments = rest
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((s) => s !== '');
  let best: { column: string; score: number } = { column: 'id', score: -1 };
  for (const spec of COLUMNS) {
    let score = 0;
    while (score < segments.length && spec.path[score] === segments[score]) score++;
    const exact = score === segments.length;
    if (exact && score > best.score) best = { column: spec.column, score };
  }
  if (best.score < 0 && segments[0] !== undefined) {
    const byPrefix = COLUMNS.find((c) => c.path[0] === segments[0]);
    if (byPrefix) return byPrefix.column;
  }
  return best.column;
}

/** Splits `transfers[3].quantity.low` into the record it names and the path inside it. */
export function splitRecordPath(
  path: string,
): { kind: RowKind; index: number; rest: string } | undefined {
  const m = /^(transfers|estimates)\[(\d+)\](.*)$/.exec(path);
  if (!m) return undefined;
  return {
    kind: m[1] === 'transfers' ? 'transfer' : 'estimate',
    index: Number(m[2]),
    rest: m[3] ?? '',
  };
}
