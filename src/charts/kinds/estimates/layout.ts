/**
 * Pure layout of an "estimates over time" chart (ammunition, missiles, artillery): one row per
 * statement in date order down a timeline, a horizontal bar per figure on one shared value scale,
 * and the MSMT figure as a vermilion row plus a dashed reference line through every row.
 *
 * Rows run down the page rather than along a time axis because the labels (figure, estimator, date,
 * basis) need a full line each: on a 320 px phone a horizontal time axis cannot hold six of them
 * without overlap. Time stays visible: rows keep date order, the gap between rows grows with the
 * months between them, and year ticks sit on the timeline at their interpolated position.
 */
import type { Direction, LocalText } from '../../../data/schema.ts';
import type { Box } from '../../shared/labels.ts';
import type { LayoutInput } from '../../types.ts';
import { referenceLine, timelineOf, valueTicks } from './axes.ts';
import { frameFor, monthIndex, type Frame } from './frame.ts';
import { estimateRow, msmtRow } from './rows.ts';
import { statements, type EstimateSeries, type Statement } from './select.ts';

export const ESTIMATES_VIEWS = ['msmt', 'estimates'] as const;
export type EstimatesView = (typeof ESTIMATES_VIEWS)[number];

export type Tone = 'text' | 'muted' | 'msmt' | 'estimate' | 'after';

export interface TextMark {
  key: string;
  text: string;
  /** Anchor point; y is the baseline. */
  x: number;
  y: number;
  size: number;
  weight: 400 | 600;
  tone: Tone;
  anchor: 'start' | 'middle' | 'end';
  italic?: boolean;
}

/** `msmt`: the report's figure, solid in the direction's colour; `estimate`: grey; `conversion`: hollow, dashed. */
export type BarStyle = 'msmt' | 'estimate' | 'conversion';

export interface BarMark {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  style: BarStyle;
  /** Alternate shade for the second, fourth… part of a grouped statement. */
  alt: boolean;
  /** Short value drawn inside a part of a grouped statement when it fits. */
  inside?: TextMark;
}

export interface RowMark {
  key: string;
  kind: 'msmt' | 'estimate';
  /** Dataset ids drawn in this row (several for a grouped statement). */
  ids: string[];
  date: string;
  /** Made public after the MSMT report. */
  after: boolean;
  /** Hidden rows keep their geometry so they can animate in. */
  visible: boolean;
  y: number;
  height: number;
  bars: BarMark[];
  /** Open end ("over", "at least"): an arrow from this point to the right (`half`: its half height, 5 unless said). */
  openEnd: { x: number; y: number; half?: number } | null;
  /** Ceiling ("up to"): a cap at the bar's end. */
  cap: { x: number; y0: number; y1: number } | null;
  /** No number given: a dotted stub instead of a bar. */
  stub: { x: number; y: number; width: number } | null;
  /** Dot on the timeline. */
  dot: { x: number; y: number };
  texts: TextMark[];
  /** Everything the row says, for `<title>` and screen readers: the callout's lines joined. */
  title: string;
  /** The callout's lines: figure, what, who and when, basis. */
  detail: string[];
  /** What the row draws (dot, bar, ends, texts), for its focus ring. */
  box: Box;
  /** Where the row's callout points: the end of its bar. */
  anchor: { x: number; y: number };
}

export interface EstimatesLayout {
  width: number;
  height: number;
  view: EstimatesView;
  /** Which density was drawn (see `EstimatesDensity`). */
  density: EstimatesDensity;
  direction: Direction;
  x0: number;
  x1: number;
  gridTop: number;
  axisY: number;
  valueTicks: { key: string; x: number; label: TextMark }[];
  timeline: { x: number; y0: number; y1: number; afterY: number | null } | null;
  timeTicks: { key: string; y: number; label: TextMark }[];
  /** `labelVisible` is false in the msmt view, where the MSMT row already says the same. */
  reference: {
    x: number;
    y0: number;
    y1: number;
    label: TextMark;
    labelVisible: boolean;
    openEnd: boolean;
  };
  rows: RowMark[];
}

/**
 * The chart's layout input with what the chart's configuration adds: the series, its direction and
 * the view its state stands for (`maxHeight`, a height cap such as the story's sticky box: the
 * most detailed density whose layout fits is used).
 */
export type EstimatesLayoutOptions = Omit<LayoutInput, 'state'> & {
  series: EstimateSeries;
  direction: Direction;
  view: EstimatesView;
  /** Wording of the tag on converted (not counted) figures. */
  conversionTag?: LocalText;
  /**
   * How the parts of a grouped statement are drawn. `stack` (default): end to end, for parts that
   * add up (50 SPGs + 20 MRLs). `overlay`: each from zero, larger behind, for parts that nest
   * (100 supplied, of which about 60 fired), which must never be added.
   */
  groupMode?: 'stack' | 'overlay';
};

