/**
 * @component A small annotation box shown beside the hovered or focused mark. Decorative for
 * assistive technology (the mark's own label carries the same text), so it is aria-hidden.
 */
import { FONT } from './colors.ts';
import { placeCallout } from './callout.ts';
import { textWidth, wrapText } from './text.ts';

export interface CalloutProps {
  /** Point the callout refers to (px in the chart's coordinates). */
  anchor: { x: number; y: number };
  /** The chart's size: the callout stays inside it. */
  bounds: { width: number; height: number };
  /** Lines of text; the first is set bold. Long lines wrap. */
  lines: readonly string[];
  /** Maximum box width in px (default 260). */
  maxWidth?: number;
}

const PAD = 8;
const LINE = 17;

export function Callout({ anchor, bounds, lines, maxWidth = 260 }: CalloutProps) {
  const inner = Math.min(maxWidth, bounds.width) - 2 * PAD;
  const wrapped = lines.flatMap((line, i) =>
    wrapText(line, inner, FONT.label, 4, { bold: i === 0 }).lines.map((text) => ({
      text,
      bold: i === 0,
    })),
  );
  const widest = Math.max(
    ...wrapped.map((l) => textWidth(l.text, FONT.label, { bold: l.bold })),
    40,
  );
  const box = placeCallout(
    anchor,
    { width: Math.min(widest, inner) + 2 * PAD, height: wrapped.length * LINE + 2 * PAD - 4 },
    bounds,
  );
  return (
    <g className="chart-callout" aria-hidden="true" pointerEvents="none">
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={3}
        style={{ fill: 'var(--color-bg)', stroke: 'var(--color-rule)' }}
      />
      {wrapped.map((line, i) => (
        <text
          key={i}
          x={box.x + PAD}
          y={box.y + PAD + 10 + i * LINE}
          style={{
            fill: 'var(--color-text)',
            fontSize: FONT.label,
            fontWeight: line.bold ? 600 : 400,
          }}
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}
