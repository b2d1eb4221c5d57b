/**
 * The characters the build keeps in the subset fonts: the piece's own text plus whatever the
 * browser writes at run time. Every number and date format the charts use, in both languages,
 * over a wide range of values, must be covered without being in any source file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontText, RUNTIME_CHARS } from '../../scripts/fonts/font-text.ts';
import { formatNumber, formatPeriod } from '../../src/lib/format.ts';
import { LANGS } from '../../src/lib/i18n.ts';

const runtime = new Set(fontText([]));

describe('fontText', () => {
  it('covers every formatted number, in full and compact, in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom(...LANGS),
        fc.boolean(),
        (n, lang, compact) => {
          for (const ch of formatNumber(n, lang, { compact })) expect(runtime).toContain(ch);
        },
      ),
    );
  });

  it('covers formatted periods (months, ranges) in both languages', () => {
    for (const lang of LANGS)
      for (const period of [
        { start: '2024-10', end: '2024-12' },
        { start: '2023-09', end: '2025-05' },
        { start: '2024-01', end: '2024-01' },
      ])
        for (const ch of formatPeriod(period, lang).replace(/[A-Za-zÄÖÜäöüß]/g, ''))
          expect(runtime).toContain(ch);
  });

  it('adds the characters of the given texts, once each, sorted, without control characters', () => {
    const text = fontText(['Zürich → Kyjiw', 'Ærø\u0007\n', 'ß']);
    for (const ch of 'üÆøß→') expect(text).toContain(ch);
    expect([...text].filter((c) => c.codePointAt(0)! < 0x20)).toEqual([]);
    expect(new Set(text).size).toBe([...text].length);
    const codes = [...text].map((c) => c.codePointAt(0)!);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    for (const ch of RUNTIME_CHARS) expect(text).toContain(ch);
  });
});
