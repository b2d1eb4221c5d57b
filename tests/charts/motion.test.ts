import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cssPath,
  nextDrawnAs,
  placementStyle,
  verticalLinePath,
  type DrawnAs,
} from '../../src/charts/shared/motion.ts';

describe('placementStyle', () => {
  it('translates in px, rounded to 1/100 px, with opacity and a whole-ms delay when given', () => {
    expect(placementStyle({ x: 12.3456, y: -4, opacity: 0.3, delayMs: 12.6 })).toEqual({
      transform: 'translate(12.35px, -4px)',
      opacity: 0.3,
      transitionDelay: '13ms',
    });
  });

  it('leaves out what it was not given: no opacity, no zero delay', () => {
    expect(placementStyle({ y: 7, delayMs: 0 })).toEqual({ transform: 'translate(0px, 7px)' });
  });

  it('writes a transform CSS can parse for any finite position', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (x, y) => {
          const { transform } = placementStyle({ x, y });
          const match = /^translate\((-?\d+(?:\.\d+)?)px, (-?\d+(?:\.\d+)?)px\)$/.exec(transform);
          expect(match, transform).not.toBeNull();
          expect(Math.abs(Number(match![1]) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(Number(match![2]) - y)).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
    );
  });
});

describe('vertical line paths', () => {
  it('draw one move and one vertical segment, the same commands for every line (interpolable)', () => {
    expect(verticalLinePath(10, 2, 30)).toBe('M10,2V30');
    expect(cssPath(verticalLinePath(10, 2, 30))).toBe('path("M10,2V30")');
  });
});

describe('nextDrawnAs: marks move for a new state, not for a new size', () => {
  const first: DrawnAs = { state: 'a', size: '640×', moving: false };

  it('keeps the same object when nothing changed', () => {
    expect(nextDrawnAs(first, 'a', '640×')).toBe(first);
  });

  it('moves on a state change, with or without a new size', () => {
    expect(nextDrawnAs(first, 'b', '640×')).toEqual({ state: 'b', size: '640×', moving: true });
    expect(nextDrawnAs(first, 'b', '390×500')).toEqual({
      state: 'b',
      size: '390×500',
      moving: true,
    });
  });

  it('stands still on a size change, even right after a state change', () => {
    const moved = nextDrawnAs(first, 'b', '640×');
    expect(nextDrawnAs(moved, 'b', '390×')).toEqual({ state: 'b', size: '390×', moving: false });
  });
});
