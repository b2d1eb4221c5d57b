/**
 * The .xlsx workbook ⇄ sheet rows, with ExcelJS (in the browser only inside the import chunk the
 * newsroom page loads when a file is dropped: src/newsroom/update/run-import.ts).
 * Written: Figures and Sources with every column but the numbers formatted as text (so `2024-10`
 * stays a month and `1.000` stays text when typed), the base column hidden, drop-downs for the
 * columns with fixed values, a Columns sheet explaining each column, and a hidden `_export` sheet
 * with the dataset version. Read: each cell's value as the workbook stores it, dates with whether
 * their format showed a month or a day.
 */
import type { DateHint } from './dates.ts';
import type { RawCell, RawTable } from './read.ts';
import { BASE_COLUMN, DELETE_COLUMN, headerOf, type TableSpec } from './tables.ts';

import ExcelJS from 'exceljs';

export const EXPORT_SHEET = '_export';
export const COLUMNS_SHEET = 'Columns';

export interface SheetOut {
  spec: TableSpec;
  rows: string[][];
  /** Column → allowed values, offered as a drop-down. */
  choices: Map<string, readonly string[]>;
}

export interface WorkbookOut {
  sheets: SheetOut[];
  /** Rows of the Columns sheet: column, for, meaning, allowed values. */
  help: string[][];
  version: number;
  exported: string;
}

/** Extra empty rows that get the text format and drop-downs, for rows a user adds. */
const SPARE_ROWS = 300;

export async function writeWorkbook(book: WorkbookOut): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'msmt-transfers data:export';
  for (const { spec, rows, choices } of book.sheets) {
    const ws = wb.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = headerOf(spec);
    const numeric = new Set(spec.columns.filter((c) => c.type === 'number').map((c) => c.column));
    ws.columns = header.map((name) => ({
      key: name,
      width: name === BASE_COLUMN ? 12 : Math.min(40, Math.max(10, name.length + 4)),
      style: numeric.has(name) ? {} : { numFmt: '@' },
    }));
    ws.addRow(header).font = { bold: true };
    for (const row of rows.slice(1))
      ws.addRow(
        row.map((text, i) => (numeric.has(header[i]!) && text !== '' ? Number(text) : text)),
      );
    const last = rows.length + SPARE_ROWS;
    for (let r = rows.length + 1; r <= last; r++)
      header.forEach((name, i) => {
        if (!numeric.has(name)) ws.getCell(r, i + 1).numFmt = '@';
      });
    header.forEach((name, i) => {
      const allowed = choices.get(name);
      if (!allowed) return;
      for (let r = 2; r <= last; r++)
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          formulae: [`"${allowed.join(',')}"`],
        };
    });
    ws.getColumn(header.indexOf(BASE_COLUMN) + 1).hidden = true;
    ws.getColumn(header.indexOf(DELETE_COLUMN) + 1).width = 10;
  }
  const help = wb.addWorksheet(COLUMNS_SHEET);
  help.columns = [{ width: 24 }, { width: 16 }, { width: 80 }, { width: 60 }];
  for (const row of book.help) help.addRow(row);
  help.getRow(1).font = { bold: true };
  help.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  const meta = wb.addWorksheet(EXPORT_SHEET, { state: 'hidden' });
  meta.addRow(['version', book.version]);
  meta.addRow(['exported', book.exported]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function hintOf(numFmt: string | undefined): DateHint {
  if (!numFmt) return undefined;
  // Strip quoted literals and colours, then look for a day code.
  const codes = numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /d/i.test(codes) ? 'day' : 'month';
}

type CellValue = import('exceljs').CellValue;

function rawOf(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return { formula: String('formula' in value ? value.formula : value.sharedFormula) };
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : rawOf(value.text as CellValue);
  if ('error' in value) return { formula: String(value.error) };
  return null;
}

export interface WorkbookIn {
  tables: Map<string, RawTable>;
  /** The `_export` sheet's version, when the workbook came from data:export. */
  version?: number;
}

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookIn> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS wants an ArrayBuffer-like; a copy keeps the caller's bytes untouched.
  await wb.xlsx.load(bytes.slice().buffer);
  const tables = new Map<string, RawTable>();
  let version: number | undefined;
  wb.eachSheet((ws) => {
    if (ws.name === EXPORT_SHEET) {
      ws.eachRow((row) => {
        const v = row.getCell(2).value;
        if (row.getCell(1).value === 'version' && typeof v === 'number') version = v;
      });
      return;
    }
    const width = ws.columnCount;
    const rows: RawTable['rows'] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: RawCell[] = [];
      const hints: DateHint[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cells.push(rawOf(cell.value));
        hints.push(cell.value instanceof Date ? hintOf(cell.numFmt) : undefined);
      }
      rows.push({ line: r, cells, hints });
    }
    tables.set(ws.name, { sheet: ws.name, rows });
  });
  return { tables, version };
}

/** An .xlsx (a zip) by its first bytes; the old binary .xls has its own signature. */
export function sniffWorkbook(bytes: Uint8Array): 'xlsx' | 'xls' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'xls';
  return 'text';
}
