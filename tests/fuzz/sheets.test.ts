/**
 * Property: any sheet a spreadsheet application or a person could make from an export — saved in
 * UTF-8 with or without BOM, UTF-16 with BOM or Windows-1252; separated by commas, semicolons or
 * tabs; with months and days turned into a spreadsheet's date formats; with blank rows, rows left
 * out, rows in another order, duplicated rows, one figure changed, one cell garbled — is either
 * imported exactly (no change where nothing was edited, only the edited figure where one was) or
 * refused with every problem pinned to a line and column that exist in the file. The same for
 * workbooks with date-typed cells, and for 10,000-row sheets. FUZZ_RUNS and FUZZ_SEED as in the
 * dataset fuzzing.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/check.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { decodeSheetBytes } from '../../src/data/sheet/decode.ts';
import type { ImportOutcome } from '../../src/data/sheet/import.ts';
import { FIGURES, headerOf } from '../../src/data/sheet/tables.ts';
import {
  SHIPPED,
  SMALL,
  csvRows,
  run,
  text,
  toCsv,
  utf8,
  windows1252,
  xlsxOf,
} from '../sheets/helpers.ts';

const RUNS = Math.max(20, Math.round(Number(process.env.FUZZ_RUNS ?? 1000) / 5));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const DATASETS = [
  { name: 'small', text: text(SMALL) },
  { name: 'shipped', text: text(SHIPPED) },
].map((d) => ({ ...d, data: parseDataset(d.text), rows: csvRows(parseDataset(d.text)) }));

const HEADER = headerOf(FIGURES);
const col = (name: string) => HEADER.indexOf(name);
const MONTH_COLUMNS = ['period_start', 'period_end'].map(col);
const DAY_COLUMNS = ['announced'].map(col);
const EITHER_COLUMNS = ['date'].map(col);
const DE = ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/** What a spreadsheet may show (and save) for a month, style 0–4. */
function showMonth(v: string, style: number): string {
  const [y, m] = v.split('-').map(Number) as [number, number];
  const yy = String(y).slice(2);
  return [
    v,
    `${DE[m - 1]} ${yy}`,
    `${EN[m - 1]}-${yy}`,
    `01.${v.slice(5)}.${y}`,
    String(serial(y, m, 1)),
  ][style]!;
}
/** … and for a day. */
function showDay(v: string, style: number): string {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  return [
    v,
    `${v.slice(8)}.${v.slice(5, 7)}.${y}`,
    `${d}-${EN[m - 1]}-${String(y).slice(2)}`,
    `${d}. ${DE[m - 1]} ${y}`,
    String(serial(y, m, d)),
  ][style]!;
}

interface Plan {
  dataset: number;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter: ',' | ';' | '\t';
  dateStyle: number;
  blank: number[];
  omit: number[];
  shuffle: boolean;
  duplicate: number | null;
  edit: { row: number; value: number } | null;
  garble: { row: number; column: number; text: string } | null;
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  dataset: fc.constantFrom(0, 0, 0, 1),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  delimiter: fc.constantFrom(',', ';', '\t'),
  dateStyle: fc.integer({ min: 0, max: 4 }),
  blank: fc.array(fc.nat(), { maxLength: 3 }),
  omit: fc.array(fc.nat(), { maxLength: 3 }),
  shuffle: fc.boolean(),
  duplicate: fc.option(fc.nat(), { nil: null }),
  edit: fc.option(fc.record({ row: fc.nat(), value: fc.integer({ min: 1, max: 900 }) }), {
    nil: null,
  }),
  garble: fc.option(
    fc.record({
      row: fc.nat(),
      column: fc.integer({ min: 0, max: HEADER.length - 1 }),
      text: fc.string({ maxLength: 12 }),
    }),
    { nil: null },
  ),
}) as fc.Arbitrary<Plan>;

