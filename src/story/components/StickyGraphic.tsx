/**
 * @component The sticky graphic of the scrolly: the active step's chart in its state, through the
 * shared ChartFigure (charts animate between their own states), with a crossfade when the chart
 * itself changes (none with prefers-reduced-motion); the replaced chart stays on the stage, faded
 * out and inert, until the next chart change (story/components/stage.ts). Exposes `data-active-chart` and
 * `data-active-state` for tests, and announces each new state in a polite live region.
 * The server renders the first step's figure statically, once per layout width the box can have
 * (./sticky-size.ts), CSS showing the one that fits and scaling it into the box; the live figure,
 * with its actions, replaces it once the client renders (story/startup/islands-graphic.tsx), drawn exactly
 * as the page showed it until the reader reaches another step, then measured to the box.
 */
import {
  Suspense,
  memo,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import { LazyMotion, m, useReducedMotion } from 'framer-motion';
import { isChartLoaded, useChart } from '../../charts/registry.ts';
import type { ChartDefinition } from '../../charts/types.ts';
import { ChartFigure } from '../../charts/shared/ChartFigure.tsx';
import { FIGURE_HEADER } from '../../charts/shared/figure-header.ts';
import { KEEP_SCROLL_ATTRIBUTE } from '../../charts/shared/ChartMarks.tsx';
import { ChartActions } from '../../embed/ChartActions.tsx';
import { EmbedButton } from '../../embed/EmbedButton.tsx';
import { useHydrated } from '../../hooks/useHydrated.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { useActiveStep } from '../../scrolly/ScrollyContext.tsx';
import { graphicStepAt, type GraphicStep } from '../startup/graphic-step.ts';
import {
  FIGURE_CHROME,
  PHONE_LAYOUT,
  STICKY_LAYOUT_WIDTHS,
  STICKY_MAX_BOX,
  prerenderedMaxHeight,
  stickyDrawingHeight,
  stickyHeader,
  type StickyRoom,
} from './sticky-size.ts';
import { nextStage, stageLayers, type Stage } from './stage.ts';

export interface StickyGraphicProps {
  steps: readonly GraphicStep[];
  data: Dataset;
  lang: Lang;
  /** "Grafik" / "Chart": prefix of the live-region announcement. */
  graphicLabel: string;
  /**
   * The live graphic replaces the prerendered figure: draw that figure as the page showed it
   * (layout width of `box`, the prerendered height, fitted by CSS) until another step is shown.
   */
  takeOver?: { box: number };
}

/**
 * The outer element with the test/CSS hooks; its content is `StickyGraphicBody`, the one part of
 * the prerendered story the browser renders with React (see story/startup/islands.ts, which keeps the
 * outer element's attributes up to date itself).
 */
export function StickyGraphic(props: StickyGraphicProps) {
  const { index } = useActiveStep();
  const step = graphicStepAt(props.steps, index);
  if (!step) return null;
  return (
    <div
      className="scrolly__graphic"
      data-active-chart={step.chart}
      data-active-state={step.resolvedState}
      data-active-step={step.id}
      data-graphic-label={props.graphicLabel}
    >
      <StickyGraphicBody {...props} />
    </div>
  );
}

/**
 * The crossfade's features load on the reader's first scroll: the first chart change is screens
 * further down, so they are there long before, and off the path to the first chart. A chart
 * change asks for them too: one can come with no scroll after the mount (a reload that restored
 * its position before React came, a fling's hold released by its timer), and its fade must not
 * wait for a scroll that never comes. Should a change come first, its fade starts once they arrive.
 */
let requestMotionFeatures = () => {};
const motionRequested = new Promise<void>((resolve) => {
  requestMotionFeatures = resolve;
});
const loadMotionFeatures = () => {
  addEventListener('scroll', requestMotionFeatures, { once: true, passive: true });
  return motionRequested.then(() => import('./motion-features.ts')).then((r) => r.default);
};

export function StickyGraphicBody(props: StickyGraphicProps) {
  // Above the part that re-renders with every step: LazyMotion re-checks its features whenever it
  // renders, a few milliseconds of a phone's frame at each step change.
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <ActiveStepGraphic {...props} />
    </LazyMotion>
  );
}

