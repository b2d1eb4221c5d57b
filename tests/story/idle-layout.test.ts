import { describe, expect, it } from 'vitest';
import { LAID_OUT_CLASS, layOutStepsWhenIdle } from '../../src/story/startup/idle-layout.ts';

function fakeSteps(n: number) {
  return Array.from({ length: n }, () => {
    const classes = new Set<string>();
    return {
      classList: { add: (c: string) => void classes.add(c) } as unknown as DOMTokenList,
      laidOut: () => classes.has(LAID_OUT_CLASS),
    };
  });
}

function idleQueue() {
  const queue: (() => void)[] = [];
  return {
    queue,
    scheduler: {
      requestIdleCallback: (run: () => void) => queue.push(run),
      setTimeout: () => {
        throw new Error('a timer while idle callbacks exist');
      },
    },
  };
}

describe('layOutStepsWhenIdle', () => {
  it('lays nothing out at once, then a batch per idle callback, in order, until all are done', () => {
    const steps = fakeSteps(10);
    const { queue, scheduler } = idleQueue();
    layOutStepsWhenIdle(steps, scheduler, 4);
    expect(steps.filter((s) => s.laidOut())).toHaveLength(0);
    const counts: number[] = [];
    while (queue.length) {
      queue.shift()!();
      counts.push(steps.filter((s) => s.laidOut()).length);
      const firstNot = steps.findIndex((s) => !s.laidOut());
      // In order: every step before the first one still waiting is laid out.
      if (firstNot >= 0) expect(steps.slice(firstNot).every((s) => !s.laidOut())).toBe(true);
    }
    expect(counts).toEqual([4, 8, 10]);
  });

  it('falls back to timers where the browser has no idle callbacks', () => {
    const steps = fakeSteps(3);
    const timers: (() => void)[] = [];
    layOutStepsWhenIdle(steps, { setTimeout: (run) => timers.push(run) }, 2);
    while (timers.length) timers.shift()!();
    expect(steps.every((s) => s.laidOut())).toBe(true);
  });
});
