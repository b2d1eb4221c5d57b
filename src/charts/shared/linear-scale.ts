/**
 * A linear scale with d3-scale's `scaleLinear` arithmetic (normalise the domain, interpolate the
 * range, `nice` and `ticks` from d3-array), for numbers only. d3-scale's own brings d3-interpolate,
 * d3-color and d3-format with it (its default interpolator handles colours and strings, its
 * `tickFormat` formats), about 7 KB gzip in every chart's chunk that the charts never use: they
 * map numbers to pixels and format with Intl. Pure.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  ticks(count?: number): number[];
}

/**
 * d3's `linearish.nice`: widen the domain to whole tick steps; the domain changes only once a
 * step repeats (within ten refinements), as in d3.
 */
export function niceDomain(domain: [number, number], count = 10): [number, number] {
  const reversed = domain[1] < domain[0];
  let start = reversed ? domain[1] : domain[0];
  let stop = reversed ? domain[0] : domain[1];
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return domain;
}

/** `scaleLinear().domain(domain).range(range)`, optionally `.nice()` first, as d3 computes it. */
export function linearScale(
  domain: [number, number],
  range: [number, number],
  options: { nice?: boolean } = {},
): LinearScale {
  const [d0, d1] = options.nice ? niceDomain(domain) : domain;
  const [r0, r1] = range;
  // d3's bimap: a descending domain is flipped together with its range.
  const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  const normalize = (x: number) => (span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5);
  const scale = ((x: number) => {
    const t = normalize(x);
    return from * (1 - t) + to * t;
  }) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}
