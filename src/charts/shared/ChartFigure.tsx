/**
 * @component The one wrapper every surface uses (story, embed, newsroom): a `<figure>` whose
 * `<figcaption>` (first child, as HTML wants it) holds title and subtitle, then the drawing, note and
 * source line, an `actions` slot and a data table alternative. The drawing sits in an error boundary: if it throws, the reader gets the table
 * and one line saying so, and the rest of the page lives on.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { ChartCorrections } from '../../corrections/ChartCorrections.tsx';
import { correctionsForChart } from '../../data/corrections.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { useChart } from '../registry.ts';
import { resolveState, type ChartId, type ChartTable } from '../types.ts';
import { ChartErrorBoundary } from './ChartErrorBoundary.tsx';
import { DataTable } from './DataTable.tsx';
import {
  LAYOUT_CLASS,
  LAYOUT_ONLY_CLASS,
  LAYOUT_WIDTHS,
  LAYOUTS_CLASS,
  layoutWidthFor,
  maxDrawnWidth,
  type LayoutWidth,
} from './layout-widths.ts';
import { nextDrawnAs } from './motion.ts';
import { FIGURE_STRINGS } from './strings.ts';
import { useChartWidth } from './useChartWidth.tsx';

export interface ChartFigureProps {
  /** Which chart (public id from `CHART_IDS`). */
  id: ChartId;
  /** The validated dataset. */
  data: Dataset;
  /** Language of every text in the figure. */
  lang: Lang;
  /** State id of the chart; unknown or missing ids fall back to the chart's default (first) state. */
  state?: string;
  /**
   * `measured` (default): the figure measures its box and draws the one layout width that fits
   * it (./layout-widths.ts). `all`: one drawing per layout width, and CSS shows the one that fits
   * the box (prerendered pages, which must be right at any width before and without script, and
   * the client that hydrates them: it then draws exactly what the server did, at any width).
   */
  layouts?: 'measured' | 'all';
  /** With `layouts="all"`: the widths to draw (default every layout width). */
  layoutWidths?: readonly LayoutWidth[];
  /** Fixed box width in px (drawn at its layout width). Without it the figure measures its box. */
  width?: number;
  /** Box width used on the server and in the first client render, before measuring (default 640). */
  initialWidth?: number;
  /**
   * Cap on the drawing's height in px as shown (e.g. a sticky graphic's share of the viewport),
   * or per layout width (a prerendered figure, whose box CSS sizes).
   */
  maxHeight?: number | ((width: LayoutWidth) => number | undefined);
  /** Heading level of the title: 2–4 (default 3). */
  headingLevel?: 2 | 3 | 4;
  /**
   * The data table: `toggle` (default; visually hidden, a button shows it, screen readers always
   * reach it), `visible` (always shown, e.g. newsroom), `hidden` (visually hidden, no button) or
   * `none` (no table: for a drawing whose text alternative already gives every figure, such as
   * the story's static figures, whose `<img alt>` is the chart's description).
   */
  tableMode?: 'toggle' | 'visible' | 'hidden' | 'none';
  /** Extra controls below the chart: embed code, downloads. Filled by the surface. */
  actions?: ReactNode;
  /** Announce the new state's description in a polite live region when `state` changes (story). */
  announce?: boolean;
  /** Extra class on the `<figure>`. */
  className?: string;
  /** Extra `data-*` attributes on the `<figure>` (keys without the `data-` prefix). */
  dataset?: Record<string, string>;
  /**
   * Show the corrections that changed what this chart draws or says (embeds: a chart that travels
   * alone carries its corrections; the story lists them once, near its end).
   */
  corrections?: boolean;
  /**
   * Shown instead of the chart's own drawing, e.g. an `<img>` of a prerendered SVG file (the
   * story's print and no-JavaScript figures). Title, source line and table stay as they are.
   */
  drawing?: ReactNode;
}

type Heading = 'h2' | 'h3' | 'h4';

/**
 * What does not change with the state, built once per chart, data and language: a state change
 * (the story's, many times a minute) re-renders neither the table's rows (DataTable is memoised
 * on it) nor the source line, which alone costs a phone a few milliseconds per frame.
 */
