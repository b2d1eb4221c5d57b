import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import {
  layoutTroops,
  troopEstimates,
  TROOPS_STATES,
  UNIT,
} from '../../src/charts/troops/layout.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { STICKY_BOXES, expectClearOf, expectLegibleLabels, WIDTHS } from './helpers.ts';

const data = loadDatasetFile();
const value = (id: string) => data.transfers.find((t) => t.id === id)?.quantity.value ?? NaN;

describe('layoutTroops(data, {width, state})', () => {
  it('draws one square per 100 soldiers, rounded up, per phase', () => {
    const l = layoutTroops(data, { width: 320, state: 'estimates', lang: 'de' });
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
    expect(
      layoutTroops(changed, { width: 390, state: 'phase-1', lang: 'de' }).phases[0]?.count,
    ).toBe(121);
  });

  it('flags phase 3 as after the report, and only phase 3', () => {
    const l = layoutTroops(data, { width: 768, state: 'phase-3', lang: 'de' });
    expect(l.phases.map((p) => p.afterReport)).toEqual([false, false, true]);
    expect(l.report.x).toBeLessThan(l.phases[2]?.box.x ?? 0);
  });

  it('gives "over" an open end and marks "about" as approximate', () => {
    const [p1, p2] = layoutTroops(data, { width: 390, state: 'phase-2', lang: 'de' }).phases;
    expect(p1?.openEnd).toBe(true);
    expect(p1?.plus?.text).toBe('+');
    expect(p1?.squares.some((s) => s.faded)).toBe(true);
    expect(p2?.approximate).toBe(true);
    expect(p2?.dashedTop).not.toBeNull();
    expect(p2?.squares.some((s) => s.faded)).toBe(false);
  });

  it('shows phases cumulatively by state and estimates only in "estimates"', () => {
    const visible = (state: string) =>
      layoutTroops(data, { width: 390, state, lang: 'de' }).phases.map((p) => p.visible);
    expect(visible('phase-1')).toEqual([true, false, false]);
    expect(visible('phase-2')).toEqual([true, true, false]);
    expect(visible('phase-3')).toEqual([true, true, true]);
    expect(layoutTroops(data, { width: 390, state: 'phase-3', lang: 'de' }).estimates.visible).toBe(
      false,
    );
    expect(
      layoutTroops(data, { width: 390, state: 'nonsense', lang: 'de' }).phases[1]?.visible,
    ).toBe(false);
  });

  it('numbers every non-MSMT troop estimate by date', () => {
    const l = layoutTroops(data, { width: 1280, state: 'estimates', lang: 'de' });
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
  // The sticky graphic's drawing boxes (width × maxHeight), as measured in Chromium.
  for (const { width, height: maxHeight } of STICKY_BOXES)
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

  it('at the smallest phone: one row of ticks near their dates, the key in the empty corner', () => {
    for (const lang of ['de', 'en'] as const) {
      const l = layoutTroops(data, { width: 288, state: 'estimates', lang, maxHeight: 213 });
      const { markers, keyLines } = l.estimates;
      expect(l.estimates.shape).toBe('tick');
      expect(new Set(markers.map((m) => m.y)).size).toBe(1);
      expect(markers).toHaveLength(troopEstimates(data).length);
      // Spread only as far as their neighbours need: within 12 px (about three weeks) of the date.
      for (const m of markers) expect(Math.abs(m.x - m.dateX)).toBeLessThanOrEqual(12);
      const xs = markers.map((m) => m.x).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(4.99);
      // The key sits above the plot, clear of every label and square (checked in the test above).
      expect(keyLines.length).toBeGreaterThan(0);
      for (const k of keyLines) expect(k.box.y + k.box.height).toBeLessThan(l.plot.y + 4);
      expect(keyLines.map((k) => k.text).join(' ')).toContain(String(markers.length));
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
