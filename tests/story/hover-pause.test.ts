import { describe, expect, it } from 'vitest';
import {
  HOVER_RESUME_MS,
  SCROLLING_CLASS,
  pauseHoverWhileScrolling,
} from '../../src/story/startup/hover-pause.ts';
import { manualClock } from '../lib/manual-clock.ts';

/** A root element, and a clock and timers the test advances by hand. */
function harness() {
  const { clock, wait, armed } = manualClock();
  const classes = new Set<string>();
  const pause = pauseHoverWhileScrolling({
    root: {
      classList: {
        add: (c: string) => classes.add(c),
        remove: (c: string) => classes.delete(c),
      } as unknown as DOMTokenList,
    },
    ...clock,
  });
  return { pause, wait, paused: () => classes.has(SCROLLING_CLASS), timersSet: armed };
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
    // The next wheel pauses again, and its own timer ends that pause.
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
