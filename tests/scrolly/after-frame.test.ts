/**
 * after-frame.ts: a measurement scheduled any number of times before the next frame runs once,
 * after that frame's callbacks (so after anything that wrote styles in requestAnimationFrame),
 * and never after stop().
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterNextFrame } from '../../src/scrolly/after-frame.ts';

let frameCallbacks: FrameRequestCallback[] = [];
const runFrame = () => {
  const callbacks = frameCallbacks;
  frameCallbacks = [];
  callbacks.forEach((cb) => cb(performance.now()));
};
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  frameCallbacks = [];
  globalThis.requestAnimationFrame = (cb) => frameCallbacks.push(cb);
});
afterEach(() => {
  // @ts-expect-error -- the test's stand-in goes away again (Node has no requestAnimationFrame)
  delete globalThis.requestAnimationFrame;
});

describe('afterNextFrame', () => {
  it('runs once per frame, however often it was scheduled, and only after the frame', async () => {
    const calls: string[] = [];
    const measure = afterNextFrame(() => calls.push('measure'));
    measure.schedule();
    measure.schedule();
    measure.schedule();
    await settle();
    expect(calls, 'nothing before the frame').toEqual([]);
    requestAnimationFrame(() => calls.push('frame callback'));
    runFrame();
    expect(calls, 'not inside the frame either').toEqual(['frame callback']);
    await settle();
    expect(calls).toEqual(['frame callback', 'measure']);
    measure.stop();
  });

  it('can be scheduled again after it ran', async () => {
    let runs = 0;
    const measure = afterNextFrame(() => (runs += 1));
    for (let i = 0; i < 3; i++) {
      measure.schedule();
      runFrame();
      await settle();
    }
    expect(runs).toBe(3);
    measure.stop();
  });

  it('never runs after stop(), even when already scheduled', async () => {
    let runs = 0;
    const measure = afterNextFrame(() => (runs += 1));
    measure.schedule();
    measure.stop();
    runFrame();
    await settle();
    measure.schedule();
    runFrame();
    await settle();
    expect(runs).toBe(0);
  });

  it('falls back to a timer where requestAnimationFrame is missing', async () => {
    // @ts-expect-error -- as in a test environment or an old WebView without it
    delete globalThis.requestAnimationFrame;
    let runs = 0;
    const measure = afterNextFrame(() => (runs += 1));
    measure.schedule();
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(1);
    measure.stop();
  });
});
