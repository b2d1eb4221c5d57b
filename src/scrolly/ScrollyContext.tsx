/**
 * @component The scrolly container: renders a wrapper element, runs the scroll engine over the
 * `[data-step-index]` elements inside it and shares `{index, direction, progress}` through context.
 * Children read it with `useScrolly()`; nothing is injected into them.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useScrollEngine, type ScrollEngineOptions, type ScrollyState } from './useScrollEngine.ts';

const ScrollyContext = createContext<ScrollyState>({ index: 0, direction: 'down', progress: 0 });

export interface ScrollyProps extends ScrollEngineOptions {
  /** Steps (elements with `data-step-index`, in document order) and whatever reads the state. */
  children: ReactNode;
  /** Class of the wrapper element. */
  className?: string;
}

export function Scrolly({ children, className, ...options }: ScrollyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const state = useScrollEngine(ref, options);
  return (
    <ScrollyContext.Provider value={state}>
      <div ref={ref} className={className} data-scrolly-index={state.index}>
        {children}
      </div>
    </ScrollyContext.Provider>
  );
}

/** The active step of the nearest `<Scrolly>`: `{index, direction, progress}`. */
export function useScrolly(): ScrollyState {
  return useContext(ScrollyContext);
}
