/**
 * The scrolly's state as a tiny external store. Readers subscribe (useSyncExternalStore) instead
 * of receiving a new context value on every change: a context change would also reach the parts
 * of the page React has deliberately left as prerendered HTML (see story/components/ServerOnly.tsx) and force
 * them to re-render. React-free.
 */
import type { ScrollDirection } from './geometry.ts';

export interface ActiveStep {
  /** Active step (document order of `[data-step-index]` elements); -1 before the first step. */
  index: number;
  direction: ScrollDirection;
}

export interface ScrollyState extends ActiveStep {
  /** 0–1: how far the trigger line has moved through the active step. */
  progress: number;
}

export interface ScrollyStore {
  /** Same object until index or direction change, so readers re-render only then. */
  getStep(): ActiveStep;
  getProgress(): number;
  set(next: ScrollyState): void;
  subscribe(listener: () => void): () => void;
}

export function createScrollyStore(initialIndex = 0): ScrollyStore {
  let step: ActiveStep = { index: initialIndex, direction: 'down' };
  let progress = 0;
  const listeners = new Set<() => void>();
  return {
    getStep: () => step,
    getProgress: () => progress,
    set(next) {
      let changed = false;
      if (next.index !== step.index || next.direction !== step.direction) {
        step = { index: next.index, direction: next.direction };
        changed = true;
      }
      if (next.progress !== progress) {
        progress = next.progress;
        changed = true;
      }
      if (changed) listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
