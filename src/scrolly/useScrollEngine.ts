/** The scroll engine (engine.ts) as a React hook, for pages that render the scrolly with React. */
import { useEffect, useRef, type RefObject } from 'react';
import { triggerFraction } from './geometry.ts';
import { startScrollEngine } from './engine.ts';
import type { ScrollyStore } from './store.ts';

export interface ScrollEngineOptions {
  /** Trigger line as a share of the viewport height, by viewport width (default: geometry.ts). */
  trigger?: (viewportWidth: number) => number;
}

/** Runs the engine over the steps inside `containerRef`, writing `{index, direction, progress}` to `store`. */
export function useScrollEngine(
  containerRef: RefObject<HTMLElement | null>,
  store: ScrollyStore,
  { trigger = triggerFraction }: ScrollEngineOptions = {},
): void {
  // The latest options without re-subscribing every listener when a caller passes a new function.
  const triggerRef = useRef(trigger);
  useEffect(() => {
    triggerRef.current = trigger;
  }, [trigger]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    return startScrollEngine(container, store, () => triggerRef.current);
  }, [containerRef, store]);
}
