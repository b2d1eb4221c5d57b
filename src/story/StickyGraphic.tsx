/**
 * @component The sticky graphic of the scrolly: the active step's chart in its state, through the
 * shared ChartFigure (charts animate between their own states), with a crossfade when the chart
 * itself changes (none with prefers-reduced-motion). Exposes `data-active-chart` and
 * `data-active-state` for tests, and announces each new state in a polite live region.
 * The figure mounts after hydration, into a box whose size CSS reserves: the server cannot know
 * the reader's width, and drawing at a guessed width would shift the layout. (The first chart is
 * still in the prerendered page, as the static figure after the first step.)
 */
import { useEffect, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import { AnimatePresence, LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { chartMeta } from '../charts/meta.ts';
import { ChartFigure } from '../charts/shared/ChartFigure.tsx';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import { useActiveStep } from '../scrolly/ScrollyContext.tsx';
import type { IndexedStep } from './steps.ts';

export interface StickyGraphicProps {
  steps: readonly IndexedStep[];
  data: Dataset;
  lang: Lang;
  /** "Grafik" / "Chart": prefix of the live-region announcement. */
  graphicLabel: string;
}

const subscribeNothing = () => () => {};

/** False on the server and while hydrating, true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** Space the figure's title, subtitle, source line and table button need besides the drawing. */
const FIGURE_CHROME = 150;

export function StickyGraphic({ steps, data, lang, graphicLabel }: StickyGraphicProps) {
  const { index } = useActiveStep();
  const hydrated = useHydrated();
  const reduceMotion = useReducedMotion();
  // Before the first step the first chart is already up; past the last, the last stays.
  const step = steps[Math.min(Math.max(index, 0), steps.length - 1)];

  const box = useRef<HTMLDivElement>(null);
  const [maxHeight, setMaxHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const height = entries[0]?.contentRect.height;
      if (height && height > 0) setMaxHeight(Math.max(160, Math.round(height - FIGURE_CHROME)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Announce changes only, never the first state (the figure is read with the page then).
  const key = step ? `${step.chart}|${step.resolvedState}` : '';
  const [announced, setAnnounced] = useState({ key, text: '' });
  if (step && key !== announced.key)
    setAnnounced({
      key,
      text: `${graphicLabel}: ${chartMeta[step.chart].describe(data, lang, step.resolvedState)}`,
    });

  if (!step) return null;
  return (
    <div
      className="scrolly__graphic"
      data-active-chart={step.chart}
      data-active-state={step.resolvedState}
      data-active-step={step.id}
    >
      <div
        className="scrolly__sticky"
        ref={box}
        style={
          maxHeight === undefined
            ? undefined
            : ({ '--sticky-drawing-height': `${maxHeight}px` } as CSSProperties)
        }
      >
        {hydrated ? (
          <LazyMotion features={domAnimation} strict>
            <AnimatePresence mode="wait" initial={false}>
              <m.div
                key={step.chart}
                className="scrolly__figure"
                initial={{ opacity: 0 }}
                animate={{ opacity: 1 }}
                exit={{ opacity: 0 }}
                transition={{ duration: reduceMotion ? 0 : 0.22 }}
              >
                <ChartFigure
                  id={step.chart}
                  data={data}
                  lang={lang}
                  state={step.resolvedState}
                  maxHeight={maxHeight}
                  headingLevel={3}
                />
              </m.div>
            </AnimatePresence>
          </LazyMotion>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announced.text}
      </p>
    </div>
  );
}
