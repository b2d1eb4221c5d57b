/**
 * How tall a figure's header (title and subtitle) is at a width, without a DOM: the story's sticky
 * graphic gives the drawing what its box has left under it, so a chart whose title or subtitle
 * wraps to more lines gets a shorter drawing box, and one with a short header a taller one. The
 * sizes mirror styles/charts.css (`.chart-figure__title`, `__subtitle`, `__header`); the text
 * metrics err wide (./text.ts), so the estimate errs tall, never leaving the drawing too much.
 * Pure.
 */
import { textWidth } from './text.ts';

export const FIGURE_HEADER = {
  /** `.chart-figure__title`: 1.125rem, weight 700, line-height 1.3, margin-bottom 0.25rem. */
  titleSize: 18,
  titleLine: 18 * 1.3,
  titleGap: 4,
  /** `.chart-figure__subtitle`: 0.9375rem, line-height 1.4. */
  subtitleSize: 15,
  subtitleLine: 15 * 1.4,
  /** `.chart-figure__header`: margin-bottom 0.75rem. */
  after: 12,
} as const;

/** Weight 700 runs a little wider than the 600 the metrics assume. */
const TITLE_WEIGHT = 1.04;

/** How many lines greedy word wrapping gives `text` at `width` (at least one). */
export function lineCount(text: string, width: number, fontSize: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let current = 0;
  const space = textWidth(' ', fontSize, { bold }) * (bold ? TITLE_WEIGHT : 1);
  for (const word of words) {
    const w = textWidth(word, fontSize, { bold }) * (bold ? TITLE_WEIGHT : 1);
    if (current > 0 && current + space + w > width) {
      lines += 1;
      current = w;
    } else current += current > 0 ? space + w : w;
  }
  return lines;
}

/**
 * The header's height in px: title lines, the gap, subtitle lines (at least `minSubtitleLines`:
 * the sticky graphic keeps room for two, so a shorter subtitle does not pull the drawing up) and
 * the space under it.
 */
export function figureHeaderHeight(
  title: string,
  subtitle: string,
  width: number,
  minSubtitleLines = 2,
): number {
  const h = FIGURE_HEADER;
  const titleLines = lineCount(title, width, h.titleSize, true);
  const subtitleLines = Math.max(
    minSubtitleLines,
    subtitle ? lineCount(subtitle, width, h.subtitleSize) : 0,
  );
  return titleLines * h.titleLine + h.titleGap + subtitleLines * h.subtitleLine + h.after;
}
