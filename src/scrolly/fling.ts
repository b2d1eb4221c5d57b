/**
 * Whether the reader is flinging through the story rather than reading it. While the page passes
 * faster than anyone reads (a phone's swipe), the story holds the sticky graphic on its chart
 * (held-store.ts) instead of rendering and animating each chart that passes, one long task each
 * on a phone, for charts no one sees. Measured from scroll events, which fire every frame the page
 * moves, including between steps, where the scroll engine reports nothing; a jump (a key, a link)
 * is one event, no speed. React-free; clock and timers are passed in.
 */

/** Faster than this, in viewport heights per second, the reader is not reading the steps. */
export const FLING_SPEED = 1.5;

/**
 * A fling lasts until the speed drops below this, lower than FLING_SPEED: a reader scrolling at
 * about the threshold (or a phone slowed by its own work) would otherwise start and end a fling
 * every few frames, and each end renders the chart of the moment, only to hold it again.
 */
export const FLING_RELEASE_SPEED = FLING_SPEED / 2;

/** Speed is measured over the scroll events of this last stretch of time. */
const FLING_WINDOW_MS = 300;

/** A fling ends when no scroll event came for this long (or when the speed drops). */
export const FLING_END_MS = 150;

export interface ScrollSample {
  /** ms */
  t: number;
  /** scrollY, px */
  y: number;
}

/** Viewport heights per second from the first to the last sample; 0 with fewer than two. */
export function scrollSpeed(samples: readonly ScrollSample[], viewportHeight: number): number {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.t <= first.t || viewportHeight <= 0) return 0;
  return (Math.abs(last.y - first.y) / (last.t - first.t)) * (1000 / viewportHeight);
}

export interface FlingEnvironment {
  now(): number;
  scrollY(): number;
  viewportHeight(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface FlingWatch {
  /** Call on every scroll event. */
  onScroll(): void;
}

/**
 * Reports each start and end of a fling to `onChange`. A busy main thread (a chart rendering)
 * delays scroll events and timers while the compositor keeps the page moving, so a gap in the
 * events does not end a fling by itself: its speed is then measured from the last sample before
 * the gap, and it ends only when the page has stopped (no event and no movement for FLING_END_MS)
 * or slowed down below FLING_RELEASE_SPEED. Otherwise each busy moment would release the graphic
 * mid-fling, and the chart it then renders would be the next busy moment.
 */
export function watchFling(
  env: FlingEnvironment,
  onChange: (flinging: boolean) => void,
): FlingWatch {
  let samples: ScrollSample[] = [];
  let flinging = false;
  let timer: unknown;
  const set = (next: boolean) => {
    if (next === flinging) return;
    flinging = next;
    onChange(next);
  };
  const cancelTimer = () => {
    if (timer !== undefined) env.clearTimeout(timer);
    timer = undefined;
  };
  const endWhenStill = () => {
    timer = undefined;
    const last = samples[samples.length - 1];
    const y = env.scrollY();
    if (last && y !== last.y) {
      // Moved without a scroll event reaching us yet: the main thread was busy, not the reader.
      samples.push({ t: env.now(), y });
      timer = env.setTimeout(endWhenStill, FLING_END_MS);
      return;
    }
    samples = [];
    set(false);
  };
  return {
    onScroll() {
      const t = env.now();
      const before = samples[samples.length - 1];
      samples = samples.filter((s) => t - s.t <= FLING_WINDOW_MS);
      if (flinging && samples.length === 0 && before) samples.push(before);
      samples.push({ t, y: env.scrollY() });
      cancelTimer();
      const speed = scrollSpeed(samples, env.viewportHeight());
      const fast = speed > (flinging ? FLING_RELEASE_SPEED : FLING_SPEED);
      set(fast);
      if (fast) timer = env.setTimeout(endWhenStill, FLING_END_MS);
    },
  };
}
