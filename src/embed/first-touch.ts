/**
 * Calls `start` once, when the reader first reaches for the chart: moves the pointer over it,
 * taps, presses a key or moves focus into it. The embed's React code loads then. Not on the
 * wheel, and not on a pointer the page scrolls under: a reader scrolling the host page past the
 * frame is not using the chart. (The story has its own list, story/startup/engagement.ts, which counts
 * scrolling as reading on; sharing one module would cost the story a script request of its own.)
 */
export const FIRST_TOUCH_EVENTS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'focusin',
] as const;

/**
 * Set on <html> by the page's inline loader (scripts/vite/entry-on-demand.ts) when the reader
 * reached for the chart before this code arrived: then nothing is waited for.
 */
export const TOUCHED_EARLY_ATTRIBUTE = 'data-touched-early';

export function onFirstTouch(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  start: () => void,
  touchedEarly = false,
): () => void {
  if (touchedEarly) {
    start();
    return () => {};
  }
  const options = { passive: true, capture: true } as const;
  const stop = () => {
    for (const type of FIRST_TOUCH_EVENTS) target.removeEventListener(type, fire, options);
  };
  function fire() {
    stop();
    start();
  }
  for (const type of FIRST_TOUCH_EVENTS) target.addEventListener(type, fire, options);
  return stop;
}
