/**
 * Which step is active, from geometry alone: no enter/exit events, so nothing can be "skipped".
 * Whatever happened before (a fast fling, a jump to an anchor, a reload mid-page, the mobile address
 * bar resizing the viewport), the answer depends only on where the steps are now. React-free and
 * DOM-free so it is tested with plain numbers.
 */

/** A step's box in viewport coordinates (what getBoundingClientRect gives). */
export interface StepRect {
  top: number;
  bottom: number;
}

/** The same boxes moved down by `dy`: viewport to document coordinates with `dy = scrollY`. */
export function shiftRects(rects: readonly StepRect[], dy: number): StepRect[] {
  return rects.map((r) => ({ top: r.top + dy, bottom: r.bottom + dy }));
}

/**
 * The index of the step the trigger line is in or has last passed: the last step whose top is at
 * or above `triggerY`. Before the first step: -1. Past the last step: the last step (its chart
 * stays up while the reader finishes). Steps without height (display: none, collapsed) cannot be
 * seen, so they are never active; if no step has height the answer is -1.
 */
export function activeStepFromGeometry(rects: readonly StepRect[], triggerY: number): number {
  let active = -1;
  for (let i = 0; i < rects.length; i += 1) {
    const rect = rects[i];
    if (!rect || rect.bottom - rect.top <= 0) continue;
    // Steps are in document order, so once one starts below the line, every later one does too.
    if (rect.top > triggerY) break;
    active = i;
  }
  return active;
}

/** How far the trigger line has travelled through step `index`: 0 at its top, 1 at its bottom. */
export function stepProgress(rect: StepRect | undefined, triggerY: number): number {
  if (!rect) return 0;
  const height = rect.bottom - rect.top;
  if (height <= 0) return 0;
  return Math.min(1, Math.max(0, (triggerY - rect.top) / height));
}

export type ScrollDirection = 'down' | 'up';

/**
 * Direction of travel: from the scroll position when it moved, otherwise from the step change
 * (a resize can move steps under a still page), otherwise unchanged.
 */
export function scrollDirection(
  previous: { scrollY: number; index: number; direction: ScrollDirection },
  next: { scrollY: number; index: number },
): ScrollDirection {
  if (next.scrollY > previous.scrollY) return 'down';
  if (next.scrollY < previous.scrollY) return 'up';
  if (next.index > previous.index) return 'down';
  if (next.index < previous.index) return 'up';
  return previous.direction;
}

/** Where the trigger line sits, as a share of the viewport height, at this viewport width. */
export function triggerFraction(viewportWidth: number, mobileBreakpoint = 720): number {
  // On phones the graphic takes the top of the screen, so steps take over lower down.
  return viewportWidth <= mobileBreakpoint ? 0.72 : 0.5;
}

/**
 * The scroll position that puts the top of a step (now at `stepTop` in the viewport) a little
 * below the trigger line, so it becomes the active step: used when a step receives keyboard focus.
 */
export function scrollTargetForStep(scrollY: number, stepTop: number, triggerY: number): number {
  return Math.max(0, Math.round(scrollY + stepTop - triggerY + 2));
}

/** 0 when the article's top reaches the top of the viewport, 1 when its end reaches the bottom. */
export function readingProgress(
  articleTop: number,
  articleHeight: number,
  viewportHeight: number,
): number {
  const distance = articleHeight - viewportHeight;
  if (distance <= 0) return articleTop <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -articleTop / distance));
}
