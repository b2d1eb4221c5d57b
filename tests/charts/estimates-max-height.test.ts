import { describe, expect, it } from 'vitest';
import { findOverlaps, textBox } from '../../src/charts/shared/labels.ts';
import { MIN_FONT_SIZE } from '../../src/charts/shared/colors.ts';
import { textWidth } from '../../src/charts/shared/text.ts';
import {
  ESTIMATES_DENSITIES,
  layoutEstimatesAt,
  visibleTexts,
  type EstimatesLayout,
  type TextMark,
} from '../../src/charts/kinds/estimates/layout.ts';
import { statements } from '../../src/charts/kinds/estimates/select.ts';
import { layoutEstimatesChart, estimatesSeries } from '../../src/charts/kinds/estimates/chart.ts';
import { MISSILES } from '../../src/charts/missiles/meta.ts';
import { ARTILLERY } from '../../src/charts/artillery/meta.ts';
import {
  ammunitionSeries,
  isotypeTexts,
  layoutAmmunition,
} from '../../src/charts/ammunition/layout.ts';
import { testData } from './estimates.fixture.ts';
import { STICKY_BOXES } from './helpers.ts';

const data = testData();
// The sticky graphic's drawing boxes (width × maxHeight), as measured in Chromium.
const STORY = STICKY_BOXES.map((b) => [b.width, b.height] as const);

const box = (t: TextMark) =>
  textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor);

function expectLegible(layout: EstimatesLayout, where: string) {
  const texts = visibleTexts(layout);
  expect(findOverlaps(texts.map(box)), where).toEqual([]);
  for (const t of texts) {
    expect(t.size, where).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    const b = box(t);
    expect(b.x, `${where} "${t.text}"`).toBeGreaterThanOrEqual(-0.5);
    expect(b.x + b.width, `${where} "${t.text}"`).toBeLessThanOrEqual(layout.width + 0.5);
    expect(b.y + b.height, `${where} "${t.text}"`).toBeLessThanOrEqual(layout.height);
  }
}

type Make = (w: number, view: 'msmt' | 'estimates', h?: number) => EstimatesLayout;
const charts: [string, Make, () => number, readonly ('msmt' | 'estimates')[]][] = [
  [
    'missiles',
    (w, v, h) =>
      layoutEstimatesChart(MISSILES, data, { width: w, state: v, lang: 'de', maxHeight: h }),
    () => statements(estimatesSeries(MISSILES, data).estimates).length,
    ['msmt', 'estimates'],
  ],
  [
    'artillery',
    (w, v, h) =>
      layoutEstimatesChart(ARTILLERY, data, { width: w, state: v, lang: 'en', maxHeight: h }),
    () => statements(estimatesSeries(ARTILLERY, data).estimates).length,
    ['msmt', 'estimates'],
  ],
  [
    'ammunition',
    (w, _v, h) => {
      const l = layoutAmmunition(data, { width: w, state: 'estimates', lang: 'de', maxHeight: h });
      if (l.kind !== 'estimates') throw new Error('expected the estimates layout');
      return l.layout;
    },
    () => statements(ammunitionSeries(data).estimates).length,
    ['estimates'],
  ],
];

