import { describe, expect, it } from 'vitest';
import { whenStill } from '../../src/lib/when-still.ts';
import { manualClock } from './manual-clock.ts';

describe('whenStill', () => {
  it('runs once, exactly the quiet period after the last event of a burst', () => {
    const c = manualClock();
    let runs = 0;
    const still = whenStill(150, () => runs++, c.clock);
    for (let i = 0; i < 100; i++) {
      still.poke();
      c.wait(16);
    }
    expect(runs).toBe(0);
    c.wait(150 - 16 - 1);
    expect(runs).toBe(0);
    c.wait(1);
    expect(runs).toBe(1);
    c.wait(10_000);
    expect(runs).toBe(1);
    // A hundred events armed a handful of timers, not a hundred.
    expect(c.armed()).toBeLessThan(20);
  });

  it('runs again after the next burst', () => {
    const c = manualClock();
    let runs = 0;
    const still = whenStill(100, () => runs++, c.clock);
    still.poke();
    c.wait(100);
    still.poke();
    c.wait(99);
    expect(runs).toBe(1);
    c.wait(1);
    expect(runs).toBe(2);
  });

  it('does not run once cancelled, and leaves no timer behind', () => {
    const c = manualClock();
    let runs = 0;
    const still = whenStill(100, () => runs++, c.clock);
    still.poke();
    c.wait(50);
    still.cancel();
    expect(c.pending()).toBe(0);
    c.wait(1000);
    expect(runs).toBe(0);
    still.poke();
    c.wait(100);
    expect(runs).toBe(1);
  });
});