function useFixedTexts(
  chart: ReturnType<typeof useChart>,
  id: ChartId,
  data: Dataset,
  lang: Lang,
  corrections: boolean,
) {
  const table = useMemo(() => chart.table(data, lang), [chart, data, lang]);
  const texts = useMemo(
    () => ({
      title: chart.title(data, lang),
      note: chart.note(data, lang),
      sourceLine: chart.sourceLine(data, lang),
    }),
    [chart, data, lang],
  );
  const chartCorrections = useMemo(
    () =>
      corrections
        ? correctionsForChart(
            data,
            id,
            chart.records(data, lang).map((r) => r.id),
          )
        : [],
    [corrections, chart, data, id, lang],
  );
  return { table, texts, chartCorrections };
}

/** A drawing that may fail on its own: the figure then says so and shows the table. */
function DrawingBoundary({
  drawingKey,
  onFailed,
  message,
  children,
}: {
  drawingKey: string;
  onFailed: () => void;
  message: string;
  children: ReactNode;
}) {
  return (
    <ChartErrorBoundary
      resetKey={drawingKey}
      onError={onFailed}
      fallback={<p className="chart-figure__error">{message}</p>}
    >
      {children}
    </ChartErrorBoundary>
  );
}

/**
 * One record of the last drawn state and size: transitions run for a new state only, not for a
 * new size (./motion.ts), and a new state is announced (never the first: the figure itself is
 * read then) when `describe` is given.
 */
function useDrawnAs({
  resolved,
  box,
  all,
  maxHeight,
  describe,
}: {
  resolved: string;
  box: number;
  all: boolean;
  maxHeight: ChartFigureProps['maxHeight'];
  describe: (() => string) | undefined;
}) {
  const [announcement, setAnnouncement] = useState('');
  const layoutWidth = layoutWidthFor(box);
  // The drawing is scaled to its box (up to the next layout width): a cap on its shown height is
  // a larger cap on the height it is laid out at.
  const capFor = (w: LayoutWidth): number | undefined => {
    if (typeof maxHeight === 'function') return maxHeight(w);
    if (maxHeight === undefined) return undefined;
    return Math.floor((maxHeight * w) / Math.max(w, Math.min(box, maxDrawnWidth(w))));
  };
  const size = `${all ? 'all' : layoutWidth}×${all ? '' : (capFor(layoutWidth) ?? '')}`;
  const [drawnAs, setDrawnAs] = useState({ state: resolved, size, moving: false });
  const next = nextDrawnAs(drawnAs, resolved, size);
  if (next !== drawnAs) {
    setDrawnAs(next);
    if (describe && next.state !== drawnAs.state) setAnnouncement(describe());
  }
  return { layoutWidth, capFor, moving: next.moving, announcement };
}

/** The drawing at each layout width (all of them, or the one the measured box takes). */
function Layouts({
  widths,
  all,
  draw,
}: {
  widths: readonly LayoutWidth[];
  all: boolean;
  draw: (width: LayoutWidth) => ReactNode;
}) {
  return widths.map((w) => (
    // One key while measured: a new width redraws the same chart, never remounts it.
    <div
      key={all ? w : 'measured'}
      className={all ? LAYOUT_CLASS : `${LAYOUT_CLASS} ${LAYOUT_ONLY_CLASS}`}
      data-layout-width={w}
      style={{ maxWidth: maxDrawnWidth(w) }}
    >
      {draw(w)}
    </div>
  ));
}

/** The data table: always in the page for screen readers, shown when opened (or when the drawing failed). */
function FigureTable({ id, table, visible }: { id: string; table: ChartTable; visible: boolean }) {
  return (
    <div
      id={id}
      className={visible ? 'chart-figure__table' : 'chart-figure__table chart-visually-hidden'}
    >
      <DataTable table={table} />
    </div>
  );
}

/** The table's show/hide button and the embedder's actions, under the source line. */
function FigureActions({
  toggle,
  expanded,
  tableId,
  onToggle,
  labels,
  actions,
}: {
  toggle: boolean;
  expanded: boolean;
  tableId: string;
  onToggle: () => void;
  labels: { show: string; hide: string };
  actions: ReactNode;
}) {
  if (!toggle && !actions) return null;
  return (
    <div className="chart-figure__actions">
      {toggle ? (
        <button
          type="button"
          className="chart-figure__button"
          aria-expanded={expanded}
          aria-controls={tableId}
          onClick={onToggle}
        >
          {expanded ? labels.hide : labels.show}
        </button>
      ) : null}
      {actions}
    </div>
  );
}

