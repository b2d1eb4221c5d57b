/**
 * The spreadsheet round trip in a real spreadsheet application: LibreOffice Calc, headless,
 * driven through its own API (tests/libreoffice/calc.py) as a German user would use it.
 * CSV: opened with German locale and "detect special numbers", one figure and one label with
 * umlauts changed, saved as German Excel saves "CSV (Trennzeichen-getrennt)" (Windows-1252,
 * semicolons, cells as shown): the import changes exactly that figure and label and keeps every
 * other character of the dataset. XLSX: opened and saved again: the import changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { parseDataset } from '../../src/data/check.ts';
import { decodeSheetBytes } from '../../src/data/sheet/decode.ts';
import { ROOT, findLibreOffice } from './harness.ts';
import { SHIPPED, runScript, tempCopy } from '../newsroom/helpers.ts';

const CSV_FILTER = 'Text - txt - csv (StarCalc)';
/** Semicolon, double quote, UTF-8 (76), from line 1, standard columns, German (1031), detect special numbers. */
const OPEN_CSV_GERMAN = '59,34,76,1,,1031,false,true';
/** Semicolon, double quote, Windows-1252 (1), …, quote only where needed, save as shown. */
const SAVE_CSV_AS_GERMAN_EXCEL = '59,34,1,1,,1031,false,false,true';
const XLSX_FILTER = 'Calc MS Excel 2007 XML';

function calc(args: string[]): void {
  const { python } = findLibreOffice();
  const run = spawnSync(python, [join(ROOT, 'tests/libreoffice/calc.py'), ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`calc.py failed (${run.status}): ${run.stderr}`);
}

describe('LibreOffice Calc round trip', { timeout: 300_000 }, () => {
  it('a CSV opened, edited and saved as German Excel does: exactly the edited cells change', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const csv = join(dir, 'transfers.csv');
    expect(runScript('scripts/data-export.ts', [csv, '--data', data]).code).toBe(0);
    const rows = dsvFormat(';').parseRows(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const row = rows.findIndex((r) => r[1] === 'troops-phase-2') + 1;
    const value = header.indexOf('value') + 1;
    const label = header.indexOf('label_de') + 1;
    const newLabel =
      'Soldaten, 2. Phase (Anfang 2025) – laut südkoreanischem Militärgeheimdienst „NIS“, Maß';

    const saved = join(dir, 'gespeichert.csv');
    calc([
      csv,
      saved,
      '--open-filter', CSV_FILTER,
      '--open-options', OPEN_CSV_GERMAN,
      '--save-filter', CSV_FILTER,
      '--save-options', SAVE_CSV_AS_GERMAN_EXCEL,
      '--set', `${row}:${value}=number:4500`,
      '--set', `${row}:${label}=text:${newLabel}`,
    ]); // prettier-ignore
    const bytes = readFileSync(saved);
    const decoded = decodeSheetBytes(new Uint8Array(bytes));
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(bytes.includes(0xfc)).toBe(true); // "ü" as Windows-1252's single byte

    const before = parseDataset(readFileSync(data, 'utf8'));
    const run = runScript('scripts/data-import.ts', [
      saved,
      '--data',
      data,
      '--today',
      '2026-12-01',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(Windows-1252, semicolon-separated): 2 change(s)');
    const after = parseDataset(readFileSync(data, 'utf8'));
    const phase2 = after.transfers.find((t) => t.id === 'troops-phase-2')!;
    expect(phase2.quantity.value).toBe(4500);
    expect(phase2.label.de).toBe(newLabel);
    // Everything else is exactly as it was, character for character.
    const expected = structuredClone(before);
    const t = expected.transfers.find((x) => x.id === 'troops-phase-2')!;
    t.quantity.value = 4500;
    t.label.de = newLabel;
    expect({ ...after, meta: before.meta }).toEqual(expected);
    expect(after.meta.version).toBe(before.meta.version + 1);
    expect(JSON.stringify(after)).not.toContain('\uFFFD');
  });

  it('the workbook opened and saved again by Calc imports with no change at all', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const csv = join(dir, 'transfers.csv');
    expect(runScript('scripts/data-export.ts', [csv, '--data', data]).code).toBe(0);
    const resaved = join(dir, 'wieder-gespeichert.xlsx');
    calc([
      join(dir, 'transfers.xlsx'),
      resaved,
      '--open-filter',
      XLSX_FILTER,
      '--save-filter',
      XLSX_FILTER,
    ]);
    // Calc wrote its own workbook (it zips differently), not a copy of ours.
    expect(readFileSync(resaved).equals(readFileSync(join(dir, 'transfers.xlsx')))).toBe(false);
    const before = readFileSync(data, 'utf8');
    const run = runScript('scripts/data-import.ts', [resaved, '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('no changes');
    expect(run.code).toBe(0);
    expect(readFileSync(data, 'utf8')).toBe(before);
  });
});
