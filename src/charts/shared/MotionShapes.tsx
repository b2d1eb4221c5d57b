/**
 * @component Shapes that move between chart states by transform only: a bar that grows from its
 * left end or shrinks back into it, and a vertical line that moves and stretches. Their attributes
 * are always their true geometry; `useBoxMotion` animates a transform from the box each showed
 * last (`boxTransform` in ./motion.ts), which the compositor runs. No animation for the first
 * drawing, for a new size of the whole figure (ChartFigure marks that "still"), or with
 * prefers-reduced-motion.
 */
import { Bar } from '@visx/shape';
import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { MOTION_EASING, MOTION_MS, boxTransform, sameBox, type Box } from './motion.ts';

let reducedMotionQuery: MediaQueryList | null | undefined;

/** One query for every shape: creating a MediaQueryList per shape and commit costs a phone. */
function prefersReducedMotion(): boolean {
  if (reducedMotionQuery === undefined)
    reducedMotionQuery =
      typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  return reducedMotionQuery?.matches ?? false;
}

/** Returns the resting transform for the element's style (undefined when there is none). */
function useBoxMotion(
  ref: RefObject<SVGElement | null>,
  geometry: Box,
  visual: Box,
): string | undefined {
  const resting = boxTransform(geometry, visual);
  const shown = useRef(visual);
  // Its own animation, to stop when a new state comes mid-way (element.getAnimations() would
  // force a style recalculation in the middle of React's commit).
  const running = useRef<Animation | null>(null);
  // Every commit: compare with what was shown before it (a ref, so no re-render).
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = visual;
    const element = ref.current;
    if (!element || sameBox(before, visual) || typeof element.animate !== 'function') return;
    running.current?.cancel();
    running.current = null;
    if (element.closest('.chart-figure__drawing--still') || prefersReducedMotion()) return;
    running.current = element.animate(
      [{ transform: boxTransform(geometry, before) }, { transform: resting }],
      { duration: MOTION_MS, easing: MOTION_EASING },
    );
  });
  return resting === 'none' ? undefined : resting;
}

export interface GrowingBarProps {
  box: Box;
  /** Shrunk into its left end (not shown in this state). */
  collapsed?: boolean;
  className?: string;
  style?: CSSProperties;
}

export function GrowingBar({ box, collapsed = false, className, style }: GrowingBarProps) {
  const ref = useRef<SVGRectElement>(null);
  const transform = useBoxMotion(ref, box, collapsed ? { ...box, width: 0 } : box);
  return (
    <Bar
      innerRef={ref}
      className={className}
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      // No vector-effect: non-scaling-stroke, which would keep a stroke's width while the bar
      // grows but makes Chromium run the animation on the main thread, frame by frame.
      style={{ ...style, transform }}
    />
  );
}

export interface MovingLineProps {
  x: number;
  y0: number;
  y1: number;
  style?: CSSProperties;
}

export function MovingVerticalLine({ x, y0, y1, style }: MovingLineProps) {
  const ref = useRef<SVGLineElement>(null);
  const box = { x, y: Math.min(y0, y1), width: 0, height: Math.abs(y1 - y0) };
  const transform = useBoxMotion(ref, box, box);
  return <line ref={ref} x1={x} x2={x} y1={y0} y2={y1} style={{ ...style, transform }} />;
}