function encode(s: string, encoding: Plan['encoding']): Uint8Array {
  if (encoding === 'utf-8') return utf8(s);
  if (encoding === 'utf-8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(s)]);
  if (encoding === 'windows-1252') return windows1252(s);
  const out = new Uint8Array(2 + s.length * 2);
  const le = encoding === 'utf-16le';
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

/** Builds the sheet; says which ids were edited (a figure changed) and whether a cell was garbled. */
function build(plan: Plan) {
  const { rows: exported } = DATASETS[plan.dataset]!;
  const body = exported.slice(1).map((r) => [...r]);
  for (const r of body) {
    for (const c of MONTH_COLUMNS) if (r[c]) r[c] = showMonth(r[c]!, plan.dateStyle);
    for (const c of DAY_COLUMNS) if (r[c]) r[c] = showDay(r[c]!, plan.dateStyle);
    // A month or a day where either is allowed: Excel shows a month as "Mai 25" (style 1).
    for (const c of EITHER_COLUMNS)
      if (r[c])
        r[c] =
          r[c]!.length === 7
            ? showMonth(r[c]!, plan.dateStyle === 1 ? 1 : 0)
            : showDay(r[c]!, plan.dateStyle);
  }
  const edited = new Set<string>();
  if (plan.edit) {
    const candidates = body.filter(
      (r) => r[col('qualifier')] !== 'range' && r[col('value')] !== '',
    );
    const r = candidates[plan.edit.row % candidates.length]!;
    r[col('value')] = String(Number(r[col('value')]) + plan.edit.value);
    edited.add(r[col('id')]!);
  }
  let garbled = false;
  if (plan.garble) {
    const r = body[plan.garble.row % body.length]!;
    r[plan.garble.column] = plan.garble.text;
    garbled = true;
  }
  let rows = body.filter(
    (_, i) => !plan.omit.some((o) => o % body.length === i) || edited.has(body[i]![1]!),
  );
  if (plan.shuffle) rows = [...rows].reverse();
  const duplicated = plan.duplicate !== null && rows.length > 0;
  if (duplicated) rows.push([...rows[plan.duplicate! % rows.length]!]);
  for (const b of plan.blank)
    rows.splice(
      b % (rows.length + 1),
      0,
      HEADER.map(() => ''),
    );
  const csv = toCsv([HEADER, ...rows], plan.delimiter);
  return { bytes: encode(csv, plan.encoding), edited, garbled, duplicated };
}

/** Every problem names a line and column that exist in the file (or a place in the data file). */
function assertPinned(outcome: ImportOutcome, bytes: Uint8Array) {
  expect(outcome.problems.length).toBeGreaterThan(0);
  const decoded = decodeSheetBytes(bytes);
  const lines = decoded.ok ? decoded.text.replace(/\r\n?/g, '\n').split('\n').length : Infinity;
  for (const p of outcome.problems) {
    const m = /^sheet\.csv:(\d+):(\d+)$/.exec(p.where);
    if (!m) {
      expect(p.where, p.text).toMatch(/^transfers\.json:\d+:\d+$/);
      continue;
    }
    expect(Number(m[1]), p.text).toBeGreaterThanOrEqual(1);
    expect(Number(m[1]), p.text).toBeLessThanOrEqual(lines);
    expect(Number(m[2]), p.text).toBeGreaterThanOrEqual(1);
    expect(Number(m[2]), p.text).toBeLessThanOrEqual(HEADER.length + 1);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

const changedIds = (o: ImportOutcome) =>
  new Set(
    o.changes.flatMap((c) =>
      c.type === 'changed'
        ? [c.after.id]
        : c.type === 'added' || c.type === 'removed'
          ? [c.figure.id]
          : [c.sourceId],
    ),
  );
const totalsOf = (data: Dataset, ids: Set<string>) =>
  data.totals.filter((t) => t.parts.some((p) => ids.has(p))).map((t) => t.id);

describe('fuzzed sheets', () => {
  it(`CSV: imported exactly or refused with positions (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const { bytes, edited, garbled, duplicated } = build(plan);
        const dataset = DATASETS[plan.dataset]!;
        const outcome = await run(bytes, dataset.text);
        if (duplicated) {
          expect(outcome.ok).toBe(false);
          assertPinned(outcome, bytes);
          return;
        }
        if (!outcome.ok) {
          // Only a garbled cell may be refused.
          expect(garbled, outcome.problems.map((p) => p.text).join('\n')).toBe(true);
          assertPinned(outcome, bytes);
          return;
        }
        const expected = new Set([...edited, ...totalsOf(dataset.data, edited)]);
        const got = changedIds(outcome);
        if (!garbled) expect([...got].sort()).toEqual([...expected].sort());
        else for (const id of expected) expect(got).toContain(id);
        expect(JSON.stringify(outcome.next ?? {})).not.toContain('\uFFFD');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it('XLSX with date-typed cells, blank and duplicated rows: exact or refused with a cell', async () => {
    const dataset = DATASETS[0]!;
    const original = await xlsxOf(dataset.data);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          style: fc.integer({ min: 0, max: 2 }),
          blank: fc.nat({ max: 10 }),
          duplicate: fc.boolean(),
        }),
        async ({ style, blank, duplicate }) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(original.slice().buffer);
          const ws = wb.getWorksheet('Figures')!;
          const last = ws.rowCount;
          for (let r = 2; r <= last; r++)
            for (const name of ['period_start', 'period_end', 'date', 'announced']) {
              const cell = ws.getCell(r, col(name) + 1);
              const v = typeof cell.value === 'string' ? cell.value : '';
              if (!/^\d{4}-\d{2}(-\d{2})?$/.test(v)) continue;
              const [y, m, d = 1] = v.split('-').map(Number) as [number, number, number?];
              if (style === 2) cell.value = serial(y, m, d);
              else cell.value = new Date(Date.UTC(y, m - 1, d));
              cell.numFmt = style === 2 ? 'General' : v.length === 7 ? 'mmm yy' : 'dd.mm.yyyy';
            }
          if (duplicate) ws.addRow((ws.getRow(3).values as ExcelJS.CellValue[]).slice(1));
          ws.spliceRows(2 + (blank % (last - 1)), 0, []);
          const outcome = await run(new Uint8Array(await wb.xlsx.writeBuffer()), dataset.text, {
            fileName: 'sheet.xlsx',
          });
          if (duplicate) {
            expect(outcome.ok).toBe(false);
            for (const p of outcome.problems)
              expect(p.where).toMatch(/^sheet\.xlsx:Figures![A-Z]+\d+$/);
          } else {
            expect(outcome.problems).toEqual([]);
            expect(outcome.changes).toEqual([]);
          }
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 10)), seed: SEED },
    );
  }, 600_000);

  it('10,000 rows: refused past the dataset limits, every problem pinned, in bounded time', async () => {
    const dataset = DATASETS[1]!;
    const rows = dataset.rows.map((r) => [...r]);
    const template = rows.find((r) => r[0] === 'estimate')!;
    while (rows.length < 10_001) {
      const r = [...template];
      r[col('id')] = `fuzz-estimate-${rows.length}`;
      r[col('base')] = '';
      rows.push(r);
    }
    const bytes = utf8(toCsv(rows));
    const started = performance.now();
    const outcome = await run(bytes, dataset.text);
    const ms = performance.now() - started;
    expect(outcome.ok).toBe(false);
    assertPinned(outcome, bytes);
    expect(outcome.problems[0]?.text).toContain('expected at most 500 items');
    // The first estimate beyond the limit: a row of the sheet, not the data file.
    expect(outcome.problems[0]?.where).toMatch(/^sheet\.csv:\d+:2$/);
    console.info(`10,000-row CSV checked and refused in ${Math.round(ms)} ms`);
  }, 120_000);

  it('10,000 rows of which 9,922 duplicate ids: each duplicate pinned to its row', async () => {
    const dataset = DATASETS[1]!;
    const rows = dataset.rows.map((r) => [...r]);
    while (rows.length < 10_001)
      rows.push([...rows[1 + (rows.length % (dataset.rows.length - 1))]!]);
    const bytes = utf8(toCsv(rows, '\t'));
    const outcome = await run(bytes, dataset.text);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.length).toBe(10_000 - (dataset.rows.length - 1));
    assertPinned(outcome, bytes);
  }, 120_000);
});
