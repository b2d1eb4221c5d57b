/**
 * The frame every part of an estimates layout is drawn in: the density's sizes, the plot's edges,
 * the shared value scale and the report's month. Built once per layout from its options.
 */
import { max, sum } from 'd3-array';
import type { Quantity } from '../../../data/schema.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { FONT } from '../../shared/colors.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { qualifierMarks } from '../../shared/qualifier.ts';
import type { Statement } from './select.ts';
import { WORDS } from './words.ts';
import type { EstimatesDensity, EstimatesLayoutOptions, EstimatesView } from './layout.ts';

export interface DensitySpec {
  bar: number;
  msmtBar: number;
  line: number;
  gap: number;
  monthStep: number;
  monthMax: number;
  headSize: number;
  detail: 'full' | 'one-line' | 'none';
  /** Thin rows this tall (px): the text line, the bar right under it; no timeline, no ticks. */
  inline?: number;
}

const DENSITY: Record<EstimatesDensity, DensitySpec> = {
  full: {
    bar: 12,
    msmtBar: 16,
    line: 15,
    gap: 14,
    monthStep: 2.5,
    monthMax: 28,
    headSize: FONT.label,
    detail: 'full',
  },
  compact: {
    bar: 10,
    msmtBar: 12,
    line: 14,
    gap: 8,
    monthStep: 1,
    monthMax: 10,
    headSize: FONT.label,
    detail: 'one-line',
  },
  even: {
    bar: 10,
    msmtBar: 12,
    line: 14,
    gap: 8,
    monthStep: 0,
    monthMax: 0,
    headSize: FONT.label,
    detail: 'one-line',
  },
  minimal: {
    bar: 8,
    msmtBar: 10,
    line: 14,
    gap: 7,
    monthStep: 0,
    monthMax: 0,
    headSize: FONT.small,
    detail: 'none',
  },
  list: {
    bar: 3,
    msmtBar: 4,
    line: 14,
    gap: 0,
    monthStep: 0,
    monthMax: 0,
    headSize: FONT.small,
    detail: 'none',
    inline: 17,
  },
};

/** Narrower than this, the chart is laid out at this width (the smallest phone). */
const MIN_WIDTH = 280;
/** Left of the bars: the timeline with its year labels; inline rows keep only the dots. */
const GUTTER = { inline: 14, narrow: 44, wide: 64, wideFrom: 480 } as const;
/** Right of the scale's end: room for an open-end arrow. */
const ARROW_ROOM = 26;
/** Text lines stop this short of the right edge. */
const TEXT_END_PAD = 4;
/** The timeline runs this far left of the bars; inline rows put their dots at `INLINE_DOT_X`. */
const TIMELINE_INSET = 12;
const INLINE_DOT_X = 5;
/** Above the first row: the reference line's label; thin rows start closer under it. */
const HEADER = { height: 28, inlineLift: 4 } as const;

export interface Frame {
  spec: DensitySpec;
  lang: Lang;
  view: EstimatesView;
  groupMode: 'stack' | 'overlay';
  width: number;
  /** The value scale's left (zero) and right ends. */
  x0: number;
  x1: number;
  x: ScaleLinear<number, number>;
  /** Where the timeline and the rows' dots sit. */
  timelineX: number;
  dotX: number;
  /** The widest a text line may run. */
  textWidthMax: number;
  header: number;
  conversionTag: string;
  reportMonth: number;
}

/** Months since year 0 as a fraction, for spacing and interpolation (day precision when given). */
export function monthIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1) + (d === undefined ? 0.5 : (d - 1) / 31);
}

/** How far a figure reaches on the scale; no number counts as zero (a stub is drawn instead). */
export function extentOf(q: Quantity): number {
  return qualifierMarks(q).extent ?? 0;
}

/** The scale's end: every figure, and stacked parts at their sum (120 + 120 reaches 240). */
function largestValue(opts: EstimatesLayoutOptions, groups: readonly Statement[]): number {
  const { series, groupMode = 'stack' } = opts;
  return Math.max(
    extentOf(series.msmt.quantity),
    max(series.estimates, (e) => extentOf(e.quantity)) ?? 0,
    groupMode === 'stack'
      ? (max(groups, (g) => sum(g.parts, (p) => extentOf(p.quantity))) ?? 0)
      : 0,
    1,
  );
}

export function frameFor(
  opts: EstimatesLayoutOptions,
  density: EstimatesDensity,
  groups: readonly Statement[],
): Frame {
  const { series, lang, view, groupMode = 'stack' } = opts;
  const spec = DENSITY[density];
  const width = Math.max(MIN_WIDTH, opts.width);
  const gutter = spec.inline
    ? GUTTER.inline
    : width < GUTTER.wideFrom
      ? GUTTER.narrow
      : GUTTER.wide;
  const x0 = gutter;
  const x1 = width - ARROW_ROOM;
  const maxValue = largestValue(opts, groups);
  return {
    spec,
    lang,
    view,
    groupMode,
    width,
    x0,
    x1,
    x: scaleLinear().domain([0, maxValue]).nice().range([x0, x1]),
    timelineX: gutter - TIMELINE_INSET,
    dotX: spec.inline ? INLINE_DOT_X : gutter - TIMELINE_INSET,
    textWidthMax: width - x0 - TEXT_END_PAD,
    header: spec.inline ? HEADER.height - HEADER.inlineLift : HEADER.height,
    conversionTag: (opts.conversionTag ?? WORDS.conversion)[lang],
    reportMonth: monthIndex(series.msmt.date),
  };
}
