/**
 * The hand-written number format equals Intl.NumberFormat for both pages' locales and both
 * precisions the pages use, on random doubles of every magnitude and on the rounding edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/lib/group-digits.ts';

const CASES = [
  { locale: 'de-DE', separators: { group: '.', decimal: ',' } },
  { locale: 'en-GB', separators: { group: ',', decimal: '.' } },
] as const;

describe.each(CASES)('groupDigits as Intl.NumberFormat($locale)', ({ locale, separators }) => {
  it.each([0, 1])('maximumFractionDigits %i: equal on random and edge values', (digits) => {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    const same = (n: number) => {
      const ours = groupDigits(n, digits, separators);
      if (ours !== undefined) expect(ours, String(n)).toBe(intl.format(n));
    };
    for (const n of [
      0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 1.15, 1.05, 9.95, 99.95, 999.5, 999.95, 1000, 9999.5,
      14000, 1234567.89, -0.4, -0.04, 1e20, 123456789012345680000, 0.000001,
    ])
      same(n);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => same(n)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, c) =>
        same(i + c / 100),
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves what it cannot write without an exponent to Intl', () => {
    expect(groupDigits(1e21, 0, separators)).toBeUndefined();
    expect(groupDigits(1e-7, 1, separators)).toBeUndefined();
    expect(groupDigits(Number.NaN, 0, separators)).toBeUndefined();
    expect(groupDigits(Number.POSITIVE_INFINITY, 0, separators)).toBeUndefined();
  });
});
