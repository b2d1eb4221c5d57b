/**
 * Chart motion as CSS transitions. A chart moves its marks by changing their transform, opacity or
 * (for a bar growing) width; the `chart-motion` rule in styles/charts.css says how long that takes,
 * and the browser interpolates it itself, with no script running on every frame of a state change
 * (framer-motion's per-mark animations cost a phone several milliseconds per frame while the reader
 * scrolls). prefers-reduced-motion turns the transitions off in CSS. Pure: class names and style
 * values, no React.
 */

/** Every chart's state change: 650 ms, ease-out (styles/charts.css, `.chart-motion`). */
export const MOTION_CLASS = 'chart-motion';

/** A quicker fade for labels that come and go with a state (400 ms). */
export const QUICK_MOTION_CLASS = 'chart-motion chart-motion--quick';

export interface Placement {
  /** Horizontal offset in px. */
  x?: number;
  /** Vertical offset in px. */
  y?: number;
  opacity?: number;
  /** Wait before moving, to stagger many marks (ms). */
  delayMs?: number;
}

export interface PlacementStyle {
  transform: string;
  opacity?: number;
  transitionDelay?: string;
}

/** Round to 1/100 px: enough for a screen, and stable text for server and client to agree on. */
function px(value: number): string {
  return `${Math.round(value * 100) / 100}px`;
}

/** The style that puts a mark at (x, y) with an opacity, animated by `.chart-motion`. */
export function placementStyle({ x = 0, y = 0, opacity, delayMs }: Placement): PlacementStyle {
  const style: PlacementStyle = { transform: `translate(${px(x)}, ${px(y)})` };
  if (opacity !== undefined) style.opacity = opacity;
  if (delayMs) style.transitionDelay = `${Math.round(delayMs)}ms`;
  return style;
}

/**
 * A vertical line as path data, for the CSS `d` property (which browsers interpolate between two
 * paths of the same commands) and the `d` attribute (for browsers without the property).
 */
export function verticalLinePath(x: number, y0: number, y1: number): string {
  return `M${x},${y0}V${y1}`;
}

/** The CSS `d` value for path data. */
export function cssPath(d: string): string {
  return `path("${d}")`;
}

/** What a figure drew last: its state and size, and whether that render moves the marks. */
export interface DrawnAs {
  state: string;
  size: string;
  moving: boolean;
}

/**
 * Marks glide only when the state changes. A new size (the first measurement after mounting, a
 * resize, a phone turned) redraws them in place: sliding every mark from where a 640 px drawing
 * had it says nothing, and costs a phone a second of slow frames while the reader scrolls.
 * Returns `previous` itself when nothing changed, so a caller can keep it as React state.
 */
export function nextDrawnAs(previous: DrawnAs, state: string, size: string): DrawnAs {
  if (previous.state === state && previous.size === size) return previous;
  return { state, size, moving: previous.state !== state };
}
