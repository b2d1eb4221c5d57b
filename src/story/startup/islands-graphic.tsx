/**
 * The one part of the prerendered story React renders: the sticky graphic's body, into the
 * prerendered outer element (islands.ts keeps that element's attributes current itself). Loaded
 * on the reader's first engagement. The active chart's code is fetched before the first render,
 * so React's first commit swaps the prerendered figure for the live one without a blank frame.
 */
import { startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadChart } from '../../charts/registry.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { ScrollyStoreProvider } from '../../scrolly/ScrollyContext.tsx';
import type { HeldStore } from '../../scrolly/held-store.ts';
import type { ScrollyStore } from '../../scrolly/store.ts';
import { carryMarkFocus } from './focus-carry.ts';
import { graphicStepAt, type GraphicStep } from './graphic-step.ts';
import { StickyGraphicBody } from '../components/StickyGraphic.tsx';

/**
 * How many steps, counting the active one, have their charts loaded once the reader scrolls: the
 * next steps' charts are there before the reader reaches them, even one who scrolls fast (a
 * loaded chart renders in the frame of its step change; one still loading renders deferred).
 */
const LOOKAHEAD = 4;

/** At the start, only the charts of the first two steps: a reader who stops at the top loads no more. */
const LOOKAHEAD_AT_START = 2;

/** The dataset in the page's language only (the other language's texts are empty). */
const datasets: Record<Lang, () => Promise<{ default: Dataset }>> = {
  de: () => import('virtual:dataset/client/de'),
  en: () => import('virtual:dataset/client/en'),
};

function MarkHydrated() {
  // Tests (and CSS, if ever needed) can tell a live page from the prerendered HTML.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

export interface StickyGraphicMount {
  graphic: HTMLElement;
  /** The active step: the next charts load ahead of it. */
  store: ScrollyStore;
  /** The step the graphic draws (held while the reader flings past steps, held-store.ts). */
  drawn: HeldStore;
  steps: readonly GraphicStep[];
  lang: Lang;
}

export async function mountStickyGraphic({
  graphic,
  store,
  drawn,
  steps,
  lang,
}: StickyGraphicMount): Promise<void> {
  // The next steps' charts load ahead of time, so scrolling on never waits for code, and a
  // reader who stops early never downloads them.
  const preloadAhead = (count: number) => {
    const index = Math.max(store.getStep().index, 0);
    steps.slice(index, index + count).forEach((s) => void preloadChart(s.chart));
  };
  // Starting a chart's download (Vite's preload helper queries and inserts link elements) costs a
  // phone tens of milliseconds: not inside the scroll frame that changed the step, but when idle.
  let idle = false;
  let lastIndex = store.getStep().index;
  const preloadWhenIdle = () => {
    // The store also reports progress within a step, nearly every scroll frame.
    const { index } = store.getStep();
    if (index === lastIndex) return;
    lastIndex = index;
    if (idle) return; // the pending run reads the index when it runs
    idle = true;
    const run = () => {
      idle = false;
      preloadAhead(LOOKAHEAD);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 200);
  };
  store.subscribe(preloadWhenIdle);
  preloadAhead(LOOKAHEAD_AT_START);
  const current = graphicStepAt(steps, drawn.getStep().index);
  const [{ default: data }] = await Promise.all([
    datasets[lang](),
    // A chart that fails to load is the chart's problem (its figure shows the error): render anyway.
    current ? preloadChart(current.chart).catch(() => undefined) : undefined,
  ]);

  // The first live chart is the step the reader is on, even mid-fling (a reload restores its
  // scroll position with scroll events): a hold released later, with no scroll event after the
  // mount, would also find the crossfade's features not loaded (StickyGraphic's loadMotionFeatures).
  drawn.hold(false);
  // Still on the prerendered figure: the live one takes over its drawing exactly (same layout
  // width, read from the box CSS gave it), so nothing moves when React's first commit swaps them.
  const prerenderedBox = graphic.querySelector('.scrolly__figure--static .chart-figure__drawing');
  const takeOver =
    prerenderedBox && graphicStepAt(steps, drawn.getStep().index) === steps[0]
      ? { box: prerenderedBox.getBoundingClientRect().width }
      : undefined;
  // A reader who tabbed into the server's figure keeps focus on its mark in the live one.
  carryMarkFocus(graphic);
  // A transition, so React renders the graphic in slices between the reader's scroll frames: as
  // one task, the first render was a phone's longest hitch of the whole scroll (hundreds of ms
  // at 4x CPU). The prerendered figure stays up until the live one commits.
  const root = createRoot(graphic);
  startTransition(() =>
    root.render(
      <ScrollyStoreProvider store={drawn}>
        <StickyGraphicBody
          steps={steps}
          data={data}
          lang={lang}
          graphicLabel={graphic.dataset.graphicLabel ?? ''}
          takeOver={takeOver}
        />
        <MarkHydrated />
      </ScrollyStoreProvider>,
    ),
  );
}
