/**
 * The import pipeline (src/data/sheet/import.ts) as data:import and the newsroom page run it:
 * exports of the shipped and a small dataset, edited the ways spreadsheets and people edit them.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/check.ts';
import { exportCsv } from '../../src/data/sheet/export.ts';
import {
  SHIPPED,
  SMALL,
  csvRows,
  laterVersion,
  run,
  setCell,
  text,
  toCsv,
  utf8,
  windows1252,
  xlsxOf,
} from './helpers.ts';

const small = text(SMALL);
const shipped = text(SHIPPED);

describe('an unchanged export', () => {
  it('imports with no change, CSV and XLSX, shipped and small', async () => {
    for (const dataText of [shipped, small]) {
      const data = parseDataset(dataText);
      for (const bytes of [utf8(exportCsv(data)), await xlsxOf(data)]) {
        const outcome = await run(bytes, dataText);
        expect(outcome.problems).toEqual([]);
        expect(outcome.changes).toEqual([]);
        expect(outcome.next).toBeUndefined();
      }
    }
  });

  it('imports with no change after Excel turned every month and day into its own format', async () => {
    const data = parseDataset(shipped);
    const rows = csvRows(data);
    const h = rows[0]!;
    const MONTHS = [
      'Jan',
      'Feb',
      'Mrz',
      'Apr',
      'Mai',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Okt',
      'Nov',
      'Dez',
    ];
    for (const row of rows.slice(1))
      for (const col of ['period_start', 'period_end', 'date', 'announced']) {
        const i = h.indexOf(col);
        const v = row[i]!;
        if (/^\d{4}-\d{2}$/.test(v)) row[i] = `${MONTHS[Number(v.slice(5)) - 1]} ${v.slice(2, 4)}`;
        else if (/^\d{4}-\d{2}-\d{2}$/.test(v))
          row[i] = `${v.slice(8)}.${v.slice(5, 7)}.${v.slice(0, 4)}`;
      }
    const outcome = await run(utf8(toCsv(rows)), shipped);
    expect(outcome.problems).toEqual([]);
    expect(outcome.changes).toEqual([]);
  });
});

describe('a changed figure', () => {
  it('changes that figure and its totals, with a changelog entry in both languages', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'value', '4500');
    const outcome = await run(utf8(toCsv(rows, ',')), small);
    expect(outcome.problems).toEqual([]);
    expect(outcome.fileDescription).toBe('UTF-8, comma-separated');
    expect(outcome.changes.map((c) => (c.type === 'changed' ? c.after.id : c.type))).toEqual([
      'troops-phase-2',
      'troops-total',
    ]);
    expect(outcome.entry).toEqual({
      kind: 'update',
      de: 'Truppen, Phase 2: rund 3.000 → rund 4.500 Soldaten; Truppen insgesamt: rund 14.000 → rund 15.500 Soldaten',
      en: 'Troops, phase 2: about 3,000 → about 4,500 soldiers; Troops in total: about 14,000 → about 15,500 soldiers',
    });
    expect(outcome.next?.meta.version).toBe(2);
  });

  it('marks a correction when asked', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'value', '3100');
    const outcome = await run(utf8(toCsv(rows)), small, { kind: 'correction' });
    expect(outcome.entry?.kind).toBe('correction');
    expect(outcome.next?.meta.changelog.at(-1)).toMatchObject({
      kind: 'correction',
      corrections: [
        {
          records: ['troops-phase-2', 'troops-total'],
          wrong: {
            de: 'Truppen, Phase 2: rund 3.000 Soldaten',
            en: 'Troops, phase 2: about 3,000 soldiers',
          },
          right: {
            de: 'Truppen, Phase 2: rund 3.100 Soldaten',
            en: 'Troops, phase 2: about 3,100 soldiers',
          },
        },
      ],
    });
  });

  it('names only the language whose label changed, never an unchanged value', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'label_de', 'Truppen, Phase 2 (laut Südkorea)');
    const outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.entry?.de).toBe(
      'Truppen, Phase 2 (laut Südkorea): Bezeichnung: „Truppen, Phase 2“ → „Truppen, Phase 2 (laut Südkorea)“',
    );
    expect(outcome.entry?.en).toBe(
      'Troops, phase 2: German label: „Truppen, Phase 2“ → „Truppen, Phase 2 (laut Südkorea)“',
    );
  });
});

describe('periods', () => {
  it('an emptied end makes a period open-ended; a wording travels in both languages', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'period_end', '');
    setCell(rows, 'troops-phase-1', 'period_wording_de', 'im Jahr 2024');
    setCell(rows, 'troops-phase-1', 'period_wording_en', 'in 2024');
    const outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.problems).toEqual([]);
    const [one, two] = outcome.next!.transfers;
    expect(two!.period).toEqual({ start: '2025-01' });
    expect(one!.period).toEqual({
      start: '2024-10',
      end: '2024-12',
      wording: { de: 'im Jahr 2024', en: 'in 2024' },
    });
    expect(outcome.entry?.de).toContain('Zeitraum: Januar bis Februar 2025 → seit Januar 2025');
    // Exported again and imported: nothing changes.
    const again = await run(
      utf8(exportCsv(parseDataset(JSON.stringify(outcome.next)))),
      JSON.stringify(outcome.next),
    );
    expect(again.changes).toEqual([]);
  });
});

describe('rows', () => {
  it('keeps rows left out of the sheet, and deletes only rows marked "delete"', async () => {
    const data = parseDataset(small);
    const rows = csvRows(data).filter((r) => r[1] !== 'nis-troops-2025-04');
    let outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.changes).toEqual([]);
    expect(outcome.notes.join(' ')).toContain('1 figure not in the sheet kept');
    setCell(rows, 'casualties-range', 'delete', 'löschen');
    outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.problems).toEqual([]);
    expect(outcome.changes).toEqual([
      expect.objectContaining({
        type: 'removed',
        figure: expect.objectContaining({ id: 'casualties-range' }) as unknown,
      }),
    ]);
    expect(outcome.next?.estimates.map((e) => e.id)).toEqual(['nis-troops-2025-04']);
  });

  it('adds a new row (a copy of a row with a new id) at the end', async () => {
    const rows = csvRows(parseDataset(small));
    const copy = [...rows.find((r) => r[1] === 'nis-troops-2025-04')!];
    copy[1] = 'nis-troops-2025-06';
    rows.push(copy);
    const outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.problems).toEqual([]);
    expect(outcome.next?.estimates.map((e) => e.id)).toEqual([
      'nis-troops-2025-04',
      'casualties-range',
      'nis-troops-2025-06',
    ]);
  });

  it('refuses a duplicated row, a row without base for an existing id, and a damaged base', async () => {
    const rows = csvRows(parseDataset(small));
    const dup = [...rows[2]!];
    const noBase = [...rows[3]!];
    noBase[noBase.length - 1] = '';
    const damaged = [...rows[4]!];
    damaged[damaged.length - 1] = 'v1:abc';
    const sheet = [rows[0]!, rows[1]!, rows[2]!, dup, noBase, damaged];
    const outcome = await run(utf8(toCsv(sheet)), small);
    expect(outcome.ok).toBe(false);
    const base = rows[0]!.length;
    expect(outcome.problems.map((p) => p.where)).toEqual([
      'sheet.csv:4:2',
      'sheet.csv:5:2',
      `sheet.csv:6:${base}`,
    ]);
  });

  it('skips blank rows', async () => {
    const rows = csvRows(parseDataset(small));
    rows.splice(
      2,
      0,
      rows[0]!.map(() => ''),
      rows[0]!.map(() => ' '),
    );
    const outcome = await run(utf8(toCsv(rows)), small);
    expect(outcome.problems).toEqual([]);
    expect(outcome.changes).toEqual([]);
  });
});

describe('an older export', () => {
  const current = laterVersion(small, (d) => {
    d.transfers[0]!.quantity.value = 11500; // troops-phase-1 edited in the JSON this week
  });

  it('is refused, naming the changes made since', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'value', '4500');
    const outcome = await run(utf8(toCsv(rows)), current);
    expect(outcome.ok).toBe(false);
    expect(outcome.stale).toEqual({
      sheetVersion: 1,
      currentVersion: 2,
      since: [
        { version: 2, date: '2025-06-15', kind: 'update', de: 'JSON-Änderung', en: 'JSON edit' },
      ],
      cells: ['troops-phase-1: value'],
    });
    expect(outcome.problems.at(-1)?.text).toContain(
      'expected an export of the current version 2, found one of version 1',
    );
  });

  it('with --merge applies only the cells the sheet changed', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-2', 'value', '4500');
    const outcome = await run(utf8(toCsv(rows)), current, { merge: true });
    expect(outcome.problems).toEqual([]);
    const next = outcome.next!;
    expect(next.transfers.find((t) => t.id === 'troops-phase-1')?.quantity.value).toBe(11500);
    expect(next.transfers.find((t) => t.id === 'troops-phase-2')?.quantity.value).toBe(4500);
    expect(next.meta.version).toBe(3);
  });

  it('with --merge refuses a cell changed on both sides', async () => {
    const rows = csvRows(parseDataset(small));
    setCell(rows, 'troops-phase-1', 'value', '12000');
    const outcome = await run(utf8(toCsv(rows)), current, { merge: true });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.text).toMatch(
      /sheet\.csv:2:12 {2}value {2}expected one change to this cell/,
    );
  });
});

describe('encodings', () => {
  it('keeps a cell whose characters a Windows-1252 save turned into "?"', async () => {
    const withArrow = laterVersion(small, (d) => {
      d.transfers[0]!.label.en = 'Troops ≥ phase 1';
    });
    const data = parseDataset(withArrow);
    const rows = csvRows(data);
    setCell(rows, 'troops-phase-1', 'label_en', 'Troops ? phase 1');
    setCell(rows, 'troops-phase-2', 'value', '3100');
    const outcome = await run(windows1252(toCsv(rows)), withArrow);
    expect(outcome.fileDescription).toBe('Windows-1252, semicolon-separated');
    expect(outcome.problems).toEqual([]);
    expect(outcome.notes).toContain(
      '1 cell(s) kept as they are: the file was saved as Windows-1252, which cannot hold some of their characters (they arrived as "?").',
    );
    expect(outcome.changes.map((c) => (c.type === 'changed' ? c.after.id : c.type))).toEqual([
      'troops-phase-2',
      'troops-total',
    ]);
  });

  it('refuses an edit to such a cell, since its other characters are gone', async () => {
    const withArrow = laterVersion(small, (d) => {
      d.transfers[0]!.label.en = 'Troops ≥ phase 1';
    });
    const rows = csvRows(parseDataset(withArrow));
    setCell(rows, 'troops-phase-1', 'label_en', 'Troops ≥ phase 1 (2024)');
    const outcome = await run(windows1252(toCsv(rows)), withArrow);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.text).toContain(
      'sheet.csv:2:10  label_en  expected a file that can hold',
    );
  });
});
