/**
 * The workbook both ways: what the export writes (text-formatted columns, hidden base, Sources,
 * Columns, hidden _export), and what the import makes of cells a person or Excel changed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/check.ts';
import { headerOf, FIGURES, SOURCES } from '../../src/data/sheet/tables.ts';
import { HELP, SMALL, run, text, xlsxOf } from './helpers.ts';

const small = text(SMALL);

async function book(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}
async function bytesOf(wb: ExcelJS.Workbook) {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
/** The cell of a row (by id) and column (by name) on a sheet. */
function cellOf(ws: ExcelJS.Worksheet, id: string, column: string) {
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const c = header.indexOf(column) + 1;
  for (let r = 2; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(header.indexOf('id') + 1).value === id) return ws.getCell(r, c);
  throw new Error(`no row ${id}`);
}

describe('the exported workbook', () => {
  it('has Figures, Sources, Columns and a hidden _export sheet with the version', async () => {
    const wb = await book(await xlsxOf(parseDataset(small)));
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Figures', 'visible'],
      ['Sources', 'visible'],
      ['Columns', 'visible'],
      ['_export', 'hidden'],
    ]);
    const figures = wb.getWorksheet('Figures')!;
    expect((figures.getRow(1).values as unknown[]).slice(1)).toEqual(headerOf(FIGURES));
    expect((wb.getWorksheet('Sources')!.getRow(1).values as unknown[]).slice(1)).toEqual(
      headerOf(SOURCES),
    );
    expect(wb.getWorksheet('_export')!.getRow(1).values).toEqual([undefined, 'version', 1]);
    expect(wb.getWorksheet('Columns')!.rowCount).toBe(HELP.length);
  });

  it('types period and date columns as text, numbers as numbers, and hides base', async () => {
    const wb = await book(await xlsxOf(parseDataset(small)));
    const ws = wb.getWorksheet('Figures')!;
    const start = cellOf(ws, 'troops-phase-1', 'period_start');
    expect(start.value).toBe('2024-10');
    expect(start.numFmt).toBe('@');
    expect(cellOf(ws, 'nis-troops-2025-04', 'date').numFmt).toBe('@');
    expect(cellOf(ws, 'troops-phase-1', 'value').value).toBe(11000);
    expect(ws.getColumn(headerOf(FIGURES).indexOf('base') + 1).hidden).toBe(true);
    // Rows a user adds below the data are text-formatted too.
    expect(ws.getCell(ws.rowCount + 5, headerOf(FIGURES).indexOf('period_start') + 1).numFmt).toBe(
      '@',
    );
  });
});

describe('importing an edited workbook', () => {
  it('reads cells Excel made dates back as the month or day meant: no change', async () => {
    const wb = await book(await xlsxOf(parseDataset(small)));
    const ws = wb.getWorksheet('Figures')!;
    const month = cellOf(ws, 'troops-phase-1', 'period_start');
    month.value = new Date(Date.UTC(2024, 9, 1));
    month.numFmt = 'mmm yy';
    const day = cellOf(ws, 'nis-troops-2025-04', 'date');
    day.value = new Date(Date.UTC(2025, 3, 30));
    day.numFmt = 'dd.mm.yyyy';
    const serial = cellOf(ws, 'troops-phase-1', 'period_end');
    serial.value = 45627; // 2024-12-01 as a number
    serial.numFmt = 'General';
    const outcome = await run(await bytesOf(wb), small, { fileName: 'book.xlsx' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.changes).toEqual([]);
  });

  it('adds a source from the Sources sheet, cited by a figure in the same import', async () => {
    const wb = await book(await xlsxOf(parseDataset(small)));
    const sources = wb.getWorksheet('Sources')!;
    sources.addRow([
      'jcs-2025-03-27',
      'Korea JoongAng Daily',
      'JCS: more troops',
      'https://example.org/jcs',
      '27.03.2025',
    ]);
    const cell = cellOf(wb.getWorksheet('Figures')!, 'troops-phase-2', 'sources');
    cell.value = `${String(cell.value)}; jcs-2025-03-27`;
    const outcome = await run(await bytesOf(wb), small, { fileName: 'book.xlsx' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.next?.sources.at(-1)).toEqual({
      id: 'jcs-2025-03-27',
      publisher: 'Korea JoongAng Daily',
      title: 'JCS: more troops',
      url: 'https://example.org/jcs',
      date: '2025-03-27',
    });
    expect(outcome.changes.map((c) => c.type)).toContain('source-added');
  });

  it('points problems at sheet and cell, e.g. a formula or an unknown source', async () => {
    const wb = await book(await xlsxOf(parseDataset(small)));
    const ws = wb.getWorksheet('Figures')!;
    cellOf(ws, 'troops-phase-2', 'value').value = {
      formula: 'K2+1000',
      result: 12000,
    } as ExcelJS.CellFormulaValue;
    cellOf(ws, 'troops-phase-1', 'sources').value = 'msmt-2025; nowhere';
    const outcome = await run(await bytesOf(wb), small, { fileName: 'book.xlsx' });
    expect(outcome.problems.map((p) => p.text)).toEqual([
      'book.xlsx:Figures!AB2  sources  expected the id of an entry in sources, found "nowhere" (transfers[0].sources[1])  [troops-phase-1]',
      'book.xlsx:Figures!L3  value  expected a value, found the formula =K2+1000 (paste it as a value)  [troops-phase-2]',
    ]);
  });
});
