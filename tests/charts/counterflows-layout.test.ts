import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { COUNTERFLOW_STATES, layoutCounterflows } from '../../src/charts/counterflows/layout.ts';
import { expectLegibleLabels, WIDTHS } from './helpers.ts';

const data = loadDatasetFile();

describe('layoutCounterflows(data, {width, state})', () => {
  it('draws the MSMT oil bar over twice as long as the UN cap, with an open end', () => {
    const l = layoutCounterflows(data, { width: 768, state: 'oil', lang: 'de' });
    const msmt = l.oil.bars.find((b) => b.kind === 'msmt');
    expect(msmt?.visible).toBe(true);
    expect(msmt?.openEnd).not.toBeNull();
    expect(msmt?.bar.width).toBeCloseTo(2 * (l.oil.cap?.x ?? 0), 0);
    expect(msmt?.value.text).toBe('über 1 Mio.');
  });

  it('shows the cap alone in "oil-cap" and adds reported amounts in "reported"', () => {
    const visible = (state: string) =>
      layoutCounterflows(data, { width: 390, state, lang: 'de' }).oil.bars.filter((b) => b.visible)
        .length;
    expect(visible('oil-cap')).toBe(0);
    expect(visible('oil')).toBe(1);
    const reported = layoutCounterflows(data, { width: 390, state: 'reported', lang: 'de' });
    expect(visible('reported')).toBe(reported.oil.bars.length);
    expect(reported.oil.bars.some((b) => b.value.text === '15.279')).toBe(true);
    expect(
      layoutCounterflows(data, { width: 390, state: 'oil-cap', lang: 'de' }).oil.cap,
    ).not.toBeNull();
  });

  it('shows every other return as a tile, hatched when not quantified', () => {
    const l = layoutCounterflows(data, { width: 390, state: 'other', lang: 'de' });
    const expected = data.transfers.filter(
      (t) => t.direction === 'russia-to-dprk' && t.id !== 'refined-oil',
    );
    expect(l.other.tiles.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    const air = l.other.tiles.find((t) => t.id === 'air-defence');
    expect(air?.quantified).toBe(true);
    expect(air?.figure.text).toBe('mindestens 1 System');
    expect(l.other.tiles.find((t) => t.id === 'training')?.hatch).not.toBeNull();
    expect(l.other.emphasis).toBe(1);
    expect(l.oil.emphasis).toBeLessThan(1);
  });

  for (const width of WIDTHS)
    for (const state of COUNTERFLOW_STATES)
      it(`keeps labels apart, inside and ≥ 12 px at ${width} px (${state})`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutCounterflows(data, { width, state, lang });
          expectLegibleLabels(l.visibleLabels, width, `${width}px ${state} ${lang}`);
        }
      });
});