/**
 * How much each row says and how much room time gets. `full`: figure, bar, label and estimator
 * lines, gaps growing with the months between rows. `compact`: figure, bar and one short
 * "date · estimator" line, small month gaps. `even`: the same at even spacing (order still by date,
 * year ticks still interpolated). `minimal`: "figure · date" over the bar. `list` (the smallest
 * phone): "figure · date" over a thin bar in rows 17 px tall, dots in place of the timeline (each
 * row names its date) and no value ticks (each row names its figure). What a denser row leaves
 * out stays in the row's title, the chart's table and its describe text.
 */
export type EstimatesDensity = 'full' | 'compact' | 'even' | 'minimal' | 'list';
export const ESTIMATES_DENSITIES: readonly EstimatesDensity[] = [
  'full',
  'compact',
  'even',
  'minimal',
  'list',
];

/** The first row starts this far under the header. */
const FIRST_ROW_GAP = 6;
/** The value axis sits this far under the last row; its tick labels take the room under it. */
const AXIS = { gap: 8, labels: 22, inlineGap: 4, inlineFoot: 4 } as const;

export function layoutEstimates(opts: EstimatesLayoutOptions): EstimatesLayout {
  const full = layoutEstimatesAt(opts, 'full');
  if (opts.maxHeight === undefined || full.height <= opts.maxHeight) return full;
  let last = full;
  for (const density of ESTIMATES_DENSITIES.slice(1)) {
    last = layoutEstimatesAt(opts, density);
    if (last.height <= opts.maxHeight) return last;
  }
  // Nothing fits: the smallest layout (tests document its height), never dropped rows.
  return last;
}

type RowItem = (Statement & { kind: 'estimate' }) | { kind: 'msmt'; date: string };

/** Rows in time order, the MSMT row at the report date; the msmt view puts it first. */
function rowOrder(groups: readonly Statement[], series: EstimateSeries, view: EstimatesView) {
  const ordered: RowItem[] = [
    ...groups.map((g) => ({ ...g, kind: 'estimate' as const })),
    { kind: 'msmt' as const, date: series.msmt.date },
  ].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  return view === 'msmt' ? [...ordered].sort((a) => (a.kind === 'msmt' ? -1 : 1)) : ordered;
}

/**
 * The rows down the page: hidden rows keep their place (to animate in) and take no room; visible
 * ones are spaced by the months between them, as far as the density allows. Returns the rows and
 * where the axis goes.
 */
function stackRows(
  f: Frame,
  series: EstimateSeries,
  items: readonly RowItem[],
): { rows: RowMark[]; axisY: number } {
  const { spec, view } = f;
  const rows: RowMark[] = [];
  let cursor = f.header + FIRST_ROW_GAP;
  let previousMonth: number | undefined;
  for (const item of items) {
    const visible = view === 'estimates' || item.kind === 'msmt';
    const month = monthIndex(item.date);
    if (visible && view === 'estimates' && previousMonth !== undefined)
      cursor += Math.min(spec.monthMax, Math.max(0, month - previousMonth) * spec.monthStep);
    const after = month > f.reportMonth;
    const row =
      item.kind === 'msmt'
        ? msmtRow(f, series, cursor, after)
        : estimateRow(f, item, cursor, visible, after);
    rows.push(row);
    if (visible) {
      cursor += row.height + spec.gap;
      previousMonth = month;
    }
  }
  return { rows, axisY: cursor - spec.gap + (spec.inline ? AXIS.inlineGap : AXIS.gap) };
}

/** The layout at one density, ignoring `maxHeight` (tests compare densities). */
export function layoutEstimatesAt(
  opts: EstimatesLayoutOptions,
  density: EstimatesDensity,
): EstimatesLayout {
  const groups = statements(opts.series.estimates);
  const f = frameFor(opts, density, groups);
  const { rows, axisY } = stackRows(f, opts.series, rowOrder(groups, opts.series, opts.view));
  // Inline rows name their figures: no tick labels under the axis.
  const height = axisY + (f.spec.inline ? AXIS.inlineFoot : AXIS.labels);
  const reference = referenceLine(f, opts.series, axisY);
  return {
    width: f.width,
    height,
    view: opts.view,
    density,
    direction: opts.direction,
    x0: f.x0,
    x1: f.x1,
    gridTop: reference.y0,
    axisY,
    valueTicks: valueTicks(f, axisY),
    ...timelineOf(f, rows),
    reference,
    rows,
  };
}

/** Every visible text mark of a layout, for overlap tests and font checks. */
export function visibleTexts(layout: EstimatesLayout): TextMark[] {
  return [
    ...(layout.reference.labelVisible ? [layout.reference.label] : []),
    ...layout.valueTicks.map((t) => t.label),
    ...layout.timeTicks.map((t) => t.label),
    ...layout.rows
      .filter((r) => r.visible)
      .flatMap((r) => [...r.texts, ...r.bars.flatMap((b) => (b.inside ? [b.inside] : []))]),
  ];
}
