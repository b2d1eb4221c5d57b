/**
 * The prerendered story as an islands page: the article (text, steps, static figures, method box,
 * sources) stays server HTML that React never hydrates. Only the sticky graphic's body is rendered
 * by React, into its prerendered outer element; the scroll engine, the reading-progress bar and
 * the active-step marks run as plain DOM code over the prerendered elements. Hydrating the whole
 * article cost more than a second of main-thread time on a mid-range phone (bench/results.json).
 */
import { createRoot } from 'react-dom/client';
import { useEffect } from 'react';
import { preloadChart } from '../charts/registry.lazy.tsx';
import { isChartId } from '../charts/types.ts';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import { startReadingProgress } from '../scrolly/ReadingProgress.tsx';
import { ScrollyStoreProvider } from '../scrolly/ScrollyContext.tsx';
import { createScrollyStore } from '../scrolly/store.ts';
import { STEP_SELECTOR, startScrollEngine } from '../scrolly/useScrollEngine.ts';
import { StickyGraphicBody, graphicStepAt, type GraphicStep } from './StickyGraphic.tsx';

/** How many steps ahead of the active one charts are loaded. */
const LOOKAHEAD = 3;

/** The steps as the server wrote them: `data-step-id`, `data-chart`, `data-state`. */
function readSteps(elements: readonly HTMLElement[]): GraphicStep[] {
  return elements.flatMap((el) => {
    const { stepId, chart, state } = el.dataset;
    return stepId && isChartId(chart) && state ? [{ id: stepId, chart, resolvedState: state }] : [];
  });
}

function MarkHydrated() {
  // Tests (and CSS, if ever needed) can tell a live page from the prerendered HTML.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** Starts the story's scripted parts on a prerendered page. Returns false if it is not one. */
export function mountStoryIslands(data: Dataset, lang: Lang): boolean {
  const scrolly = document.querySelector<HTMLElement>('.scrolly');
  const graphic = scrolly?.querySelector<HTMLElement>('.scrolly__graphic');
  if (!scrolly || !graphic) return false;
  const stepElements = [...scrolly.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
  const steps = readSteps(stepElements);
  if (steps.length !== stepElements.length) return false;

  const store = createScrollyStore(0);
  let shown = -2;
  // Marks the active step and the graphic's hooks: a few attribute writes, only when the step changes.
  const reflect = () => {
    const { index } = store.getStep();
    if (index === shown) return;
    const previous = stepElements[shown];
    previous?.classList.remove('is-active');
    previous?.removeAttribute('aria-current');
    // Server HTML marks the first step; clear it once, whatever the first measurement says.
    if (shown === -2)
      stepElements.forEach((el) => {
        el.classList.remove('is-active');
        el.removeAttribute('aria-current');
      });
    shown = index;
    const current = stepElements[index];
    current?.classList.add('is-active');
    current?.setAttribute('aria-current', 'step');
    scrolly.dataset.scrollyIndex = String(index);
    // The active chart loads now (the figure asks for it); the next steps' charts ahead of time,
    // so scrolling on never waits for code, and a reader who stops early never downloads them.
    steps
      .slice(Math.max(index, 0), Math.max(index, 0) + LOOKAHEAD)
      .forEach((s) => void preloadChart(s.chart));
    const step = graphicStepAt(steps, index);
    if (step) {
      graphic.dataset.activeChart = step.chart;
      graphic.dataset.activeState = step.resolvedState;
      graphic.dataset.activeStep = step.id;
    }
  };
  store.subscribe(reflect);
  startScrollEngine(scrolly, store);
  reflect();

  const bar = document.querySelector<HTMLElement>('.reading-progress__bar');
  if (bar) startReadingProgress(() => scrolly.closest('article'), bar);

  createRoot(graphic).render(
    <ScrollyStoreProvider store={store}>
      <StickyGraphicBody
        steps={steps}
        data={data}
        lang={lang}
        graphicLabel={graphic.dataset.graphicLabel ?? ''}
      />
      <MarkHydrated />
    </ScrollyStoreProvider>,
  );
  return true;
}