export function ChartFigure({
  id,
  data,
  lang,
  state,
  layouts = 'measured',
  layoutWidths = LAYOUT_WIDTHS,
  width,
  initialWidth = 640,
  maxHeight,
  headingLevel = 3,
  tableMode = 'toggle',
  actions,
  announce = false,
  className,
  dataset,
  drawing,
  corrections = false,
}: ChartFigureProps) {
  const chart = useChart(id);
  const resolved = resolveState(chart, state);
  const strings = FIGURE_STRINGS[lang];
  const uid = useId();
  const headingId = `${uid}-heading`;
  const tableId = `${uid}-table`;
  const all = layouts === 'all';
  // Every layout is drawn when all are: nothing to measure.
  const [boxRef, measured] = useChartWidth<HTMLDivElement>(
    width ?? initialWidth,
    !all && width === undefined,
  );
  const [expanded, setExpanded] = useState(tableMode === 'visible');
  // Which drawing failed (chart|state|lang): another state gets a fresh chance to draw.
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const drawingKey = `${id}|${resolved}|${lang}`;
  const failed = failedKey === drawingKey;

  const { layoutWidth, capFor, moving, announcement } = useDrawnAs({
    resolved,
    box: width ?? measured,
    all,
    maxHeight,
    describe: announce ? () => chart.describe(data, lang, resolved) : undefined,
  });

  const {
    table,
    texts: fixedTexts,
    chartCorrections,
  } = useFixedTexts(chart, id, data, lang, corrections);
  const onFailed = () => setFailedKey(drawingKey);

  const Heading: Heading = `h${headingLevel}`;
  const Drawing = chart.Component;
  const { note } = fixedTexts;

  return (
    <figure
      className={className ? `chart-figure ${className}` : 'chart-figure'}
      aria-labelledby={headingId}
      data-chart={id}
      data-state={resolved}
      {...(dataset
        ? Object.fromEntries(Object.entries(dataset).map(([k, v]) => [`data-${k}`, v]))
        : null)}
    >
      <figcaption className="chart-figure__header">
        <Heading id={headingId} className="chart-figure__title">
          {fixedTexts.title}
        </Heading>
        <p className="chart-figure__subtitle">{chart.subtitle(data, lang, resolved)}</p>
      </figcaption>
      {drawing ? (
        // A drawing given as it is (an <img> of a static file): no box to measure or lay out.
        <DrawingBoundary drawingKey={drawingKey} onFailed={onFailed} message={strings.error}>
          {drawing}
        </DrawingBoundary>
      ) : (
        <div
          className={
            moving
              ? `chart-figure__drawing ${LAYOUTS_CLASS}`
              : `chart-figure__drawing chart-figure__drawing--still ${LAYOUTS_CLASS}`
          }
          ref={boxRef}
        >
          <DrawingBoundary drawingKey={drawingKey} onFailed={onFailed} message={strings.error}>
            <Layouts
              widths={all ? layoutWidths : [layoutWidth]}
              all={all}
              draw={(w) => (
                <Drawing data={data} lang={lang} state={resolved} width={w} maxHeight={capFor(w)} />
              )}
            />
          </DrawingBoundary>
        </div>
      )}
      {/* Separate paragraphs, not spans: each is its own bidi paragraph, so a direction override
          in one source name cannot reorder the note or the other names. No wrapper: a page
          carries many figures, and each element counts. */}
      {note ? <p className="chart-figure__footer chart-figure__note">{note}</p> : null}
      <p className="chart-figure__footer chart-figure__source">{fixedTexts.sourceLine}</p>
      <ChartCorrections corrections={chartCorrections} lang={lang} />
      <FigureActions
        toggle={tableMode === 'toggle' && !failed}
        expanded={expanded}
        tableId={tableId}
        onToggle={() => setExpanded((e) => !e)}
        labels={{ show: strings.showTable, hide: strings.hideTable }}
        actions={actions}
      />
      {tableMode === 'none' && !failed ? null : (
        <FigureTable
          id={tableId}
          table={table}
          visible={failed || tableMode === 'visible' || (tableMode === 'toggle' && expanded)}
        />
      )}
      {announce ? (
        <p className="chart-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      ) : null}
    </figure>
  );
}
