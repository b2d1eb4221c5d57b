/** @component Draws a `TextLabel` from a layout: position, anchor and size decided in the pure layout. */
import type { CSSProperties } from 'react';
import type { TextLabel } from './labels.ts';

export interface LabelProps {
  /** The label from the layout. */
  label: TextLabel;
  /** Fill colour (a CSS variable); default `var(--color-text)`. */
  color?: string;
  /** Extra style (e.g. fontStyle). */
  style?: CSSProperties;
}

export function Label({ label, color = 'var(--color-text)', style }: LabelProps) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      style={{
        fill: color,
        fontSize: label.fontSize,
        fontWeight: label.bold ? 600 : 400,
        ...style,
      }}
    >
      {label.text}
    </text>
  );
}
