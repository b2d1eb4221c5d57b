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
import { resolveState, type ChartId } from '../types.ts';
import { ChartErrorBoundary } from './ChartErrorBoundary.tsx';
import { DataTable } from './DataTable.tsx';
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
  /** Fixed drawing width in px. Without it the figure measures its own width (ResizeObserver). */
  width?: number;
  /** Width used on the server and in the first client render, before measuring (default 640). */
  initialWidth?: number;
  /** Cap on the drawing's height in px (e.g. a sticky graphic's share of the viewport). */
  maxHeight?: number;
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

export function ChartFigure({
  id,
  data,
  lang,
  state,
  width,
  initialWidth = 640,
  maxHeight,
  headingLevel = 3,
  tableMode = 'toggle',
  actions,
  announce = false,
  className,
  drawing,
  corrections = false,
}: ChartFigureProps) {
  const chart = useChart(id);
  const resolved = resolveState(chart, state);
  const strings = FIGURE_STRINGS[lang];
  const uid = useId();
  const headingId = `${uid}-heading`;
  const tableId = `${uid}-table`;
  const [boxRef, measured] = useChartWidth<HTMLDivElement>(width ?? initialWidth);
  const [expanded, setExpanded] = useState(tableMode === 'visible');
  // Which drawing failed (chart|state|lang): another state gets a fresh chance to draw.
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const drawingKey = `${id}|${resolved}|${lang}`;
  const failed = failedKey === drawingKey;

  // One record of the last drawn state and size: transitions run for a new state only, not for a
  // new size (./motion.ts), and a new state is announced (never the first: the figure itself is
  // read then).
  const [announcement, setAnnouncement] = useState('');
  const drawWidth = width ?? measured;
  const size = `${drawWidth}×${maxHeight ?? ''}`;
  const [drawnAs, setDrawnAs] = useState({ state: resolved, size, moving: false });
  const next = nextDrawnAs(drawnAs, resolved, size);
  if (next !== drawnAs) {
    setDrawnAs(next);
    if (announce && next.state !== drawnAs.state)
      setAnnouncement(chart.describe(data, lang, resolved));
  }

  // The table does not change with the state: built once, so a state change (the story's, many
  // times a minute) does not re-render its rows (DataTable is memoised on it).
  const table = useMemo(() => chart.table(data, lang), [chart, data, lang]);
  // Likewise the texts that do not depend on the state (the source line alone costs a phone a few
  // milliseconds, in the frame of every state change).
  const fixedTexts = useMemo(
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

  const Heading: Heading = `h${headingLevel}`;
  const Drawing = chart.Component;
  const { note } = fixedTexts;
  const tableVisible = failed || tableMode === 'visible' || (tableMode === 'toggle' && expanded);

  return (
    <figure
      className={className ? `chart-figure ${className}` : 'chart-figure'}
      aria-labelledby={headingId}
      data-chart={id}
      data-state={resolved}
    >
      <figcaption className="chart-figure__header">
        <Heading id={headingId} className="chart-figure__title">
          {fixedTexts.title}
        </Heading>
        <p className="chart-figure__subtitle">{chart.subtitle(data, lang, resolved)}</p>
      </figcaption>
      <div
        className={
          next.moving
            ? 'chart-figure__drawing'
            : 'chart-figure__drawing chart-figure__drawing--still'
        }
        ref={boxRef}
      >
        <ChartErrorBoundary
          resetKey={drawingKey}
          onError={() => setFailedKey(drawingKey)}
          fallback={<p className="chart-figure__error">{strings.error}</p>}
        >
          {drawing ?? (
            <Drawing
              data={data}
              lang={lang}
              state={resolved}
              width={drawWidth}
              maxHeight={maxHeight}
            />
          )}
        </ChartErrorBoundary>
      </div>
      {/* Separate paragraphs, not spans: each is its own bidi paragraph, so a direction override
          in one source name cannot reorder the note or the other names. */}
      <div className="chart-figure__footer">
        {note ? <p className="chart-figure__note">{note}</p> : null}
        <p className="chart-figure__source">{fixedTexts.sourceLine}</p>
        <ChartCorrections corrections={chartCorrections} lang={lang} />
      </div>
      {(tableMode === 'toggle' && !failed) || actions ? (
        <div className="chart-figure__actions">
          {tableMode === 'toggle' && !failed ? (
            <button
              type="button"
              className="chart-figure__button"
              aria-expanded={expanded}
              aria-controls={tableId}
              onClick={() => setExpanded((e) => !e)}
            >
              {expanded ? strings.hideTable : strings.showTable}
            </button>
          ) : null}
          {actions}
        </div>
      ) : null}
      {tableMode === 'none' && !failed ? null : (
        <div
          id={tableId}
          className={
            tableVisible ? 'chart-figure__table' : 'chart-figure__table chart-visually-hidden'
          }
        >
          <DataTable table={table} />
        </div>
      )}
      {announce ? (
        <p className="chart-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      ) : null}
    </figure>
  );
}
