/**
 * @component The scrolly container: renders a wrapper element, runs the scroll engine over the
 * `[data-step-index]` elements inside it and shares `{index, direction, progress}` through context.
 * Children read it with `useScrolly()` (everything) or `useActiveStep()` (index and direction
 * only, so they do not re-render while progress moves within a step); nothing is injected.
 */
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { ScrollDirection } from './geometry.ts';
import { useScrollEngine, type ScrollEngineOptions, type ScrollyState } from './useScrollEngine.ts';

interface ActiveStep {
  index: number;
  direction: ScrollDirection;
}

const StepContext = createContext<ActiveStep>({ index: 0, direction: 'down' });
const ProgressContext = createContext(0);

export interface ScrollyProps extends ScrollEngineOptions {
  /** Steps (elements with `data-step-index`, in document order) and whatever reads the state. */
  children: ReactNode;
  /** Class of the wrapper element. */
  className?: string;
}

export function Scrolly({ children, className, ...options }: ScrollyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { index, direction, progress } = useScrollEngine(ref, options);
  const step = useMemo(() => ({ index, direction }), [index, direction]);
  return (
    <StepContext.Provider value={step}>
      <ProgressContext.Provider value={progress}>
        <div ref={ref} className={className} data-scrolly-index={index}>
          {children}
        </div>
      </ProgressContext.Provider>
    </StepContext.Provider>
  );
}

/** The active step of the nearest `<Scrolly>` and the direction the reader moved in. */
export function useActiveStep(): ActiveStep {
  return useContext(StepContext);
}

/** Everything the engine reports: `{index, direction, progress}`. */
export function useScrolly(): ScrollyState {
  const step = useContext(StepContext);
  const progress = useContext(ProgressContext);
  return { ...step, progress };
}
