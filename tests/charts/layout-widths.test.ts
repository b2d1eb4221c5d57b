import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_WIDTHS,
  MAX_LAYOUT_SCALE,
  boxRange,
  drawnSize,
  layoutWidthFor,
  layoutsCss,
  maxDrawnWidth,
} from '../../src/charts/shared/layout-widths.ts';

describe('layout widths', () => {
  it('are ascending, start at the narrowest chart width and grow by at most 1.26× a step', () => {
    expect(LAYOUT_WIDTHS[0]).toBe(280);
    for (let i = 1; i < LAYOUT_WIDTHS.length; i++) {
      const ratio = LAYOUT_WIDTHS[i]! / LAYOUT_WIDTHS[i - 1]!;
      expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThanOrEqual(1.26);
    }
  });

  it('give a box the widest layout that fits, the narrowest below it', () => {
    expect(layoutWidthFor(0)).toBe(280);
    expect(layoutWidthFor(256)).toBe(280);
    expect(layoutWidthFor(349.99)).toBe(280);
    expect(layoutWidthFor(350)).toBe(350);
    expect(layoutWidthFor(439.5)).toBe(350);
    expect(layoutWidthFor(1256)).toBe(1080);
    expect(layoutWidthFor(5000)).toBe(1080);
    for (let box = 200; box <= 1600; box += 0.5) {
      const w = layoutWidthFor(box);
      const { min, max } = boxRange(w);
      if (min !== null) expect(box).toBeGreaterThanOrEqual(min);
      if (max !== null) expect(box).toBeLessThan(max);
    }
  });

  it('scale a drawing by at most the step to the next width, and up to 1.25× for the widest', () => {
    for (let box = 280; box <= 2000; box += 1) {
      const w = layoutWidthFor(box);
      const { scale, width, height } = drawnSize(w, 400, box);
      expect(scale).toBeGreaterThanOrEqual(1);
      expect(scale).toBeLessThanOrEqual(1.26);
      expect(width).toBeLessThanOrEqual(box);
      expect(height).toBeCloseTo(400 * scale, 6);
    }
    expect(maxDrawnWidth(1080)).toBe(1080 * MAX_LAYOUT_SCALE);
    expect(maxDrawnWidth(280)).toBe(350);
    // A 280 px frame leaves 256 px: the narrowest drawing shrinks to fit.
    expect(drawnSize(280, 300, 256).scale).toBeCloseTo(256 / 280, 6);
  });

  it('styles/layouts.css shows exactly one layout in every box width, as layoutWidthFor picks', () => {
    const css = layoutsCss();
    const queries = [
      ...css.matchAll(/@container \(([^)]*)\) \{\s*[^[]*\[data-layout-width='(\d+)'\]/g),
    ].map(([, q, w]) => ({ q: q!, w: Number(w) }));
    expect(queries.map((x) => x.w)).toEqual([...LAYOUT_WIDTHS]);
    // "(A px <= width < B px)", "(width < B px)", "(width >= A px)"
    const matches = (q: string, box: number) => {
      const lower = /(\d+)px <= width|width >= (\d+)px/.exec(q);
      const upper = /width < (\d+)px/.exec(q);
      const lo = lower ? Number(lower[1] ?? lower[2]) : -Infinity;
      const hi = upper ? Number(upper[1]) : Infinity;
      return box >= lo && box < hi;
    };
    for (let box = 200; box <= 1600; box += 0.25) {
      const shown = queries.filter((x) => matches(x.q, box)).map((x) => x.w);
      expect(shown).toEqual([layoutWidthFor(box)]);
    }
  });

  it('the generated stylesheet is up to date', () => {
    const file = readFileSync(join(import.meta.dirname, '../../src/styles/layouts.css'), 'utf8');
    expect(file).toBe(layoutsCss());
  });
});
