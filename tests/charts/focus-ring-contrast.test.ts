/**
 * The focus ring of a chart mark (Mark.tsx, styles/charts.css) is a 2 px line in the focus colour
 * on a wider halo in the background colour, so what lies next to the line is always the background,
 * whatever mark it crosses; the chart's own outline (after Escape) sits on the page. WCAG 2.2
 * (1.4.11, 2.4.13) asks for 3:1 against what is adjacent, in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES, colors } from '../../src/styles/tokens.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('focus ring contrast', () => {
  it('computes WCAG contrast ratios (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });

  it.each(THEMES)(
    '%s: the ring line clears 3:1 on its halo and every surface a chart sits on',
    (theme) => {
      const c = colors[theme];
      for (const behind of ['bg', 'surface', 'land', 'water'] as const)
        expect(contrast(c.focus, c[behind]), `focus on ${behind}`).toBeGreaterThanOrEqual(3);
    },
  );

  it('the stylesheet draws the ring in the focus colour on a halo of the background colour', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');
    expect(css).toMatch(/\.chart-mark__ring-halo\s*{[^}]*stroke:\s*var\(--color-bg\)/);
    expect(css).toMatch(/\.chart-mark__ring-line\s*{[^}]*stroke:\s*var\(--color-focus\)/);
    expect(css).toMatch(
      /\.chart-mark:focus-visible\s*>\s*\.chart-mark__ring\s*{[^}]*visibility:\s*visible/,
    );
  });
});
