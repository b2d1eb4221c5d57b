/**
 * What `npm run data:export` writes: the Figures table as CSV (semicolons, UTF-8 with byte-order
 * mark) and the whole workbook (Figures, Sources, Columns, hidden `_export`). Every row carries
 * its base cell: the version and a fingerprint of each exported cell. Pure, except the workbook's
 * bytes, which ExcelJS makes.
 */
import type { RecordKind } from '../csv.ts';
import {
  BASES,
  CATEGORIES,
  CONFIDENCE,
  DIRECTIONS,
  QUALIFIERS,
  TOPICS,
  UNITS,
  type Dataset,
} from '../schema.ts';
import { formatCsv } from './csv-text.ts';
import {
  COLLECTION,
  FIGURES,
  SOURCES,
  formatBase,
  headerOf,
  recordTexts,
  type TableSpec,
} from './tables.ts';
import { writeWorkbook, type WorkbookOut } from './xlsx.ts';

/** Header and one row per record, in dataset order. */
export function tableRows(spec: TableSpec, data: Dataset): string[][] {
  const header = headerOf(spec);
  const rows: string[][] = [header];
  for (const kind of spec.kinds) {
    const records = data[COLLECTION[kind]] as readonly unknown[];
    for (const record of records) {
      const texts = recordTexts(spec, kind as RecordKind, record);
      texts.set('delete', '');
      texts.set('base', formatBase(spec, data.meta.version, texts));
      rows.push(header.map((name) => texts.get(name) ?? ''));
    }
  }
  return rows;
}

export function exportCsv(data: Dataset): string {
  return formatCsv(tableRows(FIGURES, data), ';');
}

const YES_NO = ['yes', 'no'];

/** Columns with fixed values: a drop-down in the workbook. */
export const CHOICES = new Map<string, readonly string[]>([
  ['kind', ['transfer', 'estimate']],
  ['direction', DIRECTIONS],
  ['category', CATEGORIES],
  ['topic', TOPICS],
  ['qualifier', QUALIFIERS],
  ['unit', UNITS],
  ['basis', BASES],
  ['in_report', YES_NO],
  ['msmt', YES_NO],
  ['confidence', CONFIDENCE],
  ['delete', ['delete']],
]);

/**
 * The Columns sheet from data/CSV-COLUMNS.md's table (one place documents the columns): each
 * `| \`a\`, \`b\` | for | meaning | values |` row becomes one row per column named.
 */
export function helpRows(markdown: string): string[][] {
  const rows: string[][] = [['column', 'for', 'meaning', 'allowed values']];
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 4 || !cells[0]!.startsWith('`')) continue;
    const plain = (s: string) => s.replace(/`/g, '').replace(/\*\*/g, '');
    for (const name of cells[0]!.match(/`([^`]+)`/g) ?? [])
      rows.push([name.replace(/`/g, ''), plain(cells[1]!), plain(cells[2]!), plain(cells[3]!)]);
  }
  return rows;
}

export function workbookOf(data: Dataset, help: string[][], exported: string): WorkbookOut {
  return {
    sheets: [
      { spec: FIGURES, rows: tableRows(FIGURES, data), choices: CHOICES },
      { spec: SOURCES, rows: tableRows(SOURCES, data), choices: new Map([['delete', ['delete']]]) },
    ],
    help,
    version: data.meta.version,
    exported,
  };
}

export async function exportXlsx(
  data: Dataset,
  help: string[][],
  exported: string,
): Promise<Uint8Array> {
  return writeWorkbook(workbookOf(data, help, exported));
}
