import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain } from '../../src/charts/shared/linear-scale.ts';

// Chart magnitudes: whole numbers (counts, timestamps) and fractions, not subnormals (on which
// d3-array's ticks itself fails).
const finite = fc.oneof(
  fc.integer({ min: -2e12, max: 2e12 }),
  fc
    .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
    .filter((x) => x === 0 || Math.abs(x) > 1e-9),
);

describe('linearScale', () => {
  it('maps, nices and ticks as d3-scale’s scaleLinear does, to the last bit', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        finite,
        fc.boolean(),
        fc.array(finite, { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (d0, d1, r0, r1, nice, values, count) => {
          const ours = linearScale([d0, d1], [r0, r1], { nice });
          const ref = scaleLinear().domain([d0, d1]).range([r0, r1]);
          if (nice) ref.nice();
          expect(ours.domain()).toEqual(ref.domain());
          expect(ours.range()).toEqual(ref.range());
          expect(ours.ticks(count)).toEqual(ref.ticks(count));
          for (const v of [d0, d1, 0, ...values]) expect(ours(v)).toBe(ref(v));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the cases the charts meet: a zero-based domain, a time domain, a flat domain', () => {
    const x = linearScale([0, 8_700_000], [40, 350], { nice: true });
    expect(x.domain()).toEqual([0, 9_000_000]);
    expect(x(4_500_000)).toBe(195);
    expect(x.ticks(2)).toEqual([0, 5_000_000]);
    const t = linearScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 366]);
    expect(t(Date.UTC(2024, 0, 2))).toBeCloseTo(1, 9);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
    expect(niceDomain([10, 0])).toEqual([10, 0]);
  });
});
