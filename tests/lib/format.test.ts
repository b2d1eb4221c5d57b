import { shortPeriod } from '../../src/charts/shared/time.ts';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatNumber,
  formatPeriod,
  formatQuantity,
  qualifierWord,
} from '../../src/lib/format.ts';
import type { Quantity } from '../../src/data/schema.ts';

describe('formatNumber()', () => {
  it('groups thousands per language', () => {
    expect(formatNumber(14000, 'de')).toBe('14.000');
    expect(formatNumber(14000, 'en')).toBe('14,000');
  });
  it('compacts millions as newspapers write them', () => {
    expect(formatNumber(9_000_000, 'de', { compact: true })).toBe('9 Mio.');
    expect(formatNumber(9_000_000, 'en', { compact: true })).toBe('9 million');
    expect(formatNumber(4_800_000, 'de', { compact: true })).toBe('4,8 Mio.');
    expect(formatNumber(4_800_000, 'en', { compact: true })).toBe('4.8 million');
  });
  it('leaves numbers below a million in full even when compact', () => {
    expect(formatNumber(500_000, 'de', { compact: true })).toBe('500.000');
  });
  it('prints a dash for non-finite input rather than NaN', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });
});

describe('formatAmount() for every qualifier', () => {
  const cases: [Quantity, string, string][] = [
    [{ qualifier: 'exact', value: 49 }, '49', '49'],
    [{ qualifier: 'about', value: 3000 }, 'rund 3.000', 'about 3,000'],
    [{ qualifier: 'at-least', value: 100 }, 'mindestens 100', 'at least 100'],
    [{ qualifier: 'over', value: 11000 }, 'über 11.000', 'over 11,000'],
    [{ qualifier: 'up-to', value: 4_800_000 }, 'bis zu 4,8 Mio.', 'up to 4.8 million'],
    [{ qualifier: 'up-to-about', value: 9_000_000 }, 'bis zu rund 9 Mio.', 'as many as 9 million'],
    [{ qualifier: 'nearly', value: 11000 }, 'fast 11.000', 'nearly 11,000'],
    [{ qualifier: 'range', low: 50, high: 100 }, '50 bis 100', '50 to 100'],
    [{ qualifier: 'not-quantified' }, 'nicht beziffert', 'not quantified'],
  ];
  for (const [q, de, en] of cases) {
    it(`${q.qualifier} → "${de}" / "${en}"`, () => {
      expect(formatAmount(q, 'de', { compact: true })).toBe(de);
      expect(formatAmount(q, 'en', { compact: true })).toBe(en);
    });
  }
  it('uses the source wording for not-quantified figures that have one', () => {
    const q: Quantity = {
      qualifier: 'not-quantified',
      wording: { de: 'mehrere Dutzend', en: 'several dozen' },
    };
    expect(formatAmount(q, 'de')).toBe('mehrere Dutzend');
    expect(formatAmount(q, 'en')).toBe('several dozen');
  });
});

describe('formatQuantity()', () => {
  it('adds the unit in the right number', () => {
    expect(formatQuantity({ qualifier: 'over', value: 11000 }, 'soldiers', 'de')).toBe(
      'über 11.000 Soldaten',
    );
    expect(formatQuantity({ qualifier: 'at-least', value: 1 }, 'systems', 'en')).toBe(
      'at least 1 system',
    );
    expect(
      formatQuantity({ qualifier: 'up-to-about', value: 9e6 }, 'rounds', 'de', { compact: true }),
    ).toBe('bis zu rund 9 Mio. Schuss');
  });
  it('drops the unit for figures that are not quantified', () => {
    expect(formatQuantity({ qualifier: 'not-quantified' }, 'systems', 'en')).toBe('not quantified');
  });
});

describe('qualifierWord()', () => {
  it('names range and not-quantified too', () => {
    expect(qualifierWord('range', 'de')).toBe('zwischen');
    expect(qualifierWord('not-quantified', 'en')).toBe('not quantified');
  });
});

describe('formatDate() and formatPeriod()', () => {
  it('formats days and months without time-zone drift', () => {
    expect(formatDate('2025-05-29', 'de')).toBe('29. Mai 2025');
    expect(formatDate('2025-05-29', 'en')).toBe('29 May 2025');
    expect(formatDate('2024-10', 'de')).toBe('Oktober 2024');
    expect(formatDate('2024-03', 'en', { short: true })).toBe('Mar 2024');
  });
  it('formats periods within and across years', () => {
    expect(formatPeriod({ start: '2024-03', end: '2024-10' }, 'de')).toBe('März bis Oktober 2024');
    expect(formatPeriod({ start: '2024-10', end: '2025-02' }, 'en')).toBe(
      'October 2024 to February 2025',
    );
    expect(formatPeriod({ start: '2024-01', end: '2024-01' }, 'en')).toBe('January 2024');
  });
  it('says "since" for a period the source gives only a start for, and never invents its end', () => {
    expect(formatPeriod({ start: '2023-09' }, 'de')).toBe('seit September 2023');
    expect(formatPeriod({ start: '2023-09' }, 'en')).toBe('since September 2023');
    expect(shortPeriod({ start: '2023-09' }, 'de')).toMatch(/^seit Sep.* 2023$/);
    expect(shortPeriod({ start: '2023-09' }, 'en')).toMatch(/^since Sep.* 2023$/);
  });
  it("prints the source's own words for a period that names no months", () => {
    const early2025 = {
      start: '2025-01',
      wording: { de: 'Anfang 2025', en: 'early 2025' },
    };
    expect(formatPeriod(early2025, 'de')).toBe('Anfang 2025');
    expect(formatPeriod(early2025, 'en')).toBe('early 2025');
    expect(shortPeriod(early2025, 'en')).toBe('early 2025');
  });
});
