import type { StillClock } from '../../src/lib/when-still.ts';

/**
 * A clock and timers a test advances by hand: `wait(ms)` runs every timer that falls due, in
 * order, each at its own time, and leaves the clock `ms` later.
 */
export function manualClock() {
  let t = 0;
  let timers: { at: number; run: () => void }[] = [];
  let armed = 0;
  const clock: StillClock = {
    now: () => t,
    setTimeout: (run, ms) => {
      armed++;
      const timer = { at: t + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((x) => x !== handle);
    },
  };
  const wait = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const next = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((x) => x !== next);
      t = next.at;
      next.run();
    }
    t = end;
  };
  return {
    clock,
    wait,
    /** Timers set so far. */
    armed: () => armed,
    /** Timers set and neither run nor cleared. */
    pending: () => timers.length,
  };
}
