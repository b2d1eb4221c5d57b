/**
 * The scroll engine: measures the steps inside a container and reports ONE active step as
 * `{index, direction, progress}` to a ScrollyStore (store.ts). Steps are measured in document
 * coordinates, which scrolling does not change, so a scroll frame reads only `scrollY`: reading
 * every step's box on every frame cost a phone a tenth of each frame's budget. Whatever can move
 * steps within the document (a resize, the visual viewport, fonts, load, a step, the container or
 * the page above changing size) discards the boxes, and so does every pause in scrolling: a still
 * page is always measured from scratch, so no event order can leave a wrong step active for long.
 * Listening is passive and measuring is read-only (getBoundingClientRect); nothing is written to
 * the layout on scroll, and at most one measurement runs per frame, right after the frame is
 * rendered, when layout is fresh and reading it costs nothing (after-frame.ts). React-free, so the
 * story starts it before (and without) React; useScrollEngine.ts wraps it as a hook.
 */
import {
  activeStepFromGeometry,
  shiftRects,
  scrollDirection,
  scrollTargetForStep,
  stepProgress,
  triggerFraction,
  type ScrollDirection,
  type StepRect,
} from './geometry.ts';
import type { ScrollyStore } from './store.ts';
import { afterNextFrame } from './after-frame.ts';
import { pageClock, whenStill } from '../lib/when-still.ts';

/** Steps are found by this attribute inside the container: no cloneElement, no registration. */
export const STEP_SELECTOR = '[data-step-index]';

/** Progress is rounded to this step so a scroll frame that moves 0.1 px does not re-render. */
const PROGRESS_STEP = 0.01;

/** Scrolling that has paused this long (ms) is over: the steps are measured again from scratch. */
const SETTLE_MS = 150;

function viewport() {
  const vv = window.visualViewport;
  // The visual viewport shrinks and grows with the mobile address bar; innerHeight may lag it.
  return {
    top: vv?.offsetTop ?? 0,
    height: vv?.height ?? window.innerHeight,
    width: window.innerWidth,
  };
}

function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Engines without :focus-visible: treat every focus as keyboard focus.
    return true;
  }
}

/**
 * Starts the engine over the steps inside `container`, writing `{index, direction, progress}` to
 * `store`; returns the function that stops it. React-free, so a page that hydrates nothing (the
 * story's islands entry) runs the same engine as the `<Scrolly>` component.
 */
export function startScrollEngine(
  container: HTMLElement,
  store: ScrollyStore,
  getTrigger: () => (viewportWidth: number) => number = () => triggerFraction,
): () => void {
  // Before the first measurement there is no history: the first result keeps direction 'down'.
  let last: { scrollY: number; index: number; direction: ScrollDirection } | undefined;

  const triggerLine = () => {
    const vp = viewport();
    return vp.top + vp.height * getTrigger()(vp.width);
  };

  // Step boxes in document coordinates (viewport box + scrollY when read), until discarded.
  let boxes: StepRect[] | undefined;
  const readBoxes = (scrollY: number): StepRect[] => {
    const rects: StepRect[] = [];
    container.querySelectorAll<HTMLElement>(STEP_SELECTOR).forEach((step) => {
      const box = step.getBoundingClientRect();
      rects.push({ top: box.top, bottom: box.bottom });
    });
    return shiftRects(rects, scrollY);
  };

  const measure = () => {
    const scrollY = window.scrollY;
    boxes ??= readBoxes(scrollY);
    const rects = shiftRects(boxes, -scrollY);
    const triggerY = triggerLine();
    const index = activeStepFromGeometry(rects, triggerY);
    const progress =
      Math.round(stepProgress(rects[index], triggerY) / PROGRESS_STEP) * PROGRESS_STEP;
    const direction = last ? scrollDirection(last, { scrollY, index }) : 'down';
    last = { scrollY, index, direction };
    store.set({ index, direction, progress });
  };

  let disposed = false;
  const measurement = afterNextFrame(() => {
    if (!disposed) measure();
  });
  const schedule = measurement.schedule;
  const remeasure = () => {
    boxes = undefined;
    schedule();
  };

  // A still page is measured from scratch: something no event reported may have moved the steps.
  const settle = whenStill(SETTLE_MS, remeasure, pageClock);
  const onScroll = () => {
    schedule();
    settle.poke();
  };

  // Keyboard: a step that receives focus is scrolled to the trigger line, so it becomes active.
  // Only for keyboard focus: a mouse click to select text must not move the page.
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches(STEP_SELECTOR)) return;
    if (!isKeyboardFocus(target)) return;
    const top = scrollTargetForStep(
      window.scrollY,
      target.getBoundingClientRect().top,
      triggerLine(),
    );
    window.scrollTo({ top, behavior: 'auto' });
    schedule();
  };

  const passive = { passive: true } as const;
  window.addEventListener('scroll', onScroll, passive);
  // Keyboard and anchor jumps scroll smoothly; measure once more where the scroll settles, in case
  // the last scroll event's frame read a position the animation had not finished.
  window.addEventListener('scrollend', onScroll, passive);
  window.addEventListener('resize', remeasure, passive);
  window.addEventListener('load', remeasure, passive);
  window.addEventListener('pageshow', remeasure, passive);
  window.visualViewport?.addEventListener('resize', remeasure, passive);
  // Panning a zoomed page moves the visual viewport, not the steps.
  window.visualViewport?.addEventListener('scroll', schedule, passive);
  container.addEventListener('focusin', onFocusIn);
  // Web fonts swapping in change line breaks, so step heights.
  void document.fonts?.ready.then(remeasure);

  // A step, the container, or anything before it changing size (the page's height changes with
  // it) moves steps within the document.
  let observer: ResizeObserver | undefined;
  if (typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(remeasure);
    observer.observe(document.documentElement);
    observer.observe(container);
    container.querySelectorAll(STEP_SELECTOR).forEach((step) => observer?.observe(step));
  }

  // First measurement after the first frame, not during start-up: reading geometry now would
  // force the page's first layout into this script's task, one long task instead of two short
  // ones. A reload mid-page shows its step's chart from then on (store subscribers follow).
  schedule();

  return () => {
    disposed = true;
    measurement.stop();
    settle.cancel();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', remeasure);
    window.removeEventListener('load', remeasure);
    window.removeEventListener('pageshow', remeasure);
    window.removeEventListener('scrollend', onScroll);
    window.visualViewport?.removeEventListener('resize', remeasure);
    window.visualViewport?.removeEventListener('scroll', schedule);
    container.removeEventListener('focusin', onFocusIn);
    observer?.disconnect();
  };
}
