import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hatchPath, hatchStep } from '../../src/charts/shared/hatch.ts';

type Segment = [x0: number, y0: number, x1: number, y1: number];

/** The segments of a hatch path. */
function segments(d: string): Segment[] {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map(
    (m) => [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as Segment,
  );
}

const boxes = fc.record({
  x: fc.double({ min: -500, max: 1500, noNaN: true }),
  y: fc.double({ min: -500, max: 3000, noNaN: true }),
  width: fc.double({ min: 0.5, max: 700, noNaN: true }),
  height: fc.double({ min: 0.5, max: 700, noNaN: true }),
});
const spacings = fc.constantFrom(3, 4, 6);

describe('hatchPath', () => {
  it('is nothing but whole segments (path data of M…L… pairs)', () => {
    const d = hatchPath({ x: 0, y: 0, width: 16, height: 11 }, 3);
    expect(d.replace(/M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+/g, '')).toBe('');
    expect(segments(d).length).toBeGreaterThan(3);
  });

  it('draws rising diagonals on x + y = n · step, inside the box, edge to edge', () => {
    fc.assert(
      fc.property(boxes, spacings, (box, spacing) => {
        const step = hatchStep(spacing);
        const tolerance = 0.01; // coordinates are written to 1/100 px
        const right = box.x + box.width;
        const bottom = box.y + box.height;
        const segs = segments(hatchPath(box, spacing));
        for (const [x0, y0, x1, y1] of segs) {
          const ends: [number, number][] = [
            [x0, y0],
            [x1, y1],
          ];
          for (const [x, y] of ends) {
            expect(x).toBeGreaterThanOrEqual(box.x - tolerance);
            expect(x).toBeLessThanOrEqual(right + tolerance);
            expect(y).toBeGreaterThanOrEqual(box.y - tolerance);
            expect(y).toBeLessThanOrEqual(bottom + tolerance);
            // Each end lies on an edge of the box.
            const onEdge = [x - box.x, right - x, y - box.y, bottom - y].some(
              (gap) => Math.abs(gap) <= tolerance,
            );
            expect(onEdge).toBe(true);
          }
          // Rising to the right at 45°, on one of the hatch's lines.
          expect(x1 - x0).toBeGreaterThan(0);
          expect(Math.abs(x1 - x0 + (y1 - y0))).toBeLessThanOrEqual(2 * tolerance);
          const n = (x0 + y0) / step;
          expect(Math.abs(n - Math.round(n)) * step).toBeLessThanOrEqual(2 * tolerance);
        }
        // Every line that crosses the box is there, once: as many as whole steps fit in x + y.
        const first = Math.floor((box.x + box.y) / step) + 1;
        const last = Math.ceil((right + bottom) / step) - 1;
        expect(segs.length).toBeGreaterThanOrEqual(Math.max(0, last - first + 1) - 2);
        expect(segs.length).toBeLessThanOrEqual(Math.max(0, last - first + 1));
      }),
    );
  });

  it('continues one hatch across neighbouring boxes, as a pattern would', () => {
    const spacing = 4;
    const lines = (box: { x: number; y: number; width: number; height: number }) =>
      new Set(segments(hatchPath(box, spacing)).map(([x, y]) => Math.round(x + y)));
    const left = lines({ x: 0, y: 0, width: 20, height: 20 });
    const right = lines({ x: 20, y: 0, width: 20, height: 20 });
    const shared = [...left].filter((c) => right.has(c));
    expect(shared.length).toBeGreaterThan(2);
  });

  it('draws nothing in an empty box', () => {
    expect(hatchPath({ x: 0, y: 0, width: 0, height: 10 }, 4)).toBe('');
    expect(hatchPath({ x: 0, y: 0, width: 10, height: -1 }, 4)).toBe('');
    expect(hatchPath({ x: 0, y: 0, width: 10, height: 10 }, 0)).toBe('');
  });
});
