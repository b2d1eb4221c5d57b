/**
 * Calls `start` once, at the reader's first sign of reading on: a scroll, wheel, touch, pointer
 * movement, key or focus. The story's React code loads then, not at page load: the article and
 * its first figure are complete server HTML, so nothing waits for it, and a phone spends its first
 * seconds painting instead of parsing ~150 KB of script. Returns a function that cancels.
 */
export const ENGAGEMENT_EVENTS = [
  'scroll',
  'wheel',
  'touchstart',
  'pointerdown',
  'pointermove',
  'keydown',
  'focusin',
] as const;

export function onFirstEngagement(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  start: () => void,
): () => void {
  let done = false;
  const options = { passive: true, capture: true } as const;
  const cancel = () => {
    for (const type of ENGAGEMENT_EVENTS) target.removeEventListener(type, fire, options);
  };
  function fire() {
    if (done) return;
    done = true;
    cancel();
    start();
  }
  for (const type of ENGAGEMENT_EVENTS) target.addEventListener(type, fire, options);
  return () => {
    done = true;
    cancel();
  };
}
