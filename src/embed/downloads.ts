/**
 * "Get the data": a chart's figures as CSV and JSON, each with its sources, written at build time
 * next to the embed (dist/embed/<id>/…) so the links work without JavaScript and can be cached.
 * Pure: used by the build step and by the links in ChartActions.
 */
import { csvFormat } from 'd3-dsv';
import type { ChartRecord } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';

/** The columns, in order, so the CSV reads the same for every chart. */
export const RECORD_COLUMNS: readonly (keyof ChartRecord)[] = [
  'id',
  'kind',
  'label',
  'qualifier',
  'value',
  'low',
  'high',
  'unit',
  'date',
  'msmt',
  'sources',
  'sourceUrls',
];

/** A spreadsheet formula in a cell runs when opened (CSV injection): neutralise the lead character. */
function safeCell(value: ChartRecord[keyof ChartRecord]): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
}

/**
 * CSV with a UTF-8 byte order mark, so Excel shows umlauts and "→" correctly. Rows are the
 * chart's records in the meta's order.
 */
export function recordsCsv(records: readonly ChartRecord[]): string {
  const rows = records.map((r) =>
    Object.fromEntries(RECORD_COLUMNS.map((c) => [c, safeCell(r[c])])),
  );
  return `\uFEFF${csvFormat(rows, [...RECORD_COLUMNS])}\n`;
}

export interface ChartDataFile {
  chart: string;
  lang: Lang;
  title: string;
  sourceLine: string;
  note: string | null;
  /** Dataset version and date, so a downloaded file says what it is a copy of. */
  dataset: { title: string; version: number; updated: string };
  columns: readonly string[];
  records: readonly ChartRecord[];
}

export function recordsJson(file: ChartDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name stem shared by CSV, JSON, PNG and SVG: "msmt-transfers-troops-de". */
export function fileStem(chart: string, lang: Lang, state?: string | null): string {
  return ['msmt-transfers', chart, state && state !== 'default' ? state : null, lang]
    .filter(Boolean)
    .join('-');
}

/** Where the build puts a chart's data, relative to the dist root. */
export function dataFilePath(chart: string, lang: Lang, ext: 'csv' | 'json'): string {
  return `embed/${chart}/${fileStem(chart, lang)}.${ext}`;
}
