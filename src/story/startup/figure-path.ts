/**
 * Where the static figure of a chart state lives under dist/ (one SVG file per chart, state and
 * language, shared by every step that shows it). Used by the page (`<img src>`) and by the build
 * that writes the files, so the two cannot disagree.
 */
import type { ChartId } from '../../charts/types.ts';
import type { Lang } from '../../lib/i18n.ts';

/** Stylesheets (in src/styles) a figure file carries: the colour tokens and the chart rules. */
export const FIGURE_STYLESHEETS = ['tokens.css', 'charts.css'] as const;

/** The `<noscript>` around each step's static figure (print-figures.ts unrolls it to print). */
export const STATIC_FIGURE_SLOT_CLASS = 'step-figure-slot';

/** The width the figures are drawn at; the image scales down to narrower columns. */
export const STATIC_FIGURE_WIDTH = 640;

export function staticFigurePath(lang: Lang, chart: ChartId, state: string): string {
  const safeState = state.replace(/[^a-z0-9-]/gi, '_');
  return `figures/${lang}/${chart}--${safeState}.svg`;
}
