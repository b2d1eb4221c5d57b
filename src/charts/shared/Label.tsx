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
  /** Outline the text in the background colour so lines behind it break around the letters. */
  halo?: boolean;
}

export function Label({ label, color = 'var(--color-text)', style, halo = false }: LabelProps) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      style={{
        fill: color,
        fontSize: label.fontSize,
        fontWeight: label.bold ? 600 : 400,
        ...(halo
          ? {
              paintOrder: 'stroke',
              stroke: 'var(--color-bg)',
              strokeWidth: 3,
              strokeLinejoin: 'round',
            }
          : null),
        ...style,
      }}
    >
      {label.text}
    </text>
  );
}
