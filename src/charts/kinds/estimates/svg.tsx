/** Small SVG pieces shared by the estimates, ammunition and routes charts: text with a halo, tones. */
import type { CSSProperties } from 'react';
import { COLOR } from '../../shared/colors.ts';
import { QUICK_MOTION_CLASS } from '../../shared/motion.ts';

export type SvgTone = 'text' | 'muted' | 'msmt' | 'estimate' | 'after' | 'dprk' | 'russia';

/** A text mark without its React key, ready to spread into `<SvgText>`. */
export function textProps<T extends { key: string }>(mark: T): Omit<T, 'key'> {
  const rest: Partial<T> = { ...mark };
  delete rest.key;
  return rest as Omit<T, 'key'>;
}

export function toneColor(tone: SvgTone, msmtColor: string = COLOR.dprk): string {
  switch (tone) {
    case 'text':
      return COLOR.text;
    case 'muted':
      return COLOR.muted;
    case 'msmt':
      return msmtColor;
    case 'estimate':
      return COLOR.estimate;
    case 'after':
      return COLOR.after;
    case 'dprk':
      return COLOR.dprk;
    case 'russia':
      return COLOR.russia;
  }
}

export interface SvgTextProps {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: number;
  tone: SvgTone;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  msmtColor?: string;
  /** Paint a background-coloured outline behind the glyphs so lines under the text don't cut it. */
  halo?: boolean;
  opacity?: number;
}

/** A chart label: sans, themed colour, optional halo; fades (not jumps) when its opacity changes. */
export function SvgText({
  text,
  x,
  y,
  size,
  weight = 400,
  tone,
  anchor = 'start',
  italic = false,
  msmtColor,
  halo = true,
  opacity = 1,
}: SvgTextProps) {
  const style: CSSProperties = {
    fill: toneColor(tone, msmtColor),
    fontFamily: 'var(--font-sans)',
    fontSize: size,
    fontWeight: weight,
    fontStyle: italic ? 'italic' : undefined,
    ...(halo
      ? {
          paintOrder: 'stroke',
          stroke: COLOR.bg,
          strokeWidth: 3,
          strokeLinejoin: 'round',
        }
      : {}),
  };
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      className={QUICK_MOTION_CLASS}
      style={{ ...style, opacity }}
    >
      {text}
    </text>
  );
}
