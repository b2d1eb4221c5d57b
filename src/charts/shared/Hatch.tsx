/**
 * @component A diagonal hatch pattern, the shared sign for "not quantified" and for occupied
 * territory. Put it anywhere in the chart (it brings its own `<defs>`); fill with `url(#id)`. Ids
 * come from `useId` so two charts on one page never share a pattern.
 */
import { PatternLines } from '@visx/pattern';

export interface HatchProps {
  /** Pattern id (unique in the document). */
  id: string;
  /** Stroke colour, a CSS variable such as `var(--color-muted)`. */
  color: string;
  /** Distance between lines in px, measured across them (default 6). */
  spacing?: number;
}

/**
 * The width of the lines as drawn. Each tile holds one diagonal (plus the corner pieces that join
 * its neighbours), so the whole width shows.
 */
const LINE_WIDTH = 0.75;

export function Hatch({ id, color, spacing = 6 }: HatchProps) {
  // Diagonal lines `size` apart along an edge of the square tile are `size / √2` apart across.
  const size = Math.round(spacing * Math.SQRT2 * 1000) / 1000;
  return (
    // The pattern's path takes its stroke from here: PatternLines sets colours as attributes,
    // where a CSS variable does not work.
    <g style={{ stroke: color }}>
      <PatternLines
        id={id}
        width={size}
        height={size}
        strokeWidth={LINE_WIDTH}
        orientation={['diagonal']}
      />
    </g>
  );
}
