import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import {
  layoutTroops,
  troopEstimates,
  TROOPS_STATES,
  UNIT,
} from '../../src/charts/troops/layout.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { expectClearOf, expectLegibleLabels, WIDTHS } from './helpers.ts';

const data = loadDatasetFile();
const value = (id: string) => data.transfers.find((t) => t.id === id)?.quantity.value ?? NaN;

describe('layoutTroops(data, {width, state})', () => {
  it('draws one square per 100 soldiers, rounded up, per phase', () => {
    const l = layoutTroops(data, { width: 320, state: 'estimates' });
    const [p1, p2, p3] = l.phases;
    expect(p1?.squares).toHaveLength(Math.ceil(value('troops-phase-1') / UNIT));
    expect(p2?.squares).toHaveLength(Math.ceil(value('troops-phase-2') / UNIT));
    expect(p3?.squares).toHaveLength(
      Math.ceil((value('troops-phase-3-sappers') + value('troops-phase-3-builders')) / UNIT),
    );
  });

  it('follows the data: a changed phase figure changes the squares', () => {
    const changed: Dataset = structuredClone(data);
    const p1 = changed.transfers.find((t) => t.id === 'troops-phase-1');
    if (!p1) throw new Error('fixture');
    p1.quantity = { qualifier: 'over', value: 12_050 };
    expect(layoutTroops(changed, { width: 390, state: 'phase-1' }).phases[0]?.count).toBe(121);
  });

  it('flags phase 3 as after the report, and only phase 3', () => {
    const l = layoutTroops(data, { width: 768, state: 'phase-3' });
    expect(l.phases.map((p) => p.afterReport)).toEqual([false, false, true]);
    expect(l.report.x).toBeLessThan(l.phases[2]?.box.x ?? 0);
  });

  it('gives "over" an open end and marks "about" as approximate', () => {
    const [p1, p2] = layoutTroops(data, { width: 390, state: 'phase-2' }).phases;
    expect(p1?.openEnd).toBe(true);
    expect(p1?.plus?.text).toBe('+');
    expect(p1?.squares.some((s) => s.faded)).toBe(true);
    expect(p2?.approximate).toBe(true);
    expect(p2?.dashedTop).not.toBeNull();
    expect(p2?.squares.some((s) => s.faded)).toBe(false);
  });

  it('shows phases cumulatively by state and estimates only in "estimates"', () => {
    const visible = (state: string) =>
      layoutTroops(data, { width: 390, state }).phases.map((p) => p.visible);
    expect(visible('phase-1')).toEqual([true, false, false]);
    expect(visible('phase-2')).toEqual([true, true, false]);
    expect(visible('phase-3')).toEqual([true, true, true]);
    expect(layoutTroops(data, { width: 390, state: 'phase-3' }).estimates.visible).toBe(false);
    expect(layoutTroops(data, { width: 390, state: 'nonsense' }).phases[1]?.visible).toBe(false);
  });

  it('numbers every non-MSMT troop estimate by date', () => {
    const l = layoutTroops(data, { width: 1280, state: 'estimates' });
    const expected = data.estimates.filter((e) => e.topic === 'troops' && !e.msmt);
    expect(l.estimates.markers).toHaveLength(expected.length);
    const xs = l.estimates.markers.map((m) => m.dateX);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  // 560–767 px is where ten-column blocks reach the report date (the embeds' and snapshots' 640 px).
  for (const width of [...WIDTHS, 600, 640, 700])
    for (const state of TROOPS_STATES)
      it(`keeps labels apart, inside, ≥ 12 px and off the squares at ${width} px (${state})`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutTroops(data, { width, state, lang });
          const where = `${width}px ${state} ${lang}`;
          expectLegibleLabels(l.visibleLabels, width, where);
          const blocks = l.phases.filter((p) => p.visible).map((p) => p.box);
          expectClearOf(
            l.phases.filter((p) => p.visible).flatMap((p) => p.labels),
            blocks,
            where,
          );
          // Every drawn label (report date, ticks, block labels, estimates) against every visible
          // square; the report label also against the squares of later states, so it never jumps.
          const squares = (visibleOnly: boolean) =>
            l.phases
              .filter((p) => p.visible || !visibleOnly)
              .flatMap((p) =>
                p.squares.map((s) => ({ x: s.x, y: s.y, width: l.square, height: l.square })),
              );
          expectClearOf(l.visibleLabels, squares(true), where);
          expectClearOf(l.report.labels, squares(false), `${where} (report date)`);
        }
      });
});

describe('layoutTroops with maxHeight (sticky graphic)', () => {
  // StickyGraphic's drawing heights, measured in Chromium: 390 × 844 → 335, 1280 × 800 → 570.
  for (const [width, maxHeight] of [
    [390, 335],
    [320, 300],
    [1280, 570],
  ] as const)
    for (const state of TROOPS_STATES)
      it(`fits ${maxHeight} px at ${width} px (${state}), labels legible and off the squares`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutTroops(data, { width, state, lang, maxHeight });
          const where = `${width}px/${maxHeight} ${state} ${lang}`;
          expect(l.height, where).toBeLessThanOrEqual(maxHeight);
          expectLegibleLabels(l.visibleLabels, width, where);
          const squares = l.phases
            .filter((p) => p.visible)
            .flatMap((p) =>
              p.squares.map((s) => ({ x: s.x, y: s.y, width: l.square, height: l.square })),
            );
          expectClearOf(l.visibleLabels, squares, where);
        }
      });

  it('keeps every estimate as a marker when the list gives way to a key', () => {
    const l = layoutTroops(data, { width: 390, state: 'estimates', lang: 'de', maxHeight: 335 });
    expect(l.estimates.key?.text).toMatch(/weitere Schätzungen/);
    expect(l.estimates.list).toEqual([]);
    expect(l.estimates.markers).toHaveLength(troopEstimates(data).length);
    const roomy = layoutTroops(data, { width: 390, state: 'estimates', lang: 'de' });
    expect(roomy.estimates.key).toBeNull();
    expect(roomy.estimates.list.length).toBe(roomy.estimates.markers.length);
  });
});
