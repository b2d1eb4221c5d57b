/**
 * @component The diagonal hatch (./hatch.ts) over a box: the shared sign for "not quantified" and
 * for occupied territory. Lines, not a pattern fill, so a printed page keeps it as vectors.
 */
import { HATCH_LINE_WIDTH, hatchPath } from './hatch.ts';
import type { Box } from './labels.ts';

export interface HatchProps {
  box: Box;
  /** Stroke colour, a CSS variable such as `var(--color-muted)`. */
  color: string;
  /** Distance between lines in px, measured across them. */
  spacing: number;
}

export function Hatch({ box, color, spacing }: HatchProps) {
  return (
    <path
      d={hatchPath(box, spacing)}
      style={{ fill: 'none', stroke: color, strokeWidth: HATCH_LINE_WIDTH }}
    />
  );
}