function ActiveStepGraphic(props: StickyGraphicProps) {
  const { index } = useActiveStep();
  // A step whose chart's code is here renders at once, in the frame of the step change: one
  // frame's hitch, where a deferred render sliced between scroll frames made two or three (the
  // slices, then the commit). A chart still loading renders deferred: React keeps the previous
  // figure up until it can draw the new one.
  const deferredIndex = useDeferredValue(index);
  const urgentStep = graphicStepAt(props.steps, index);
  const figureIndex = urgentStep && isChartLoaded(urgentStep.chart) ? index : deferredIndex;
  const hydrated = useHydrated();
  const reduceMotion = useReducedMotion() ?? false;

  const box = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<StickyRoom | undefined>(undefined);
  // The box-wide drawing room (wide layouts' rule); each chart refines it for its own header.
  const maxHeight = room === undefined ? undefined : Math.max(160, room.height - FIGURE_CHROME);
  // The box's width is the drawing's: a chart that mounts later is drawn at it at once, instead of
  // at the default width first and again once it has measured itself (a second layout of the
  // whole chart, in the middle of the reader's scroll).
  const [width, setWidth] = useState<number | undefined>(props.takeOver?.box);
  // The figure the page showed, drawn the same, until the reader reaches another step.
  const [firstIndex] = useState(figureIndex);
  const [asPrerendered, setAsPrerendered] = useState(props.takeOver !== undefined);
  if (asPrerendered && figureIndex !== firstIndex) setAsPrerendered(false);
  useEffect(() => {
    if (figureIndex !== firstIndex) requestMotionFeatures();
  }, [figureIndex, firstIndex]);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect && rect.height > 0) {
        const next = { height: Math.round(rect.height), phone: matchMedia(PHONE_LAYOUT).matches };
        setRoom((r) => (r?.height === next.height && r.phone === next.phone ? r : next));
      }
      // Unrounded, as CSS sees it: the layout width must be the one CSS would pick.
      if (rect && rect.width > 0) setWidth(rect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <StickyFigure
      {...props}
      index={figureIndex}
      hydrated={hydrated}
      reduceMotion={reduceMotion}
      maxHeight={maxHeight}
      room={room}
      width={width === undefined ? undefined : Math.min(width, STICKY_MAX_BOX)}
      asPrerendered={asPrerendered}
      boxRef={box}
    />
  );
}

interface StageLayerProps {
  step: GraphicStep;
  /** Every state the story shows this chart in (its header keeps the room of the tallest). */
  states: readonly string[];
  shown: boolean;
  /** Fade in when mounted (every chart but the first). */
  fadeIn: boolean;
  data: Dataset;
  lang: Lang;
  reduceMotion: boolean;
  room: StickyRoom | undefined;
  width: number | undefined;
  /** Drawn as the prerendered figure was (see StickyGraphicProps.takeOver). */
  asPrerendered: boolean;
}

/**
 * One chart's figure on the stage. Hidden (faded out) it is inert: out of the tab order and the
 * accessibility tree, and deaf to the pointer, so only the shown chart can be read or used.
 * Memoised: a state change of the shown chart does not re-render the hidden one.
 */
const StageLayer = memo(function StageLayer({
  step,
  states,
  shown,
  fadeIn,
  data,
  lang,
  reduceMotion,
  room,
  width,
  asPrerendered,
}: StageLayerProps) {
  // Relative path from this page to the site root (dist/): the German story is at the root.
  const actionProps = {
    chart: step.chart,
    data,
    lang,
    state: step.resolvedState,
    root: lang === 'de' ? './' : '../',
  };
  return (
    // The crossfade when the chart changes: framer-motion animates the layer's opacity (the
    // compositor runs it), none with prefers-reduced-motion.
    <m.div
      className={asPrerendered ? 'scrolly__figure scrolly__figure--fit' : 'scrolly__figure'}
      inert={!shown}
      initial={fadeIn ? { opacity: 0 } : false}
      animate={{ opacity: shown ? 1 : 0 }}
      transition={{ duration: reduceMotion ? 0 : 0.22 }}
    >
      {/* Chart code loads per chart (charts/registry.lazy.tsx): the box stays empty for the
          moment a not yet loaded chart takes to arrive. */}
      <Suspense fallback={null}>
        <StickyChartFigure
          step={step}
          states={states}
          data={data}
          lang={lang}
          room={room}
          width={width}
          asPrerendered={asPrerendered}
          actions={
            <>
              <ChartActions {...actionProps} />
              <EmbedButton {...actionProps} />
            </>
          }
        />
      </Suspense>
    </m.div>
  );
});

/**
 * One chart's figure in the sticky box, its drawing capped to what the box leaves under this
 * chart's own header (sticky-size.ts). The first figure, taken over from the prerendered page,
 * keeps the prerendered height rule until the reader moves on.
 */
function StickyChartFigure({
  step,
  states,
  data,
  lang,
  room,
  width,
  asPrerendered,
  actions,
}: {
  step: GraphicStep;
  states: readonly string[];
  data: Dataset;
  lang: Lang;
  room: StickyRoom | undefined;
  width: number | undefined;
  asPrerendered: boolean;
  actions: ReactNode;
}) {
  const chart = useChart(step.chart);
  const header =
    width === undefined || room === undefined
      ? undefined
      : stickyHeader(
          states.map((state) => ({
            title: chart.title(data, lang),
            subtitle: chart.subtitle(data, lang, state),
          })),
          {
            title: chart.title(data, lang),
            subtitle: chart.subtitle(data, lang, step.resolvedState),
          },
          width,
          room.height,
        );
  const maxHeight =
    room === undefined || header === undefined
      ? undefined
      : stickyDrawingHeight(room, header.height);
  // On a phone the header keeps the room of its tallest state and the drawing its whole cap, so
  // a state change redraws the marks and never moves the drawing or the lines under it.
  const reserve =
    room?.phone && header?.reserved && maxHeight !== undefined && !asPrerendered
      ? ({
          '--sticky-header-height': `${header.height - FIGURE_HEADER.after}px`,
          '--sticky-drawing-height': `${maxHeight}px`,
        } as CSSProperties)
      : undefined;
  return (
    <div className="scrolly__reserve" style={reserve}>
      {/* h2: the graphic precedes the sections' h2s, right after the page's h1. */}
      <ChartFigure
        id={step.chart}
        data={data}
        lang={lang}
        state={step.resolvedState}
        headingLevel={2}
        initialWidth={width}
        maxHeight={asPrerendered ? prerenderedMaxHeight : maxHeight}
        actions={actions}
      />
    </div>
  );
}

