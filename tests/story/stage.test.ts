/** The sticky graphic's stage: which charts stay mounted as the reader moves through the steps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartId } from '../../src/charts/types.ts';
import type { GraphicStep } from '../../src/story/startup/graphic-step.ts';
import { nextStage, stageLayers, type Stage } from '../../src/story/components/stage.ts';

const step = (id: string, chart: ChartId, resolvedState = 'a'): GraphicStep => ({
  id,
  chart,
  resolvedState,
});
const first = step('s1', 'troops');
const start: Stage = { current: first, previous: null };

describe('nextStage', () => {
  it('keeps the same object for the same step (no re-render)', () => {
    expect(nextStage(start, first)).toBe(start);
  });

  it('a new state of the shown chart changes only the current step', () => {
    const s2 = step('s2', 'troops', 'b');
    expect(nextStage(start, s2)).toEqual({ current: s2, previous: null });
  });

  it('a new chart keeps the replaced one as previous, and drops the one before', () => {
    const a = step('a', 'missiles');
    const b = step('b', 'routes');
    const one = nextStage(start, a);
    expect(one).toEqual({ current: a, previous: first });
    expect(nextStage(one, b)).toEqual({ current: b, previous: a });
  });

  it('going back to the previous chart swaps the two', () => {
    const a = step('a', 'missiles');
    const back = nextStage(nextStage(start, a), first);
    expect(back).toEqual({ current: first, previous: a });
  });
});

describe('stageLayers', () => {
  const charts: ChartId[] = ['overview', 'troops', 'missiles', 'ammunition', 'routes'];
  const anyStep = fc
    .record({ chart: fc.constantFrom(...charts), state: fc.constantFrom('a', 'b') })
    .map(({ chart, state }) => step(`${chart}-${state}`, chart, state));

  it('at most two charts, never the same chart twice, the current always among them', () => {
    fc.assert(
      fc.property(fc.array(anyStep, { maxLength: 30 }), (walk) => {
        let stage = start;
        for (const s of walk) {
          stage = nextStage(stage, s);
          const layers = stageLayers(stage);
          expect(layers.length).toBeLessThanOrEqual(2);
          expect(new Set(layers.map((l) => l.chart)).size).toBe(layers.length);
          expect(layers).toContain(stage.current);
        }
      }),
    );
  });

  it('keeps a fixed order, so a chart that comes back is not moved in the DOM', () => {
    const a = step('a', 'missiles');
    const there = stageLayers(nextStage(start, a));
    const back = stageLayers(nextStage(nextStage(start, a), first));
    expect(there.map((l) => l.chart)).toEqual(back.map((l) => l.chart));
  });
});
