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

/** Reports each start and end of a fling to `onChange`. */
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
  return {
    onScroll() {
      const t = env.now();
      samples = samples.filter((s) => t - s.t <= FLING_WINDOW_MS);
      samples.push({ t, y: env.scrollY() });
      cancelTimer();
      const fast = scrollSpeed(samples, env.viewportHeight()) > FLING_SPEED;
      set(fast);
      if (fast)
        timer = env.setTimeout(() => {
          timer = undefined;
          samples = [];
          set(false);
        }, FLING_END_MS);
    },
  };
}
