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
import { STICKY_BOXES, expectClearOf, expectLegibleLabels } from './helpers.ts';

const data = loadDatasetFile();
// The sticky graphic's drawing boxes (width × maxHeight), as measured in Chromium.
const STORY = STICKY_BOXES.map((b) => [b.width, b.height] as const);

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
          expect(l.height, where).toBeLessThanOrEqual(maxHeight);
          // Every oil bar the state shows keeps its value on it, at any density.
          for (const b of l.oil.bars.filter((x) => x.visible))
            expect(b.value.text, where).not.toBe('');
        }
      });

  it('keeps the full layout when it fits and picks the most detailed density that fits', () => {
    expect(
      layoutCounterflows(data, { width: 390, state: 'oil', lang: 'de', maxHeight: 5000 }),
    ).toEqual(layoutCounterflows(data, { width: 390, state: 'oil', lang: 'de' }));
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

  it('the tight layout labels each bar with its value instead of an axis, the cap on one line', () => {
    const tight = layoutCounterflowsAt(
      data,
      { width: 288, state: 'reported', lang: 'de' },
      'tight',
    );
    expect(tight.oil.axis).toEqual([]);
    expect(tight.oil.cap?.labels).toHaveLength(1);
    expect(tight.oil.cap?.labels[0]?.text).toMatch(/UN-Obergrenze: 500\.000 Barrel/);
    // The cap's line starts under its label.
    const label = tight.oil.cap!.labels[0]!;
    expect(tight.oil.cap!.top).toBeGreaterThanOrEqual(label.box.y + label.box.height);
    expect(label.box.x).toBeLessThanOrEqual(tight.oil.cap!.x);
    expect(label.box.x + label.box.width).toBeGreaterThanOrEqual(tight.oil.cap!.x);
    for (const b of tight.oil.bars) expect(b.value.fontSize).toBeGreaterThanOrEqual(12);
  });

  it('a folded section says what it holds; the table still lists every return', () => {
    const oilFolded = layoutCounterflowsAt(
      data,
      { width: 320, state: 'other', lang: 'de' },
      'folded',
    );
    expect(oilFolded.oil.folded).toBe(true);
    expect(oilFolded.oil.header.text).toMatch(/über 1 Mio\. Barrel/);
    expect(oilFolded.oil.cap).toBeNull();
    const tilesFolded = layoutCounterflowsAt(
      data,
      { width: 320, state: 'oil', lang: 'de' },
      'folded',
    );
    expect(tilesFolded.other.tiles.every((t) => !t.visible)).toBe(true);
    // Named in full, never cut: "5 weitere Posten".
    expect(tilesFolded.other.header.text).toMatch(/5 weitere Posten/);
    expect(tilesFolded.other.header.text).not.toContain('…');
    const table = meta.table(data, 'de');
    for (const t of otherReturns(data)) expect(JSON.stringify(table.rows)).toContain(t.label.de);
  });
});
