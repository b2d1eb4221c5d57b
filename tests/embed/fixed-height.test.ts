import { describe, expect, it } from 'vitest';
import table from '../../src/embed/fixed-heights.json' with { type: 'json' };
import {
  FIXED_HEIGHT_MARGIN,
  fixedHeight,
  fixedHeightFor,
  type FixedHeights,
} from '../../src/embed/fixed-height.ts';
import { CHART_IDS } from '../../src/charts/types.ts';

const heights: FixedHeights = {
  widths: [280, 1280],
  pages: { 'embed/troops/': 1110, 'embed/troops/en/estimates/': 1300, 'embed/routes/': 1340 },
};

describe('fixedHeight', () => {
  it('is the measured maximum plus a margin, rounded up to 10 px', () => {
    expect(fixedHeightFor(1079.7)).toBe(Math.ceil((1079.7 + FIXED_HEIGHT_MARGIN) / 10) * 10);
    expect(fixedHeightFor(1086)).toBe(1110);
    expect(fixedHeightFor(1086.1)).toBe(1120);
  });

  it('gives each page its own entry', () => {
    expect(fixedHeight('embed/troops/', heights)).toBe(1110);
    expect(fixedHeight('embed/routes/', heights)).toBe(1340);
  });

  it('gives a page not measured yet the tallest of its chart, else of all: never too short', () => {
    expect(fixedHeight('embed/troops/en/', heights)).toBe(1300);
    expect(fixedHeight('embed/missiles/', heights)).toBe(1340);
    expect(fixedHeight('embed/x/', { widths: [280, 1280], pages: {} })).toBe(2000);
  });

  it('has an entry for every chart’s default page, measured over 280–1280 px', () => {
    const t = table as FixedHeights;
    expect(t.widths).toEqual([280, 1280]);
    for (const id of CHART_IDS) {
      expect(t.pages[`embed/${id}/`], id).toBeGreaterThan(200);
      expect(t.pages[`embed/${id}/`], id).toBeLessThanOrEqual(5000);
    }
  });
});
