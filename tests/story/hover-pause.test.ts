import { describe, expect, it } from 'vitest';
import {
  HOVER_RESUME_MS,
  SCROLLING_CLASS,
  pauseHoverWhileScrolling,
} from '../../src/story/startup/hover-pause.ts';

/** A root element, a clock and timers the test advances by hand. */
function harness() {
  let t = 0;
  let timers: { at: number; run: () => void }[] = [];
  const classes = new Set<string>();
  let timersSet = 0;
  const pause = pauseHoverWhileScrolling({
    root: {
      classList: {
        add: (c: string) => classes.add(c),
        remove: (c: string) => classes.delete(c),
      } as unknown as DOMTokenList,
    },
    now: () => t,
    setTimeout: (run, ms) => {
      timersSet++;
      timers.push({ at: t + ms, run });
      return timersSet;
    },
  });
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
  return { pause, wait, paused: () => classes.has(SCROLLING_CLASS), timersSet: () => timersSet };
}

describe('pauseHoverWhileScrolling', () => {
  it('gives hover back at once when the pointer moves', () => {
    const h = harness();
    h.pause.onWheel();
    h.wait(20);
    h.pause.onWheel();
    expect(h.paused()).toBe(true);
    h.pause.onPointerMove();
    expect(h.paused()).toBe(false);
    // The next wheel pauses again, and the pending timer still ends that pause.
    h.wait(20);
    h.pause.onWheel();
    expect(h.paused()).toBe(true);
    h.wait(HOVER_RESUME_MS);
    expect(h.paused()).toBe(false);
  });

  it('pauses hover from the first wheel event until the page has been still long enough', () => {
    const h = harness();
    expect(h.paused()).toBe(false);
    h.pause.onWheel();
    expect(h.paused()).toBe(true);
    // A minute of wheeling, an event every frame: paused throughout, with few timers.
    for (let i = 0; i < 3600; i++) {
      h.wait(16);
      h.pause.onWheel();
      expect(h.paused()).toBe(true);
    }
    expect(h.timersSet()).toBeLessThan(3600 / 5);
    h.wait(HOVER_RESUME_MS - 1);
    expect(h.paused()).toBe(true);
    h.wait(1);
    expect(h.paused()).toBe(false);
  });

  it('pauses again at the next wheel', () => {
    const h = harness();
    h.pause.onWheel();
    h.wait(HOVER_RESUME_MS);
    expect(h.paused()).toBe(false);
    h.wait(5000);
    h.pause.onWheel();
    expect(h.paused()).toBe(true);
    h.wait(HOVER_RESUME_MS);
    expect(h.paused()).toBe(false);
  });
});
