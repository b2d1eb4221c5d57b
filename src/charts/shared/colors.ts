/**
 * Colour by meaning, never by chart: one hue per direction, grey for estimates, violet for what came
 * after the report. Values are CSS variables of the colour tokens (styles/tokens.ts → tokens.css) so
 * themes switch without a re-render; use them in `style`, not in presentation attributes, so CSS wins.
 */
import type { Direction } from '../../data/schema.ts';
import { cssVar, typeScale } from '../../styles/chart-tokens.ts';

export const COLOR = {
  dprk: cssVar('dprk'),
  dprkSoft: cssVar('dprk-soft'),
  russia: cssVar('russia'),
  russiaSoft: cssVar('russia-soft'),
  estimate: cssVar('estimate'),
  estimateSoft: cssVar('estimate-soft'),
  after: cssVar('after'),
  text: cssVar('text'),
  muted: cssVar('muted'),
  rule: cssVar('rule'),
  bg: cssVar('bg'),
  surface: cssVar('surface'),
} as const;

export function directionColor(direction: Direction, soft = false): string {
  if (direction === 'dprk-to-russia') return soft ? COLOR.dprkSoft : COLOR.dprk;
  return soft ? COLOR.russiaSoft : COLOR.russia;
}

/** Type sizes for chart text (px, the type scale's `chart-*` tokens). Nothing below 12 px, at any width. */
export const FONT = {
  small: typeScale['chart-small'],
  label: typeScale['chart-label'],
  value: typeScale['chart-value'],
  heading: typeScale['chart-heading'],
} as const;
export const MIN_FONT_SIZE = typeScale['chart-small'];