describe('estimates charts with maxHeight (sticky graphic)', () => {
  for (const [name, make, count, views] of charts)
    for (const [width, maxHeight] of STORY)
      for (const view of views)
        it(`${name} at ${width}×${maxHeight} (${view}): fits, legible, every row kept`, () => {
          const where = `${name} ${width}/${maxHeight} ${view}`;
          const l = make(width, view, maxHeight);
          expectLegible(l, where);
          // Every bar (stacked parts end to end too) ends on the value scale, inside the drawing.
          for (const bar of l.rows.flatMap((r) => r.bars))
            expect(bar.x + bar.width, `${where} ${bar.key}`).toBeLessThanOrEqual(l.x1 + 0.5);
          expect(l.rows.filter((r) => r.kind === 'estimate')).toHaveLength(count());
          expect(l.height, where).toBeLessThanOrEqual(maxHeight);
          // Every visible row says its figure in full: nothing cut.
          for (const row of l.rows.filter((r) => r.visible))
            expect(row.texts[0]?.text, `${where} ${row.key}`).not.toMatch(/…/);
        });

  it('keeps the full layout when it fits, and picks the most detailed density that fits', () => {
    const roomy = layoutEstimatesChart(MISSILES, data, {
      width: 390,
      state: 'estimates',
      lang: 'de',
    });
    expect(roomy.density).toBe('full');
    expect(
      layoutEstimatesChart(MISSILES, data, {
        width: 390,
        state: 'estimates',
        lang: 'de',
        maxHeight: 2000,
      }),
    ).toEqual(roomy);
    for (const [width, maxHeight] of STORY) {
      const capped = layoutEstimatesChart(ARTILLERY, data, {
        width,
        state: 'estimates',
        lang: 'en',
        maxHeight,
      });
      const chosen = ESTIMATES_DENSITIES.indexOf(capped.density);
      const opts = {
        series: estimatesSeries(ARTILLERY, data),
        direction: 'dprk-to-russia' as const,
        width,
        lang: 'en' as const,
        view: 'estimates' as const,
        groupMode: 'stack' as const,
      };
      // Every more detailed density would not have fitted; each denser one is no taller.
      const heights = ESTIMATES_DENSITIES.map((d) => layoutEstimatesAt(opts, d).height);
      for (let i = 0; i < chosen; i++) expect(heights[i]).toBeGreaterThan(maxHeight);
      for (let i = 1; i < heights.length; i++)
        expect(heights[i]).toBeLessThanOrEqual(heights[i - 1] ?? 0);
      expect(capped.height).toBe(heights[chosen]);
    }
  });

  it('compact rows keep the date and estimator; denser rows keep everything in the row title', () => {
    const compact = layoutEstimatesChart(MISSILES, data, {
      width: 1280,
      state: 'estimates',
      lang: 'de',
      maxHeight: 470,
    });
    expect(['compact', 'even']).toContain(compact.density);
    for (const row of compact.rows.filter((r) => r.kind === 'estimate')) {
      expect(row.texts).toHaveLength(2);
      expect(row.texts[1]?.text).toMatch(/·/);
    }
    const full = layoutEstimatesChart(MISSILES, data, {
      width: 1280,
      state: 'estimates',
      lang: 'de',
    });
    const densest = layoutEstimatesChart(MISSILES, data, {
      width: 288,
      state: 'estimates',
      lang: 'de',
      maxHeight: 100,
    });
    expect(densest.density).toBe('list');
    expect(densest.rows.map((r) => r.title)).toEqual(full.rows.map((r) => r.title));
  });

  it('list rows: the figure and date on one line, the thin bar under it, all inside the row', () => {
    const l = layoutAmmunition(data, {
      width: 288,
      state: 'estimates',
      lang: 'de',
      maxHeight: 213,
    });
    if (l.kind !== 'estimates') throw new Error('expected the estimates layout');
    expect(l.layout.density).toBe('list');
    expect(l.layout.timeline).toBeNull();
    expect(l.layout.valueTicks).toEqual([]);
    for (const row of l.layout.rows.filter((r) => r.visible)) {
      expect(row.texts).toHaveLength(1);
      const t = row.texts[0]!;
      expect(t.text).toMatch(row.kind === 'msmt' ? /^MSMT/ : / · /);
      const text = box(t);
      const bottom = row.y + row.height;
      for (const bar of row.bars) {
        expect(bar.y, row.key).toBeGreaterThanOrEqual(text.y + text.height);
        expect(bar.y + bar.height, row.key).toBeLessThanOrEqual(bottom);
      }
      if (row.openEnd) {
        expect(row.openEnd.y - (row.openEnd.half ?? 5)).toBeGreaterThanOrEqual(
          text.y + text.height - 1,
        );
        expect(row.openEnd.y + (row.openEnd.half ?? 5)).toBeLessThanOrEqual(bottom);
      }
      if (row.cap) {
        expect(row.cap.y0).toBeGreaterThanOrEqual(text.y + text.height - 1);
        expect(row.cap.y1).toBeLessThanOrEqual(bottom);
      }
    }
  });
});

describe('ammunition isotype states with maxHeight', () => {
  for (const [width, maxHeight] of STORY)
    for (const state of ['msmt', 'voyages'] as const)
      it(`${state} at ${width}×${maxHeight} fits, legible, nothing cut`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutAmmunition(data, { width, state, lang, maxHeight });
          if (l.kind === 'estimates') throw new Error('expected the isotype layout');
          expect(l.height).toBeLessThanOrEqual(maxHeight);
          const texts = isotypeTexts(l);
          expect(texts.every((t) => t.size >= MIN_FONT_SIZE)).toBe(true);
          expect(findOverlaps(texts.map(box))).toEqual([]);
          for (const t of texts) {
            expect(t.text).not.toMatch(/…/);
            expect(box(t).x + box(t).width).toBeLessThanOrEqual(l.width + 0.5);
          }
          // Every figure is there: the squares, or the line they fold to, names the rounds.
          expect(texts.map((t) => t.text).join(' ')).toMatch(
            lang === 'de' ? /9 Mio\. Schuss/ : /9 million/,
          );
          if (state === 'voyages')
            expect(l.records.filter((r) => r.visible).map((r) => r.id)).toHaveLength(3);
        }
      });

  it('folds the squares only in the voyages state of a short box, never in the msmt state', () => {
    const folded = layoutAmmunition(data, {
      width: 288,
      state: 'voyages',
      lang: 'de',
      maxHeight: 213,
    });
    const msmt = layoutAmmunition(data, { width: 288, state: 'msmt', lang: 'de', maxHeight: 213 });
    const roomy = layoutAmmunition(data, { width: 557, state: 'voyages', lang: 'de' });
    if (folded.kind !== 'isotype' || msmt.kind !== 'isotype' || roomy.kind !== 'isotype')
      throw new Error('expected isotype layouts');
    expect(folded.density).toBe('compact');
    expect(folded.showSquares).toBe(false);
    expect(msmt.showSquares).toBe(true);
    expect(roomy.density).toBe('full');
    expect(roomy.showSquares).toBe(true);
  });
});
