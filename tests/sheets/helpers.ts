/** Shared by the sheet tests: exports as bytes, cell edits, and the import as a function. */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { recordUpdate } from '../../src/data/changelog.ts';
import { parseDataset } from '../../src/data/check.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { decodeSheetBytes } from '../../src/data/sheet/decode.ts';
import { exportCsv, exportXlsx, helpRows } from '../../src/data/sheet/export.ts';
import { importSheet, type ImportOutcome } from '../../src/data/sheet/import.ts';
import { SHIPPED, SMALL } from '../newsroom/helpers.ts';

export { SHIPPED, SMALL };

export const text = (file: string) => readFileSync(file, 'utf8');
export const HELP = helpRows(readFileSync('data/CSV-COLUMNS.md', 'utf8'));

/** The export's CSV as rows of cells (BOM dropped). */
export function csvRows(data: Dataset): string[][] {
  return dsvFormat(';').parseRows(
    exportCsv(data)
      .replace(/^\uFEFF/, '')
      .trimEnd(),
  );
}

export function setCell(rows: string[][], id: string, column: string, value: string): void {
  const c = rows[0]!.indexOf(column);
  const row = rows.find((r) => r[1] === id);
  if (c < 0 || !row) throw new Error(`no cell ${id}/${column}`);
  row[c] = value;
}

export const toCsv = (rows: string[][], delimiter = ';') => dsvFormat(delimiter).formatRows(rows);
export const utf8 = (s: string) => new TextEncoder().encode(s);

export async function run(
  bytes: Uint8Array,
  dataText: string,
  options: { merge?: boolean; kind?: 'update' | 'correction'; fileName?: string } = {},
): Promise<ImportOutcome> {
  return importSheet({
    fileName: options.fileName ?? 'sheet.csv',
    bytes,
    dataName: 'transfers.json',
    dataText,
    today: '2025-07-01',
    merge: options.merge,
    kind: options.kind,
  });
}

export const xlsxOf = (data: Dataset) => exportXlsx(data, HELP, '2025-07-01');

/** A later version of `dataText` with one value edited in the JSON (as someone did this week). */
export function laterVersion(dataText: string, edit: (d: Dataset) => void): string {
  const data = parseDataset(dataText);
  const next = structuredClone(data);
  edit(next);
  return JSON.stringify(
    recordUpdate(next, { de: 'JSON-Änderung', en: 'JSON edit' }, '2025-06-15'),
    null,
    2,
  );
}

/** Character → Windows-1252 byte, from the import's own decoder (one byte at a time). */
const CP1252 = new Map<string, number>();
for (let b = 0x20; b < 0x100; b++) {
  const r = decodeSheetBytes(Uint8Array.of(0x41, b));
  if (r.ok && r.encoding !== 'utf-8' && r.text.length === 2) CP1252.set(r.text[1]!, b);
  if (b < 0x80) CP1252.set(String.fromCharCode(b), b);
}
CP1252.set('\n', 0x0a).set('\r', 0x0d).set('\t', 0x09);

/** Text as German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252, "?" for the rest. */
export function windows1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => CP1252.get(ch) ?? 0x3f));
}
