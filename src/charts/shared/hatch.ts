/**
 * The diagonal hatch, the shared sign for "not quantified" and for occupied territory, as line
 * segments inside a box. Not an SVG `<pattern>`: Chromium's PDF output (printing the story, "Save
 * as PDF") turns every pattern fill into a bitmap, 30 of the 34 MB of the printed story, where
 * these lines stay vectors of a few hundred bytes. Lines run from bottom left to top right on
 * x + y = n · step in the chart's own coordinates, so two swatches continue one hatch, as one
 * pattern would.
 */
import type { Box } from './labels.ts';

/** Stroke width of the lines. */
export const HATCH_LINE_WIDTH = 0.75;

/** Distance between the lines along a horizontal, for lines `spacing` apart across them. */
export function hatchStep(spacing: number): number {
  return Math.round(spacing * Math.SQRT2 * 1000) / 1000;
}

const round = (v: number) => String(Math.round(v * 100) / 100);

/** Shorter pieces (px along x) are left out. */
const MIN_SEGMENT = 0.02;

/** SVG path data: the hatch lines `spacing` px apart (measured across them) inside `box`. */
export function hatchPath(box: Box, spacing: number): string {
  if (!(box.width > 0 && box.height > 0 && spacing > 0)) return '';
  const step = hatchStep(spacing);
  const left = box.x;
  const top = box.y;
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  let d = '';
  for (let n = Math.floor((left + top) / step) + 1; n * step < right + bottom; n++) {
    const c = n * step;
    // The line x + y = c enters the box on its left or bottom edge and leaves on its top or right.
    const from = Math.max(left, c - bottom);
    const to = Math.min(right, c - top);
    // A corner the line only grazes: nothing to see at 1/100 px, where coordinates are rounded.
    if (to - from < MIN_SEGMENT) continue;
    d += `M${round(from)},${round(c - from)}L${round(to)},${round(c - to)}`;
  }
  return d;
}
