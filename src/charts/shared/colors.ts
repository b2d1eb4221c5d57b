/**
 * Colour by meaning, never by chart: one hue per direction, grey for estimates, violet for what came
 * after the report. Values are CSS variables (src/styles/tokens.css) so themes switch without a
 * re-render; use them in `style`, not in presentation attributes, so CSS wins.
 */
import type { Direction } from '../../data/schema.ts';

export const COLOR = {
  dprk: 'var(--color-dprk)',
  dprkSoft: 'var(--color-dprk-soft)',
  russia: 'var(--color-russia)',
  russiaSoft: 'var(--color-russia-soft)',
  estimate: 'var(--color-estimate)',
  estimateSoft: 'var(--color-estimate-soft)',
  after: 'var(--color-after)',
  text: 'var(--color-text)',
  muted: 'var(--color-muted)',
  rule: 'var(--color-rule)',
  bg: 'var(--color-bg)',
  surface: 'var(--color-surface)',
} as const;

export function directionColor(direction: Direction, soft = false): string {
  if (direction === 'dprk-to-russia') return soft ? COLOR.dprkSoft : COLOR.dprk;
  return soft ? COLOR.russiaSoft : COLOR.russia;
}

/** Type sizes for chart text (px). Nothing below 12 px, at any width. */
export const FONT = { small: 12, label: 13, value: 14, heading: 15 } as const;
export const MIN_FONT_SIZE = 12;
