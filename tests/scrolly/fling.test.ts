import { describe, expect, it } from 'vitest';
import {
  FLING_END_MS,
  FLING_RELEASE_SPEED,
  FLING_SPEED,
  scrollSpeed,
  watchFling,
  type FlingEnvironment,
} from '../../src/scrolly/fling.ts';

const VIEWPORT = 800;
/** Pixels per 16-ms frame at the fling threshold. */
const AT_THRESHOLD = (FLING_SPEED * VIEWPORT * 16) / 1000;

/** A page the test scrolls event by event, with a clock and timers it advances by hand. */
function harness() {
  let t = 0;
  let y = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const env: FlingEnvironment = {
    now: () => t,
    scrollY: () => y,
    viewportHeight: () => VIEWPORT,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: t + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const changes: boolean[] = [];
  const watch = watchFling(env, (flinging) => changes.push(flinging));
  const wait = (ms: number) => {
    t += ms;
    for (const timer of timers.filter((x) => x.at <= t)) {
      timers = timers.filter((x) => x !== timer);
      timer.run();
    }
  };
  return {
    watch,
    changes,
    wait,
    /**
     * `ms` later the page is `dy` px further and fires a scroll event. With `timersFirst: false`
     * the event comes before timers that fell due meanwhile (as after a long task).
     */
    scroll(dy: number, ms = 16, { timersFirst = true } = {}) {
      if (timersFirst) wait(ms);
      else t += ms;
      y += dy;
      watch.onScroll();
      if (!timersFirst) wait(0);
    },
    /** The main thread is busy `ms` while the page moves `dy` px; then due timers run. */
    busy(ms: number, dy: number) {
      t += ms;
      y += dy;
      wait(0);
    },
    flinging: () => changes.at(-1) ?? false,
  };
}

describe('scrollSpeed', () => {
  it('is viewport heights per second between the first and last sample', () => {
    const samples = [
      { t: 0, y: 0 },
      { t: 100, y: 50 },
      { t: 500, y: 400 },
    ];
    expect(scrollSpeed(samples, 800)).toBe(1);
    expect(scrollSpeed([...samples].reverse(), 800)).toBe(0); // time must run forward
    expect(
      scrollSpeed(
        [
          { t: 0, y: 400 },
          { t: 250, y: 0 },
        ],
        800,
      ),
    ).toBe(2); // scrolling up is as fast
    expect(scrollSpeed([{ t: 5, y: 100 }], 800)).toBe(0);
    expect(scrollSpeed([], 800)).toBe(0);
  });
});

describe('watchFling', () => {
  it('reading pace is never a fling', () => {
    const h = harness();
    for (let i = 0; i < 100; i++) h.scroll(AT_THRESHOLD * 0.8);
    expect(h.changes).toEqual([]);
  });

  it('a fast swipe is a fling from its second frame until it slows down', () => {
    const h = harness();
    h.scroll(AT_THRESHOLD * 3);
    expect(h.flinging()).toBe(false); // one event: no speed yet
    h.scroll(AT_THRESHOLD * 3);
    expect(h.flinging()).toBe(true);
    for (let i = 0; i < 10; i++) h.scroll(AT_THRESHOLD * 3);
    // Slowing down: once the fast frames leave the 300-ms window, the reader is reading again.
    for (let i = 0; i < 30; i++) h.scroll(1);
    expect(h.changes).toEqual([true, false]);
  });

  it('a fling ends when the scroll events stop', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 3);
    expect(h.flinging()).toBe(true);
    h.wait(FLING_END_MS - 1);
    expect(h.flinging()).toBe(true);
    h.wait(1);
    expect(h.flinging()).toBe(false);
    // The next scroll starts afresh: a single event after the pause is no speed.
    h.scroll(AT_THRESHOLD * 3, 500);
    expect(h.changes).toEqual([true, false]);
  });

  it('a jump (a key, a link, a reload further down) is one event, not a fling', () => {
    const h = harness();
    h.scroll(30_000, 1000);
    h.scroll(900, 1000);
    expect(h.changes).toEqual([]);
  });

  it('a hitch shorter than FLING_END_MS between two fast events keeps it a fling', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 3);
    // The main thread was busy (a chart rendering) while the compositor kept the page moving.
    h.scroll(((AT_THRESHOLD * 3) / 16) * 140, 140);
    expect(h.changes).toEqual([true]);
  });
});

describe('watchFling with a busy main thread', () => {
  it('a chart rendering longer than the window does not end the fling', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 3);
    expect(h.flinging()).toBe(true);
    // 400 ms busy: no event, no timer, while the compositor moves the page on at the same speed.
    h.busy(400, ((AT_THRESHOLD * 3) / 16) * 400);
    expect(h.changes).toEqual([true]);
    h.scroll(AT_THRESHOLD * 3);
    expect(h.changes).toEqual([true]);
    // Still: it ends FLING_END_MS after the page stopped.
    h.wait(FLING_END_MS);
    expect(h.changes).toEqual([true, false]);
  });

  it('the first event after the busy moment alone is measured from the last one before it', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 3);
    // The event arrives before the overdue timer runs: 400 ms and as many pixels later.
    h.scroll(((AT_THRESHOLD * 3) / 16) * 400, 400, { timersFirst: false });
    expect(h.changes).toEqual([true]);
  });

  it('a reader who stopped during the busy moment ends the fling when it is over', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 3);
    h.busy(400, 0);
    expect(h.changes).toEqual([true, false]);
  });
});

describe('watchFling near the threshold', () => {
  it('starts above FLING_SPEED and ends only below FLING_RELEASE_SPEED', () => {
    const h = harness();
    for (let i = 0; i < 5; i++) h.scroll(AT_THRESHOLD * 1.2);
    expect(h.changes).toEqual([true]);
    // Between the two speeds, for a second: still a fling, no flicker.
    for (let i = 0; i < 60; i++) h.scroll(AT_THRESHOLD * 0.8);
    expect(h.changes).toEqual([true]);
    // Below the release speed: over once the faster frames leave the window.
    for (let i = 0; i < 30; i++) h.scroll(AT_THRESHOLD * (FLING_RELEASE_SPEED / FLING_SPEED) * 0.9);
    expect(h.changes).toEqual([true, false]);
    // And reading at 0.8 × FLING_SPEED from rest starts none.
    for (let i = 0; i < 60; i++) h.scroll(AT_THRESHOLD * 0.8);
    expect(h.changes).toEqual([true, false]);
  });
});
