import { readFileSync } from 'node:fs';
import { csvParseRows, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../../src/data/check.ts';
import {
  HEADER,
  columnForPath,
  csvToRecords,
  datasetToCsv,
  orderKeys,
} from '../../src/data/csv.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { SHIPPED, SMALL, load } from './helpers.ts';

/** What data:import does with a CSV before writing: rows → records → the checker. */
function roundTrip(data: Dataset, csv = datasetToCsv(data)): Dataset {
  const records = csvToRecords(csv);
  expect(records.problems).toEqual([]);
  const candidate = {
    ...data,
    transfers: records.transfers.map((r) => orderKeys(r, 'transfer')),
    estimates: records.estimates.map((r) => orderKeys(r, 'estimate')),
  };
  const checked = checkDatasetText(JSON.stringify(candidate));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
  return checked.data;
}

describe('CSV round trip', () => {
  it('export → import yields the shipped dataset unchanged', () => {
    const data = load(SHIPPED);
    expect(data.transfers.length + data.estimates.length).toBeGreaterThan(10);
    const back = roundTrip(data);
    expect(back).toEqual(data);
    // Byte-stable too: exporting the result gives the same CSV.
    expect(datasetToCsv(back)).toBe(datasetToCsv(data));
  });

  it('keeps commas, quotes, line breaks, ranges, wordings and source lists', () => {
    const data = load(SMALL);
    const csv = datasetToCsv(data);
    expect(csv).toContain('"Row with, comma\nand newline"');
    expect(csv).toContain('nis-2025-04; msmt-2025');
    expect(roundTrip(data)).toEqual(data);
  });

  it('reads semicolon-separated files (German spreadsheet export) and a BOM', () => {
    const data = load(SMALL);
    const rows = datasetToCsv(data)
      .replace(/^kind,/, '\uFEFFkind,')
      // Re-separate the simple, unquoted rows with ";" by going through d3-dsv again.
      .trim();
    const semicolon = dsvFormat(';').formatRows(csvParseRows(rows));
    expect(semicolon.split('\n')[0]).toContain('kind;id;direction');
    expect(roundTrip(data, semicolon)).toEqual(data);
  });

  it('documents every column in data/CSV-COLUMNS.md and the example file uses the header', () => {
    const doc = readFileSync(new URL('../../data/CSV-COLUMNS.md', import.meta.url), 'utf8');
    for (const column of HEADER) expect(doc).toContain(`\`${column}\``);
    const example = readFileSync(
      new URL('../../data/transfers.example.csv', import.meta.url),
      'utf8',
    );
    expect(example.split('\n')[0]).toBe(HEADER.join(','));
    expect(csvToRecords(example).problems).toEqual([]);
  });
});

describe('csvToRecords() problems', () => {
  const header = HEADER.join(',');
  const row = (cells: Record<string, string>) => HEADER.map((h) => cells[h] ?? '').join(',');

  it('points a word where a number belongs at its line and column', () => {
    const csv = [
      header,
      row({ kind: 'transfer', id: 'a', qualifier: 'about', value: '9 Mio.' }),
    ].join('\n');
    const { problems } = csvToRecords(csv);
    expect(problems).toEqual([
      {
        line: 2,
        column: HEADER.indexOf('value') + 1,
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
    const { problems, origins } = csvToRecords(csv);
    expect(origins.map((o) => o.line)).toEqual([2, 5]);
    expect(problems[0]).toMatchObject({ line: 5, columnName: 'msmt', rowId: 'b' });
  });

  it('rejects unknown columns, wrong kinds and cells that belong to the other kind', () => {
    expect(csvToRecords(`${header},colour\n`).problems[0]).toMatchObject({
      line: 1,
      column: HEADER.length + 1,
      columnName: 'colour',
    });
    const csv = [
      header,
      row({ kind: 'transfers', id: 'a' }),
      row({ kind: 'transfer', id: 'b', topic: 'troops' }),
    ].join('\n');
    const { problems } = csvToRecords(csv);
    expect(problems.map((p) => [p.line, p.columnName])).toEqual([
      [2, 'kind'],
      [3, 'topic'],
    ]);
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
