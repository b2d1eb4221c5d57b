/**
 * Chart motion by transform and opacity only, which the browser's compositor runs off the main
 * thread (framer-motion's per-mark animations cost a phone several milliseconds per frame while the
 * reader scrolls). Marks that move are CSS transitions: the `chart-motion` rule in
 * styles/charts.css takes their timing from the motion tokens (styles/tokens.ts), as script does here. Bars that grow and lines that stretch keep their true
 * geometry and animate a transform from their old box (`boxTransform`, MotionShapes.tsx).
 * prefers-reduced-motion turns both off. Pure: class names, style values and transforms, no React.
 */
import { motion } from '../../styles/chart-tokens.ts';

/** Every chart's state change (styles/charts.css, `.chart-motion`). */
export const MOTION_CLASS = 'chart-motion';

/** The same timing for animations started from script (MotionShapes.tsx). */
export const MOTION_MS = motion.duration;
export const MOTION_EASING = motion.easing;

/** A quicker fade for labels that come and go with a state. */
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

/** An element's box in the drawing's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Enough digits to land within 1/1000 px across a drawing, few enough to keep markup short. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The transform (origin 0 0, drawing coordinates) that shows an element drawn at `geometry` as if
 * it were at `visual`: how a bar grows or a line moves by transform alone, so the compositor can
 * run it, while the element's own attributes stay its true geometry (what an SVG file or a
 * screen reader's bounding box gets). A zero-size side of `geometry` cannot be scaled; it stays.
 */
export function boxTransform(geometry: Box, visual: Box): string {
  const sx = geometry.width > 0 ? visual.width / geometry.width : 1;
  const sy = geometry.height > 0 ? visual.height / geometry.height : 1;
  const tx = visual.x - geometry.x * sx;
  const ty = visual.y - geometry.y * sy;
  if (sx === 1 && sy === 1 && tx === 0 && ty === 0) return 'none';
  return `matrix(${round(sx, 6)}, 0, 0, ${round(sy, 6)}, ${round(tx, 4)}, ${round(ty, 4)})`;
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
