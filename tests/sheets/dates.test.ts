import { describe, expect, it } from 'vitest';
import { readDateSerial, readDateText, readDateValue } from '../../src/data/sheet/dates.ts';

const ok = (text: string) => ({ ok: true, text });
const base = (text: string) => (t: string) => t === text;

describe('dates a spreadsheet reformatted', () => {
  it('reads months back from what German and English Excel show and save', () => {
    for (const shown of [
      '2024-10',
      'Okt 24',
      'Okt. 24',
      'Oktober 2024',
      'Oct-24',
      'okt-24',
      '10.2024',
      '10/2024',
      '01.10.2024',
      '1.10.24',
      '2024-10-01',
    ])
      expect(readDateText(shown, 'month'), shown).toEqual(ok('2024-10'));
    expect(readDateText('Mär 25', 'month')).toEqual(ok('2025-03'));
    expect(readDateText('Dez 24', 'month')).toEqual(ok('2024-12'));
  });

  it('reads days back, and refuses a day where a month belongs', () => {
    for (const shown of [
      '2025-04-30',
      '30.04.2025',
      '30.4.25',
      '30-Apr-25',
      '30. April 2025',
      'Apr 30, 2025',
      '4/30/2025',
      '30/4/2025',
      '45777',
    ])
      expect(readDateText(shown, 'date'), shown).toEqual(ok('2025-04-30'));
    expect(readDateText('30.04.2025', 'month')).toMatchObject({
      ok: false,
      message: expect.stringContaining('found a day (2025-04-30)') as string,
    });
    expect(readDateText('Okt 24', 'date')).toMatchObject({ ok: false });
  });

  it('keeps the month the export had when a spreadsheet padded it with the 1st', () => {
    expect(readDateText('01.05.2025', 'month-or-date', base('2025-05'))).toEqual(ok('2025-05'));
    expect(readDateText('01.05.2025', 'month-or-date', base('2025-05-01'))).toEqual(
      ok('2025-05-01'),
    );
    expect(readDateText('01.05.2025', 'month-or-date')).toEqual(ok('2025-05-01'));
    expect(readDateText('Mai 25', 'month-or-date')).toEqual(ok('2025-05'));
    // ISO text is exactly what was typed.
    expect(readDateText('2025-05-01', 'month-or-date', base('2025-05'))).toEqual(ok('2025-05-01'));
  });

  it('settles 03/04/2025 by the export, and asks when nothing tells', () => {
    expect(readDateText('03/04/2025', 'date', base('2025-04-03'))).toEqual(ok('2025-04-03'));
    expect(readDateText('03/04/2025', 'date', base('2025-03-04'))).toEqual(ok('2025-03-04'));
    expect(readDateText('03/04/2025', 'date')).toMatchObject({
      ok: false,
      message: expect.stringContaining('2025-03-04 or 2025-04-03') as string,
    });
  });

  it('reads typed date cells and serials', () => {
    const oct = new Date(Date.UTC(2024, 9, 1));
    expect(readDateValue(oct, 'month', 'month')).toEqual(ok('2024-10'));
    expect(readDateValue(oct, 'month-or-date', 'month')).toEqual(ok('2024-10'));
    expect(readDateValue(oct, 'month-or-date', 'day')).toEqual(ok('2024-10-01'));
    expect(readDateValue(oct, 'month-or-date', undefined, base('2024-10'))).toEqual(ok('2024-10'));
    expect(readDateSerial(45777, 'date')).toEqual(ok('2025-04-30'));
    expect(readDateSerial(45566, 'month')).toEqual(ok('2024-10'));
    expect(readDateSerial(1.5, 'date')).toMatchObject({ ok: false });
  });

  it('refuses what is no date, or no such date', () => {
    expect(readDateText('Herbst 2024', 'month')).toMatchObject({
      ok: false,
      message: 'expected a month YYYY-MM, found "Herbst 2024"',
    });
    expect(readDateText('31.02.2025', 'date')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no such date') as string,
    });
    expect(readDateText('2024-13', 'month')).toMatchObject({ ok: false });
  });
});
