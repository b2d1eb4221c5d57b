import { describe, expect, it } from 'vitest';
import { createHeldStore } from '../../src/scrolly/held-store.ts';
import { createScrollyStore } from '../../src/scrolly/store.ts';

function harness() {
  const source = createScrollyStore(0);
  const drawn = createHeldStore(source);
  const seen: number[] = [];
  let last = drawn.getStep().index;
  drawn.subscribe(() => {
    const { index } = drawn.getStep();
    if (index !== last) seen.push(index);
    last = index;
  });
  return { source, drawn, seen };
}

describe('createHeldStore', () => {
  it('passes every step through at once when not held', () => {
    const { source, drawn, seen } = harness();
    for (let index = 1; index <= 3; index++) {
      source.set({ index, direction: 'down', progress: 0 });
      expect(drawn.getStep()).toBe(source.getStep());
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('while held keeps the drawn step, then draws only the step the reader is on at release', () => {
    const { source, drawn, seen } = harness();
    drawn.hold(true);
    for (let index = 1; index <= 5; index++)
      source.set({ index, direction: 'down', progress: 0.5 });
    expect(drawn.getStep().index).toBe(0);
    expect(drawn.getProgress()).toBe(0.5); // progress is not held
    drawn.hold(false);
    expect(drawn.getStep().index).toBe(5);
    expect(seen).toEqual([5]);
  });

  it('a hold released on the drawn step draws nothing new; a change of direction passes', () => {
    const { source, drawn, seen } = harness();
    drawn.hold(true);
    source.set({ index: 1, direction: 'down', progress: 0 });
    source.set({ index: 0, direction: 'up', progress: 0 });
    expect(drawn.getStep().direction).toBe('up');
    drawn.hold(false);
    expect(seen).toEqual([]);
  });
});
