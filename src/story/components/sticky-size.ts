/**
 * Sizes of the story's sticky graphic shared by the page's CSS (styles/story.css), the prerendered
 * first figure and the live graphic, so the live graphic can draw exactly what the page showed
 * before it started. Pure.
 */
import { figureHeaderHeight } from '../../charts/shared/figure-header.ts';
import type { LayoutWidth } from '../../charts/shared/layout-widths.ts';

/**
 * Room the figure's title, subtitle, source line and table button need besides the drawing: the
 * drawing gets the sticky box's height minus this (styles/story.css says `100cqh - 150px`).
 */
export const FIGURE_CHROME = 150;

/**
 * The drawing's box is never wider than this (styles/story.css), so its layout width is one of
 * these three: the prerendered figure carries one drawing for each, and no more (every layout is
 * elements on the story's first screen).
 */
export const STICKY_MAX_BOX = 549;
export const STICKY_LAYOUT_WIDTHS = [280, 350, 440] as const satisfies readonly LayoutWidth[];

/**
 * Height each prerendered drawing is laid out for: what a common screen of that width gives the
 * drawing (320×640, 390×844, a laptop). In a shorter box CSS scales it down to fit; in a taller
 * one it leaves room below. The live graphic draws the first figure the same way until the reader
 * reaches the next step, then lays it out for the box it measures.
 */
export function prerenderedMaxHeight(width: LayoutWidth): number {
  if (width <= 280) return 214;
  if (width <= 350) return 330;
  return 460;
}

/** story.css's phone layout: the sticky box is 60 % of the screen and shows no footer or buttons. */
export const PHONE_LAYOUT = '(max-width: 720px)';

/** What the sticky box holds: its content height, and whether the phone layout applies. */
export interface StickyRoom {
  height: number;
  phone: boolean;
}

/** One chart's header as the sticky graphic shows it in one of its states. */
export interface FigureHeaderText {
  title: string;
  subtitle: string;
}

/**
 * The drawing must keep at least this share of a phone's sticky box: where a chart's tallest
 * header would leave less, the densest states would not fit, and the header keeps only the
 * current state's room (a 320 × 640 screen, the smallest the piece supports).
 */
export const MIN_DRAWING_SHARE = 0.55;

/**
 * The height of one chart's header in the sticky box on a phone, and whether it is reserved: the
 * tallest its title and subtitle wrap to in any state the story shows it in, so moving between
 * the chart's states never moves its drawing (a layout shift in the middle of the reader's
 * scroll); the next chart, a figure of its own, reserves its own. Where that would leave the
 * drawing less than MIN_DRAWING_SHARE of the box, the current state's header, unreserved.
 */
export function stickyHeader(
  headers: readonly FigureHeaderText[],
  current: FigureHeaderText,
  width: number,
  roomHeight: number,
): { height: number; reserved: boolean } {
  const height = (h: FigureHeaderText) => figureHeaderHeight(h.title, h.subtitle, width);
  const tallest = Math.max(height(current), ...headers.map(height));
  return roomHeight - tallest >= MIN_DRAWING_SHARE * roomHeight
    ? { height: tallest, reserved: true }
    : { height: height(current), reserved: false };
}

/**
 * The drawing's height cap for one chart in the sticky box. Wide layouts keep room for the
 * figure's header, source line and buttons (FIGURE_CHROME); on a phone only the figure's own
 * header stands above the drawing, and it wraps to more or fewer lines from chart to chart, so the
 * drawing gets what this chart's reserved header (stickyHeaderHeight) leaves.
 */
export function stickyDrawingHeight(room: StickyRoom, headerHeight: number): number {
  const chrome = room.phone ? headerHeight : FIGURE_CHROME;
  return Math.max(120, Math.floor(room.height - chrome));
}
