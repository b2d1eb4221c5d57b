/**
 * The prerendered story as an islands page, started without React: the article (text, steps,
 * static figures, method box, sources) stays server HTML. This module only runs the scroll
 * engine, the reading-progress bar and the active-step marks over the prerendered elements, and
 * keeps the sticky graphic's `data-active-*` hooks current. The graphic's React code
 * (islands-graphic.tsx) loads when the reader first engages (engagement.ts), or at once if the
 * page opens past the first step; until then the graphic shows the prerendered first figure.
 */
import { isChartId } from '../../charts/types.ts';
import type { Lang } from '../../lib/i18n.ts';
import { pageClock } from '../../lib/when-still.ts';
import { startScrollEngine, STEP_SELECTOR } from '../../scrolly/engine.ts';
import { watchFling } from '../../scrolly/fling.ts';
import { createHeldStore, type HeldStore } from '../../scrolly/held-store.ts';
import { startReadingProgress } from '../../scrolly/reading-progress.ts';
import { createScrollyStore } from '../../scrolly/store.ts';
import { onFirstEngagement } from './engagement.ts';
import { graphicStepAt, type GraphicStep } from './graphic-step.ts';
import { pauseHoverWhileScrolling } from './hover-pause.ts';
import { layOutStepsWhenIdle } from './idle-layout.ts';
import { prepareForPrint } from './print-figures.ts';

/** The steps as the server wrote them: `data-step-id`, `data-chart`, `data-state`. */
function readSteps(elements: readonly HTMLElement[]): GraphicStep[] {
  return elements.flatMap((el) => {
    const { stepId, chart, state } = el.dataset;
    return stepId && isChartId(chart) && state ? [{ id: stepId, chart, resolvedState: state }] : [];
  });
}

/** Holds the graphic's step while the reader flings past steps (fling.ts, held-store.ts). */
function holdWhileFlinging(drawn: HeldStore) {
  const fling = watchFling(
    {
      now: () => performance.now(),
      scrollY: () => window.scrollY,
      viewportHeight: () => window.visualViewport?.height ?? window.innerHeight,
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    (flinging) => drawn.hold(flinging),
  );
  window.addEventListener('scroll', fling.onScroll, { passive: true });
}

/** Starts the story's scripted parts on a prerendered page. Returns false if it is not one. */
export function startStoryIslands(lang: Lang): boolean {
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
    const step = graphicStepAt(steps, index);
    if (step) {
      graphic.dataset.activeChart = step.chart;
      graphic.dataset.activeState = step.resolvedState;
      graphic.dataset.activeStep = step.id;
    }
  };
  store.subscribe(reflect);
  // What the graphic draws: the active step, held while the reader flings past steps.
  const drawn = createHeldStore(store);
  holdWhileFlinging(drawn);
  startScrollEngine(scrolly, store);
  reflect();
  layOutStepsWhenIdle(stepElements, window);

  prepareForPrint(window);

  if (window.matchMedia?.('(hover: hover)').matches) {
    const hover = pauseHoverWhileScrolling({ root: document.documentElement, ...pageClock });
    window.addEventListener('wheel', hover.onWheel, { passive: true });
    window.addEventListener('pointermove', hover.onPointerMove, { passive: true });
  }

  const bar = document.querySelector<HTMLElement>('.reading-progress__bar');
  if (bar) startReadingProgress(() => scrolly.closest('article'), bar);

  // The prerendered figure is the first step's: a page opened further down (reload, link to a
  // section) needs the live graphic at once; otherwise it waits for the reader.
  const showsPrerendered = () => graphicStepAt(steps, store.getStep().index) === steps[0];
  let started = false;
  const mountGraphic = () => {
    if (started) return;
    started = true;
    stopWaiting();
    void import('./islands-graphic.tsx').then(({ mountStickyGraphic }) =>
      mountStickyGraphic({ graphic, store, drawn, steps, lang }),
    );
  };
  const cancelEngagement = onFirstEngagement(window, mountGraphic);
  const unsubscribe = store.subscribe(() => {
    if (!showsPrerendered()) mountGraphic();
  });
  function stopWaiting() {
    cancelEngagement();
    unsubscribe();
  }
  if (!showsPrerendered()) mountGraphic();
  return true;
}
