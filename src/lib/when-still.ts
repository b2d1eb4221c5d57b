/**
 * Runs a callback once a burst of events has been quiet for a while (scrolling paused, the wheel
 * stopped). One timer per burst, not one per event: events only note the time, and the timer
 * re-arms itself for the rest of the quiet period until it has passed. A scroll fires an event
 * every frame; clearing and setting a timer for each would be sixty timer calls a second for
 * nothing. React-free; clock and timers are passed in, so tests advance them by hand.
 */

export interface StillClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WhenStill {
  /** Call on every event of the burst. */
  poke(): void;
  /** Forget the pending run, if any (teardown, or the state it would end was ended otherwise). */
  cancel(): void;
}

export function whenStill(quietMs: number, run: () => void, clock: StillClock): WhenStill {
  let last = 0;
  let timer: unknown;
  const check = () => {
    const still = clock.now() - last;
    if (still < quietMs) {
      timer = clock.setTimeout(check, quietMs - still);
      return;
    }
    timer = undefined;
    run();
  };
  return {
    poke() {
      last = clock.now();
      timer ??= clock.setTimeout(check, quietMs);
    },
    cancel() {
      if (timer === undefined) return;
      clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** The page's own clock: `performance.now` and the window's timers. */
export const pageClock: StillClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