function storyStatesByChart(steps: readonly GraphicStep[]): Map<string, string[]> {
  const states = new Map<string, string[]>();
  for (const { chart, resolvedState } of steps) {
    const list = states.get(chart) ?? [];
    if (!list.includes(resolvedState)) list.push(resolvedState);
    states.set(chart, list);
  }
  return states;
}

interface StickyFigureProps extends StickyGraphicProps {
  index: number;
  hydrated: boolean;
  reduceMotion: boolean;
  maxHeight: number | undefined;
  room: StickyRoom | undefined;
  /** The drawing's box width once measured: where a newly mounted chart starts. */
  width: number | undefined;
  asPrerendered: boolean;
  boxRef: RefObject<HTMLDivElement | null>;
}

const StickyFigure = memo(function StickyFigure(props: StickyFigureProps) {
  const step = graphicStepAt(props.steps, props.index);
  return step ? <StepFigure {...props} step={step} /> : null;
});

function StepFigure({
  step,
  steps,
  data,
  lang,
  graphicLabel,
  hydrated,
  reduceMotion,
  maxHeight,
  room,
  width,
  asPrerendered,
  boxRef,
}: StickyFigureProps & { step: GraphicStep }) {
  // Suspends while a chart's code loads (only in a deferred render: the previous figure stays up).
  const chart = useChart(step.chart);

  const [stage, setStage] = useState<Stage>({ current: step, previous: null });
  const next = nextStage(stage, step);
  if (next !== stage) setStage(next);
  const layers = stageLayers(next);
  const statesByChart = useMemo(() => storyStatesByChart(steps), [steps]);

  // h2: the graphic precedes the sections' h2s, right after the page's h1.
  const figureProps = {
    id: step.chart,
    data,
    lang,
    state: step.resolvedState,
    headingLevel: 2,
  } as const;
  return (
    <>
      <div
        className="scrolly__sticky"
        // Moving between a chart's marks must not scroll the story (and change its step).
        {...{ [KEEP_SCROLL_ATTRIBUTE]: '' }}
        ref={boxRef}
        style={
          maxHeight === undefined
            ? undefined
            : ({ '--sticky-drawing-height': `${maxHeight}px` } as CSSProperties)
        }
      >
        {hydrated ? (
          // The next chart mounts in the render of the step change and fades in over the
          // previous one, which fades out in the same grid cell (keyed by chart: a chart's
          // figure keeps its DOM).
          <div className="scrolly__stage">
            {layers.map((layer) => (
              <StageLayer
                key={layer.chart}
                step={layer}
                states={statesByChart.get(layer.chart) ?? [layer.resolvedState]}
                shown={layer === next.current}
                fadeIn={next.previous !== null}
                data={data}
                lang={lang}
                reduceMotion={reduceMotion}
                room={room}
                width={width}
                asPrerendered={asPrerendered && layer === next.current}
              />
            ))}
          </div>
        ) : (
          <div className="scrolly__figure scrolly__figure--static scrolly__figure--fit">
            {/* A boundary of its own: a hydrating client waits here for the chart's code and
                keeps the server's figure meanwhile. */}
            <Suspense fallback={null}>
              <ChartFigure
                {...figureProps}
                layouts="all"
                layoutWidths={STICKY_LAYOUT_WIDTHS}
                maxHeight={prerenderedMaxHeight}
                tableMode="none"
              />
            </Suspense>
          </div>
        )}
      </div>
      <StateAnnouncer
        chart={chart}
        data={data}
        lang={lang}
        state={step.resolvedState}
        label={graphicLabel}
      />
    </>
  );
}

interface StateAnnouncerProps {
  chart: ChartDefinition;
  data: Dataset;
  lang: Lang;
  state: string;
  /** "Grafik" / "Chart": prefix of the announcement. */
  label: string;
}

/**
 * Announces each new state in a polite live region, never the first (the figure is read with the
 * page then). The text is written after the frame that draws the new state, straight into the
 * element: describing a state costs a phone milliseconds, and a screen reader hears it a moment
 * later either way.
 */
function StateAnnouncer({ chart, data, lang, state, label }: StateAnnouncerProps) {
  const region = useRef<HTMLParagraphElement>(null);
  const key = `${chart.id}|${state}`;
  const announced = useRef(key);
  useEffect(() => {
    if (key === announced.current || !region.current) return;
    announced.current = key;
    region.current.textContent = `${label}: ${chart.describe(data, lang, state)}`;
  }, [key, chart, data, lang, state, label]);
  return <p ref={region} className="visually-hidden" aria-live="polite" />;
}
