import { describe, expect, it } from 'vitest';
import { findOverlaps, textBox } from '../../src/charts/shared/labels.ts';
import { MIN_FONT_SIZE } from '../../src/charts/shared/colors.ts';
import { textWidth } from '../../src/charts/shared/text.ts';
import {
  layoutEstimates,
  visibleTexts,
  type EstimatesLayout,
  type TextMark,
} from '../../src/charts/kinds/estimates/layout.ts';
import { selectSeries, statements } from '../../src/charts/kinds/estimates/select.ts';
import { layoutEstimatesChart, estimatesSeries } from '../../src/charts/kinds/estimates/chart.ts';
import { MISSILES } from '../../src/charts/missiles/meta.ts';
import { ARTILLERY } from '../../src/charts/artillery/meta.ts';
import { ammunitionSeries, layoutAmmunition } from '../../src/charts/ammunition/layout.ts';
import { fixture, testData } from './estimates.fixture.ts';

const WIDTHS = [320, 390, 768, 1280];
const data = testData();

const box = (t: TextMark) =>
  textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor);

const layouts: [string, (w: number, view: 'msmt' | 'estimates') => EstimatesLayout][] = [
  ['missiles', (w, v) => layoutEstimatesChart(MISSILES, data, { width: w, state: v, lang: 'de' })],
  [
    'artillery',
    (w, v) => layoutEstimatesChart(ARTILLERY, data, { width: w, state: v, lang: 'en' }),
  ],
  [
    'ammunition',
    (w) => {
      const l = layoutAmmunition(data, { width: w, state: 'estimates', lang: 'de' });
      if (l.kind !== 'estimates') throw new Error('expected the estimates layout');
      return l.layout;
    },
  ],
];

describe('layoutEstimates()', () => {
  for (const [name, make] of layouts)
    for (const width of WIDTHS)
      for (const view of ['msmt', 'estimates'] as const)
        it(`${name} at ${width}px (${view}): labels clear, ≥ 12 px, inside the drawing`, () => {
          const layout = make(width, view);
          const texts = visibleTexts(layout);
          expect(texts.length).toBeGreaterThan(3);
          expect(findOverlaps(texts.map(box))).toEqual([]);
          for (const t of texts) {
            expect(t.size).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
            const b = box(t);
            expect(b.x).toBeGreaterThanOrEqual(-0.5);
            expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 0.5);
            expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
          }
        });

  it('draws one row per statement plus the MSMT row, MSMT solid and estimates never', () => {
    const series = estimatesSeries(MISSILES, data);
    const layout = layoutEstimatesChart(MISSILES, data, {
      width: 390,
      state: 'estimates',
      lang: 'de',
    });
    expect(layout.rows).toHaveLength(statements(series.estimates).length + 1);
    const msmt = layout.rows.filter((r) => r.kind === 'msmt');
    expect(msmt).toHaveLength(1);
    expect(msmt[0]?.bars.every((b) => b.style === 'msmt')).toBe(true);
    expect(msmt[0]?.texts[0]?.text).toContain('MSMT');
    const estimateBars = layout.rows.filter((r) => r.kind === 'estimate').flatMap((r) => r.bars);
    expect(estimateBars.length).toBeGreaterThan(0);
    expect(estimateBars.some((b) => b.style === 'msmt')).toBe(false);
  });

  it('gives an at-least MSMT figure an open end and the reference line its value', () => {
    const layout = layoutEstimatesChart(MISSILES, data, {
      width: 768,
      state: 'estimates',
      lang: 'en',
    });
    const msmt = layout.rows.find((r) => r.kind === 'msmt');
    expect(msmt?.openEnd).not.toBeNull();
    expect(layout.reference.openEnd).toBe(true);
    expect(layout.reference.label.text).toBe('MSMT: at least 100');
    const bar = msmt?.bars[0];
    expect(bar && bar.x + bar.width).toBeCloseTo(layout.reference.x, 5);
  });

  it('hides estimates in the msmt view and puts the MSMT row first', () => {
    const layout = layoutEstimatesChart(ARTILLERY, data, { width: 390, state: 'msmt', lang: 'de' });
    const visible = layout.rows.filter((r) => r.visible);
    expect(visible.map((r) => r.kind)).toEqual(['msmt']);
    expect(layout.rows.filter((r) => !r.visible).every((r) => r.kind === 'estimate')).toBe(true);
  });

  it('flags conversions: hollow dashed bars and a "not a count" tag', () => {
    const layout = layoutAmmunition(data, { width: 390, state: 'estimates', lang: 'de' });
    if (layout.kind !== 'estimates') throw new Error('expected estimates');
    const series = ammunitionSeries(data);
    const converted = series.estimates.filter((e) => e.basis === 'conversion');
    expect(converted.length).toBeGreaterThan(0);
    for (const e of converted) {
      const row = layout.layout.rows.find((r) => r.ids.includes(e.id));
      expect(row?.bars.every((b) => b.style === 'conversion')).toBe(true);
      expect(row?.texts.some((t) => t.text === 'Umrechnung, keine Zählung')).toBe(true);
    }
  });

  it('stacks grouped artillery estimates end to end, keeping each part its own value', () => {
    const series = estimatesSeries(ARTILLERY, data);
    const grouped = statements(series.estimates).filter((s) => s.parts.length > 1);
    expect(grouped.length).toBeGreaterThan(0);
    const layout = layoutEstimatesChart(ARTILLERY, data, {
      width: 768,
      state: 'estimates',
      lang: 'de',
    });
    for (const g of grouped) {
      // Stored as separate records: no estimate in the dataset carries the sum.
      const sum = g.parts.reduce((s, p) => s + (p.quantity.value ?? 0), 0);
      expect(g.parts.every((p) => (p.quantity.value ?? 0) < sum)).toBe(true);
      const row = layout.rows.find((r) => r.key === g.key);
      const [a, b] = row?.bars ?? [];
      expect(a && b).toBeTruthy();
      if (a && b) expect(b.x).toBeCloseTo(a.x + a.width, 5);
    }
  });

  it('overlays nested missile estimates (supplied, of which fired), never adding them', () => {
    const layout = layoutEstimatesChart(MISSILES, data, {
      width: 768,
      state: 'estimates',
      lang: 'de',
    });
    const grouped = layout.rows.filter((r) => r.kind === 'estimate' && r.bars.length > 1);
    expect(grouped.length).toBeGreaterThan(0);
    for (const row of grouped) {
      expect(row.bars.every((b) => b.x === layout.x0)).toBe(true);
      expect(row.texts[0]?.text).toContain(' / ');
      expect(row.texts[0]?.text).not.toContain(' + ');
    }
  });

  it('draws a not-quantified estimate as a stub without a bar, with its wording', () => {
    const series = selectSeries(fixture, 'ballistic-missiles', 'ballistic-missiles');
    const layout = layoutEstimates({
      series,
      direction: 'dprk-to-russia',
      width: 390,
      lang: 'en',
      view: 'estimates',
    });
    const row = layout.rows.find((r) => r.ids.includes('bm-kirby-2024-01'));
    expect(row?.bars).toEqual([]);
    expect(row?.stub).not.toBeNull();
    expect(row?.texts[0]?.text).toBe('several dozen (no figure given)');
  });

  it('marks estimates made public after the report', () => {
    const layout = layoutAmmunition(data, { width: 390, state: 'estimates', lang: 'en' });
    if (layout.kind !== 'estimates') throw new Error('expected estimates');
    const after = layout.layout.rows.filter((r) => r.after);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.date > data.meta.report.date)).toBe(true);
    expect(layout.layout.timeline?.afterY).not.toBeNull();
  });
});
