/**
 * The step the sticky graphic draws: the engine's step, except while it is held. The story holds
 * it while the reader flings past steps (fling.ts): the graphic keeps its chart, and draws the step
 * the reader slows down on when the hold is released, instead of rendering every chart that passes
 * under a swipe (each render a long task on a phone, for a chart no one sees). At reading pace
 * nothing is held and every change reaches the graphic in the frame it happens. React-free.
 */
import type { ActiveStep, ScrollyStore } from './store.ts';

export interface HeldStore extends ScrollyStore {
  /** While held, a new step index waits; direction and progress pass through. */
  hold(held: boolean): void;
}

export function createHeldStore(source: ScrollyStore): HeldStore {
  let step: ActiveStep = source.getStep();
  let held = false;
  const listeners = new Set<() => void>();
  const update = () => {
    const next = source.getStep();
    if (next !== step && (!held || next.index === step.index)) step = next;
    listeners.forEach((l) => l());
  };
  source.subscribe(update);
  return {
    getStep: () => step,
    getProgress: source.getProgress,
    set: source.set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hold(next) {
      if (next === held) return;
      held = next;
      if (!held) update();
    },
  };
}
