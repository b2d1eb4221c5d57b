import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import type { ChartRecord } from '../../src/charts/types.ts';
import {
  RECORD_COLUMNS,
  dataFilePath,
  fileStem,
  recordsCsv,
  recordsJson,
} from '../../src/embed/downloads.ts';

const record = (over: Partial<ChartRecord> = {}): ChartRecord => ({
  id: 'troops-phase-1',
  kind: 'transfer',
  label: 'Soldaten, erste Phase',
  qualifier: 'about',
  value: 11000,
  low: null,
  high: null,
  unit: 'soldiers',
  date: '2024-10/2024-12',
  msmt: true,
  sources: 'MSMT-Bericht (29. Mai 2025); Reuters, "quoted", (x)',
  sourceUrls: 'https://example.org/a https://example.org/b',
  ...over,
});

describe('recordsCsv', () => {
  it('writes a BOM, the fixed columns and one row per record, quoting as needed', () => {
    const csv = recordsCsv([record(), record({ id: 'x', value: null, low: 1, high: 2 })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual([...RECORD_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.sources).toBe('MSMT-Bericht (29. Mai 2025); Reuters, "quoted", (x)');
    expect(rows[0]?.value).toBe('11000');
    expect(rows[0]?.msmt).toBe('true');
    expect(rows[1]?.value).toBe('');
    expect(rows[1]?.high).toBe('2');
  });

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    const rows = csvParse(
      recordsCsv([record({ label: '=HYPERLINK("http://evil")', value: -5 })]).slice(1),
    );
    expect(rows[0]?.label).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]?.value).toBe('-5');
  });
});

describe('recordsJson', () => {
  it('is parseable and carries the records and their sources', () => {
    const text = recordsJson({
      chart: 'troops',
      lang: 'de',
      title: 'T',
      sourceLine: 'Quelle: MSMT',
      note: null,
      dataset: { title: 'D', version: 1, updated: '2026-11-25' },
      columns: RECORD_COLUMNS,
      records: [record()],
    });
    const parsed = JSON.parse(text) as { records: ChartRecord[]; dataset: { version: number } };
    expect(parsed.records[0]?.sourceUrls).toContain('https://example.org/a');
    expect(parsed.dataset.version).toBe(1);
  });
});

describe('file names', () => {
  it('name chart, state (unless default) and language', () => {
    expect(fileStem('troops', 'de')).toBe('msmt-transfers-troops-de');
    expect(fileStem('troops', 'en', 'default')).toBe('msmt-transfers-troops-en');
    expect(fileStem('troops', 'en', 'phase-2')).toBe('msmt-transfers-troops-phase-2-en');
    expect(dataFilePath('routes', 'en', 'json')).toBe('embed/routes/msmt-transfers-routes-en.json');
  });
});
