/**
 * The design tokens chart code reads while it runs: type sizes, line heights, motion and the colour
 * variables. Part of styles/tokens.ts (which re-exports them and generates the CSS), in a module of
 * its own so an embed's chart bundle carries these few values and not the colour tables and CSS
 * generators that only the build, the newsroom and the image export need.
 */
import type { ColorToken } from './tokens.ts';

/**
 * Type sizes in px. Chart text (`chart-*`) is set in SVG px and never below 12 px at any width;
 * the figure's words around it (`figure-*`, CSS in rem) are what an exported image sets too.
 */
export const typeScale = {
  'chart-small': 12,
  'chart-label': 13,
  'chart-value': 14,
  'chart-heading': 15,
  'figure-title': 18,
  'figure-subtitle': 15,
  'figure-note': 13,
  'figure-table': 14,
} as const;

export type TypeToken = keyof typeof typeScale;

/** Line heights of the figure's words (unitless, as CSS takes them). */
export const lineHeights = {
  'figure-title': 1.3,
  'figure-subtitle': 1.4,
  'figure-note': 1.45,
} as const satisfies Partial<Record<TypeToken, number>>;

/**
 * Chart motion: a state change moves marks for `duration` ms with an ease-out; labels that come
 * and go with a state fade quicker. CSS transitions and script-started animations read the same.
 */
export const motion = {
  duration: 650,
  quickDuration: 400,
  easing: 'cubic-bezier(0.22, 1, 0.36, 1)',
} as const;

/** The CSS variable for a colour token, for inline SVG styles. */
export const cssVar = (token: ColorToken): string => `var(--color-${token})`;
