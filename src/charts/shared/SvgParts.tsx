/**
 * @component Small SVG pieces several charts draw the same way: a rectangle over a layout box, the
 * hatched "not quantified" swatch, and an axis tick with its label.
 */
import type { CSSProperties } from 'react';
import { COLOR } from './colors.ts';
import { Hatch } from './Hatch.tsx';
import { Label } from './Label.tsx';
import type { Box, TextLabel } from './labels.ts';

export function BoxRect({
  box,
  className,
  rx,
  style,
  ...data
}: {
  box: Box;
  className?: string;
  rx?: number;
  style?: CSSProperties;
} & { [attribute: `data-${string}`]: string }) {
  return (
    <rect
      {...data}
      className={className}
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      rx={rx}
      style={style}
    />
  );
}

/** Lines of the "not quantified" swatch, px apart. */
const SWATCH_HATCH_SPACING = 4;

/** The hatched swatch beside a figure the sources give no number for. */
export function HatchSwatch({ box }: { box: Box }) {
  return (
    <>
      <Hatch box={box} color={COLOR.muted} spacing={SWATCH_HATCH_SPACING} />
      <BoxRect
        data-hatch="swatch"
        box={box}
        style={{ fill: 'none', stroke: COLOR.muted, strokeWidth: 1 }}
      />
    </>
  );
}

/** Length of a tick below its axis (px). */
const TICK_LENGTH = 4;

/** A tick down from a horizontal axis at `y`, with its label. */
export function AxisTick({ x, y, label }: { x: number; y: number; label: TextLabel }) {
  return (
    <g>
      <line x1={x} x2={x} y1={y} y2={y + TICK_LENGTH} style={{ stroke: COLOR.muted }} />
      <Label label={label} color={COLOR.muted} />
    </g>
  );
}
