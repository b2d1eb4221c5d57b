import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MOTION_EASING,
  MOTION_MS,
  boxTransform,
  nextDrawnAs,
  placementStyle,
  sameBox,
  type Box,
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

/** Where matrix(a, 0, 0, d, e, f) (origin 0 0) sends a point. */
function apply(transform: string, x: number, y: number): [number, number] {
  if (transform === 'none') return [x, y];
  const m = /^matrix\((.+)\)$/.exec(transform);
  expect(m, transform).not.toBeNull();
  const [a, b, c, d, e, f] = m![1]!.split(',').map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  expect([b, c]).toEqual([0, 0]);
  return [a * x + e, d * y + f];
}

const boxArb = fc.record({
  x: fc.integer({ min: -500, max: 500 }),
  y: fc.integer({ min: -500, max: 500 }),
  width: fc.integer({ min: 1, max: 800 }),
  height: fc.integer({ min: 1, max: 800 }),
});

describe('boxTransform: an element drawn at one box, shown at another', () => {
  it('is none when the two boxes are the same', () => {
    expect(
      boxTransform({ x: 3, y: 4, width: 5, height: 6 }, { x: 3, y: 4, width: 5, height: 6 }),
    ).toBe('none');
  });

  it('collapses a bar into its left end', () => {
    const bar: Box = { x: 64, y: 52, width: 137.5, height: 12 };
    const t = boxTransform(bar, { ...bar, width: 0 });
    expect(apply(t, 64, 52)).toEqual([64, 52]);
    expect(apply(t, 201.5, 64)).toEqual([64, 64]);
  });

  it('sends the corners of the drawn box onto the corners of the shown one', () => {
    fc.assert(
      fc.property(boxArb, boxArb, (geometry, visual) => {
        const t = boxTransform(geometry, visual);
        const [x0, y0] = apply(t, geometry.x, geometry.y);
        const [x1, y1] = apply(t, geometry.x + geometry.width, geometry.y + geometry.height);
        expect(x0).toBeCloseTo(visual.x, 2);
        expect(y0).toBeCloseTo(visual.y, 2);
        expect(x1).toBeCloseTo(visual.x + visual.width, 2);
        expect(y1).toBeCloseTo(visual.y + visual.height, 2);
      }),
    );
  });

  it('moves a zero-width line without scaling it horizontally', () => {
    const t = boxTransform(
      { x: 10, y: 0, width: 0, height: 100 },
      { x: 40, y: 20, width: 0, height: 50 },
    );
    expect(apply(t, 10, 0)).toEqual([40, 20]);
    expect(apply(t, 10, 100)).toEqual([40, 70]);
  });

  it('sameBox compares all four sides', () => {
    const a: Box = { x: 1, y: 2, width: 3, height: 4 };
    expect(sameBox(a, { ...a })).toBe(true);
    expect(sameBox(a, { ...a, height: 5 })).toBe(false);
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

describe('one timing for CSS transitions and script animations', () => {
  it('styles/charts.css gives .chart-motion the duration and easing motion.ts gives element.animate', () => {
    const styles = (file: string) =>
      readFileSync(join(import.meta.dirname, '../../src/styles', file), 'utf8');
    // charts.css names the motion tokens; tokens.css (generated) gives their values.
    const root = /:root \{([^}]*)\}/.exec(styles('tokens.css'))?.[1] ?? '';
    const resolved = (styles('charts.css').match(/\.chart-motion \{([^}]*)\}/)?.[1] ?? '').replace(
      /var\((--[a-z-]+)\)/g,
      (whole, name: string) => new RegExp(`${name}: ([^;]+);`).exec(root)?.[1] ?? whole,
    );
    expect(resolved).toContain(`transition-duration: ${MOTION_MS}ms;`);
    expect(resolved).toContain(`transition-timing-function: ${MOTION_EASING};`);
    expect(resolved).toContain('transition-property: transform, opacity;');
  });
});
