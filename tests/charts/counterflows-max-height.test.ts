import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import {
  COUNTERFLOW_STATES,
  COUNTERFLOWS_DENSITIES,
  layoutCounterflows,
  layoutCounterflowsAt,
  otherReturns,
} from '../../src/charts/counterflows/layout.ts';
import { meta } from '../../src/charts/counterflows/meta.ts';
import { expectClearOf, expectLegibleLabels } from './helpers.ts';

const data = loadDatasetFile();
// StickyGraphic's drawing heights (Chromium): 320 × 640 → 214, 390 × 844 → 335, 1280 × 800 → 570.
const STORY = [
  [320, 214],
  [390, 335],
  [1280, 570],
] as const;
/**
 * `reported` at 320 × 640: five labelled oil bars, cap and axis need about 300 px even folded
 * (the tiles fold to their header); the folded layout's height, the smallest there is.
 */
const REPORTED_MIN_AT_320 = 310;

describe('layoutCounterflows with maxHeight (sticky graphic)', () => {
  for (const [width, maxHeight] of STORY)
    for (const state of COUNTERFLOW_STATES)
      it(`${state} at ${width}×${maxHeight}: fits (or is the smallest), legible, nothing lost`, () => {
        for (const lang of ['de', 'en'] as const) {
          const where = `${width}/${maxHeight} ${state} ${lang}`;
          const l = layoutCounterflows(data, { width, state, lang, maxHeight });
          expectLegibleLabels(l.visibleLabels, width, where);
          // Labels stay off the oil bars; tile labels stay inside their own tile.
          const bars = l.oil.bars.filter((b) => b.visible).map((b) => b.bar);
          expectClearOf(l.visibleLabels, bars, where);
          for (const t of l.other.tiles.filter((x) => x.visible))
            for (const label of [...t.labels, t.figure]) {
              expect(label.box.x, where).toBeGreaterThanOrEqual(t.box.x);
              expect(label.box.x + label.box.width, where).toBeLessThanOrEqual(
                t.box.x + t.box.width,
              );
              expect(label.box.y + label.box.height, where).toBeLessThanOrEqual(
                t.box.y + t.box.height,
              );
            }
          // Every return is still a tile (drawn or folded into the header) and in the table.
          expect(l.other.tiles).toHaveLength(otherReturns(data).length);
          if (l.other.tiles.some((t) => !t.visible))
            expect(l.other.header.text).toContain(String(otherReturns(data).length));
          if (width === 320 && state === 'reported' && l.height > maxHeight) {
            expect(l.density, where).toBe('folded');
            expect(l.height, where).toBeLessThanOrEqual(REPORTED_MIN_AT_320);
          } else expect(l.height, where).toBeLessThanOrEqual(maxHeight);
        }
      });

  it('keeps the full layout when it fits and picks the most detailed density that fits', () => {
    expect(layoutCounterflows(data, { width: 390, state: 'oil', maxHeight: 5000 })).toEqual(
      layoutCounterflows(data, { width: 390, state: 'oil' }),
    );
    for (const [width, maxHeight] of STORY)
      for (const state of COUNTERFLOW_STATES) {
        const options = { width, state, lang: 'de' as const };
        const chosen = layoutCounterflows(data, { ...options, maxHeight });
        const heights = COUNTERFLOWS_DENSITIES.map(
          (d) => layoutCounterflowsAt(data, options, d).height,
        );
        const index = COUNTERFLOWS_DENSITIES.indexOf(chosen.density);
        for (let i = 0; i < index; i++) expect(heights[i]).toBeGreaterThan(maxHeight);
        for (let i = 1; i < heights.length; i++)
          expect(heights[i]).toBeLessThanOrEqual(heights[i - 1] ?? 0);
      }
  });

  it('a folded section says what it holds; the table still lists every return', () => {
    const oilFolded = layoutCounterflowsAt(data, { width: 320, state: 'other' }, 'folded');
    expect(oilFolded.oil.folded).toBe(true);
    expect(oilFolded.oil.header.text).toMatch(/über 1 Mio\. Barrel/);
    expect(oilFolded.oil.cap).toBeNull();
    const tilesFolded = layoutCounterflowsAt(data, { width: 320, state: 'oil' }, 'folded');
    expect(tilesFolded.other.tiles.every((t) => !t.visible)).toBe(true);
    const table = meta.table(data, 'de');
    for (const t of otherReturns(data)) expect(JSON.stringify(table.rows)).toContain(t.label.de);
  });
});
