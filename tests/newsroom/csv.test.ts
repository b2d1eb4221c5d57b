import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS, downloadsStep } from '../../scripts/build/downloads.ts';
import { columnForPath } from '../../src/data/csv.ts';
import { exportCsv } from '../../src/data/sheet/export.ts';
import { csvTextToTable } from '../../src/data/sheet/csv-text.ts';
import { readTable } from '../../src/data/sheet/read.ts';
import { FIGURES, SOURCES, headerOf } from '../../src/data/sheet/tables.ts';
import { SHIPPED, load } from './helpers.ts';

describe('the figure columns', () => {
  it('documents every column of both sheets in data/CSV-COLUMNS.md', () => {
    const doc = readFileSync(new URL('../../data/CSV-COLUMNS.md', import.meta.url), 'utf8');
    for (const column of [...headerOf(FIGURES), ...headerOf(SOURCES)])
      expect(doc).toContain(`\`${column}\``);
  });

  it('the example file has the export header and reads without a problem', () => {
    const example = readFileSync(
      new URL('../../data/transfers.example.csv', import.meta.url),
      'utf8',
    );
    expect(example.split('\n')[0]).toBe(headerOf(FIGURES).join(','));
    const read = readTable(FIGURES, csvTextToTable(example).table);
    expect(read.problems).toEqual([]);
    expect(read.rows.length).toBeGreaterThan(3);
  });

  it('the download CSV is the export: semicolons, a byte-order mark, one row per transfer and estimate', () => {
    const data = load(SHIPPED);
    const dist = mkdtempSync(join(tmpdir(), 'downloads-'));
    downloadsStep.run({ root: resolve(import.meta.dirname, '../..'), dist, data });
    const text = readFileSync(join(dist, DOWNLOADS.csv), 'utf8');
    expect(text).toBe(exportCsv(data));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = dsvFormat(';').parse(text.slice(1));
    expect(rows.columns).toEqual(headerOf(FIGURES));
    expect(rows.length).toBe(data.transfers.length + data.estimates.length);
  });

  it('maps checker paths inside a record to columns', () => {
    expect(columnForPath('.quantity.low')).toBe('low');
    expect(columnForPath('.sources[1]')).toBe('sources');
    expect(columnForPath('.label')).toBe('label_de');
    expect(columnForPath('.note.en')).toBe('note_en');
    expect(columnForPath('.quantity')).toBe('qualifier');
    expect(columnForPath('.inReport')).toBe('in_report');
    expect(columnForPath('')).toBe('id');
  });
});

describe('readTable() problems', () => {
  const header = headerOf(FIGURES).join(',');
  const row = (cells: Record<string, string>) =>
    headerOf(FIGURES)
      .map((h) => cells[h] ?? '')
      .join(',');
  const read = (csv: string) => readTable(FIGURES, csvTextToTable(csv).table);

  it('points a word where a number belongs at its line and column', () => {
    const csv = [header, row({ kind: 'transfer', id: 'a', qualifier: 'about', value: '9 Mio.' })];
    expect(read(csv.join('\n')).problems).toEqual([
      {
        sheet: undefined,
        line: 2,
        column: headerOf(FIGURES).indexOf('value') + 1,
        columnName: 'value',
        rowId: 'a',
        message:
          'expected a plain number such as 9000000 (no words, no thousands separators), found "9 Mio."',
      },
    ]);
  });

  it('counts physical lines across quoted line breaks', () => {
    const csv = [
      header,
      row({ kind: 'estimate', id: 'a', note_de: '"eins\nzwei\ndrei"' }),
      row({ kind: 'estimate', id: 'b', msmt: 'vielleicht' }),
    ].join('\n');
    const { problems, rows } = read(csv);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems[0]).toMatchObject({ line: 5, columnName: 'msmt', rowId: 'b' });
  });

  it('rejects unknown columns, wrong kinds and cells that belong to the other kind', () => {
    expect(read(`${header},colour\n`).problems[0]).toMatchObject({
      line: 1,
      column: headerOf(FIGURES).length + 1,
      columnName: 'colour',
    });
    const csv = [
      header,
      row({ kind: 'transfers', id: 'a' }),
      row({ kind: 'transfer', id: 'b', topic: 'troops' }),
      row({ kind: 'transfer', id: 'c', delete: 'vielleicht' }),
    ].join('\n');
    expect(read(csv).problems.map((p) => [p.line, p.columnName])).toEqual([
      [2, 'kind'],
      [3, 'topic'],
      [4, 'delete'],
    ]);
  });
});
