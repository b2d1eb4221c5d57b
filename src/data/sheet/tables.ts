/**
 * The two tables a spreadsheet export holds: Figures (transfers and estimates, one row each; the
 * columns of data/CSV-COLUMNS.md) and Sources. Each row ends with a `delete` cell (an explicit
 * marker: a row left out of the sheet is kept, not deleted) and a `base` cell: the dataset version
 * the row was exported from and a fingerprint of each exported cell, so an import can tell which
 * cells the sheet changed. Pure.
 */
import { COLUMNS, formatCell, getPath, type ColumnSpec, type RecordKind } from '../csv.ts';

export interface TableSpec {
  name: 'figures' | 'sources';
  /** The sheet's name in the workbook. */
  sheet: string;
  /** Figures carry a `kind` column (transfer or estimate); sources are all of one kind. */
  kindColumn: boolean;
  kinds: readonly RecordKind[];
  columns: readonly ColumnSpec[];
}

const src = (column: string, type: ColumnSpec['type'] = 'text'): ColumnSpec => ({
  column,
  path: [column],
  type,
  kinds: ['source'],
});

export const FIGURES: TableSpec = {
  name: 'figures',
  sheet: 'Figures',
  kindColumn: true,
  kinds: ['transfer', 'estimate'],
  columns: COLUMNS,
};

export const SOURCES: TableSpec = {
  name: 'sources',
  sheet: 'Sources',
  kindColumn: false,
  kinds: ['source'],
  columns: [
    src('id'),
    src('publisher'),
    src('title'),
    src('url'),
    src('date', 'month-or-date'),
    src('accessed', 'date'),
    src('via'),
  ],
};

export const DELETE_COLUMN = 'delete';
export const BASE_COLUMN = 'base';

/** The columns of a table's sheet, in order. */
export function headerOf(spec: TableSpec): string[] {
  return [
    ...(spec.kindColumn ? ['kind'] : []),
    ...spec.columns.map((c) => c.column),
    DELETE_COLUMN,
    BASE_COLUMN,
  ];
}

/** The columns a base fingerprint covers, in order: the kind (if any), then every record column. */
export function fingerprintColumns(spec: TableSpec): string[] {
  return [...(spec.kindColumn ? ['kind'] : []), ...spec.columns.map((c) => c.column)];
}

export type Collection = 'transfers' | 'estimates' | 'sources';

export const COLLECTION: Record<RecordKind, Collection> = {
  transfer: 'transfers',
  estimate: 'estimates',
  source: 'sources',
};

/** A record as the sheet writes it: column → text (empty where not given or not for this kind). */
export function recordTexts(
  spec: TableSpec,
  kind: RecordKind,
  record: unknown,
): Map<string, string> {
  const out = new Map<string, string>();
  if (spec.kindColumn) out.set('kind', kind);
  for (const c of spec.columns)
    out.set(c.column, c.kinds.includes(kind) ? formatCell(getPath(record, c.path), c.type) : '');
  return out;
}

/** FNV-1a over the UTF-16 code units, base 36: short, stable, the same in Node and browsers. */
export function cellHash(text: string): string {
  if (text === '') return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export interface Base {
  version: number;
  /** Column → fingerprint of the exported text. */
  hashes: Map<string, string>;
}

export function formatBase(spec: TableSpec, version: number, texts: Map<string, string>): string {
  return `v${version}:${fingerprintColumns(spec)
    .map((c) => cellHash(texts.get(c) ?? ''))
    .join('.')}`;
}

export function parseBase(spec: TableSpec, cell: string): Base | undefined {
  const m = /^v(\d{1,9}):([0-9a-z.]*)$/.exec(cell.trim());
  if (!m) return undefined;
  const parts = m[2]!.split('.');
  const columns = fingerprintColumns(spec);
  if (parts.length !== columns.length) return undefined;
  return { version: Number(m[1]), hashes: new Map(columns.map((c, i) => [c, parts[i]!])) };
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
