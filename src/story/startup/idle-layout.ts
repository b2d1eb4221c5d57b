/**
 * The story's steps start out skipped by the browser's first layout (`content-visibility: auto`
 * in story.css), so the page's first layout covers only what is on screen: on a phone, laying
 * out the whole article at once is the page's longest task. Right after, while the reader is
 * still at the top, the steps are laid out a few at a time in idle moments, each a short task.
 * From then on every step has its real size, so a jump (End, a link to a section, a reload
 * further down) lands where it should and nothing moves after it.
 */

/** The class story.css lays a step out by (`content-visibility: visible`). */
export const LAID_OUT_CLASS = 'step--laid-out';

/**
 * Steps per idle task. One: a step's first layout costs 2–16 ms here (text shaping dominates), so
 * four at a time made tasks over 50 ms at Lighthouse's 4× CPU and counted toward the story's TBT.
 */
const STEPS_PER_TASK = 1;

export interface IdleScheduler {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  setTimeout: (run: () => void, ms: number) => unknown;
}

/** Lays the steps out in order, `perTask` at a time, one batch per idle callback (a timer where
 * the browser has none). */
export function layOutStepsWhenIdle(
  steps: readonly Pick<HTMLElement, 'classList'>[],
  scheduler: IdleScheduler,
  perTask = STEPS_PER_TASK,
): void {
  let next = 0;
  const layOut = (count: number) => {
    const end = Math.min(steps.length, next + count);
    for (; next < end; next++) steps[next]!.classList.add(LAID_OUT_CLASS);
  };
  const schedule = () => {
    if (next >= steps.length) return;
    const run = () => {
      layOut(perTask);
      schedule();
    };
    if (scheduler.requestIdleCallback) scheduler.requestIdleCallback(run, { timeout: 1000 });
    else scheduler.setTimeout(run, 50);
  };
  schedule();
}
