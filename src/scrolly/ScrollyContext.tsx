/**
 * @component The scrolly container: renders a wrapper element, runs the scroll engine over the
 * `[data-step-index]` elements inside it and shares `{index, direction, progress}` through context.
 * The context holds a store that never changes; readers subscribe to it with `useScrolly()`
 * (everything) or `useActiveStep()` (index and direction only, so they do not re-render while
 * progress moves within a step). Nothing is injected into children.
 */
import {
  createContext,
  useContext,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  createScrollyStore,
  type ActiveStep,
  type ScrollyState,
  type ScrollyStore,
} from './store.ts';
import { useScrollEngine, type ScrollEngineOptions } from './useScrollEngine.ts';

const fallbackStore = createScrollyStore(0);
const ScrollyContext = createContext<ScrollyStore>(fallbackStore);

export interface ScrollyProps extends ScrollEngineOptions {
  /** Steps (elements with `data-step-index`, in document order) and whatever reads the state. */
  children: ReactNode;
  /** Class of the wrapper element. */
  className?: string;
  /** Index reported before the first measurement: what the server rendered (default 0). */
  initialIndex?: number;
}

export function Scrolly({ children, className, initialIndex = 0, ...options }: ScrollyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [store] = useState(() => createScrollyStore(initialIndex));
  useScrollEngine(ref, store, options);
  const { index } = useSyncExternalStore(store.subscribe, store.getStep, store.getStep);
  return (
    <ScrollyContext.Provider value={store}>
      <div ref={ref} className={className} data-scrolly-index={index}>
        {children}
      </div>
    </ScrollyContext.Provider>
  );
}

/** The active step of the nearest `<Scrolly>` and the direction the reader moved in. */
export function useActiveStep(): ActiveStep {
  const store = useContext(ScrollyContext);
  return useSyncExternalStore(store.subscribe, store.getStep, store.getStep);
}

/** Everything the engine reports: `{index, direction, progress}`. */
export function useScrolly(): ScrollyState {
  const store = useContext(ScrollyContext);
  const step = useSyncExternalStore(store.subscribe, store.getStep, store.getStep);
  const progress = useSyncExternalStore(store.subscribe, store.getProgress, store.getProgress);
  return { ...step, progress };
}

/** Shares a store the caller runs itself (the story's islands entry, which has no `<Scrolly>`). */
export function ScrollyStoreProvider({
  store,
  children,
}: {
  store: ScrollyStore;
  children: ReactNode;
}) {
  return <ScrollyContext.Provider value={store}>{children}</ScrollyContext.Provider>;
}
