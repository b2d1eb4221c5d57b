/**
 * Month ticks for time axes. Apart from ./time.ts, which every chart loads: only a chart with a
 * month axis brings d3-time.
 */
import { utcMonth } from 'd3-time';

/** First day of each month in [start, end] (UTC ms), every `step` months (aligned to January). */
export function monthTicks(start: number, end: number, step = 1): number[] {
  const every = utcMonth.every(step);
  if (!every) throw new Error(`monthTicks: step must be a whole number ≥ 1, got ${step}`);
  // `range` leaves out its stop: one millisecond past the end keeps a tick on the end itself.
  return every.range(new Date(start), new Date(end + 1)).map((d) => d.getTime());
}
