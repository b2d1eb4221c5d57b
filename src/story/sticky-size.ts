/**
 * Sizes of the story's sticky graphic shared by the page's CSS (styles/story.css), the prerendered
 * first figure and the live graphic, so the live graphic can draw exactly what the page showed
 * before it started. Pure.
 */
import { figureHeaderHeight } from '../charts/shared/figure-header.ts';
import type { LayoutWidth } from '../charts/shared/layout-widths.ts';

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

/**
 * The drawing's height cap for one chart state in the sticky box. Wide layouts keep room for the
 * figure's header, source line and buttons (FIGURE_CHROME); on a phone only the figure's own
 * header stands above the drawing, and it wraps to more or fewer lines from chart to chart, so the
 * drawing gets what this chart's header leaves (estimated from text metrics, erring tall).
 */
export function stickyDrawingHeight(
  room: StickyRoom,
  header: { title: string; subtitle: string; width: number },
): number {
  const chrome = room.phone
    ? figureHeaderHeight(header.title, header.subtitle, header.width)
    : FIGURE_CHROME;
  return Math.max(120, Math.floor(room.height - chrome));
}
