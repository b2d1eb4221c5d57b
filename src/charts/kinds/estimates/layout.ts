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
import { descending, max, sum } from 'd3-array';
import type { Direction, Estimate, LocalText, Quantity, Unit } from '../../../data/schema.ts';
import { formatAmount, formatDate, formatNumber, unitWord } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { FONT } from '../../shared/colors.ts';
import { linearScale } from '../../shared/linear-scale.ts';
import { textBox, unionBox, type Box } from '../../shared/labels.ts';
import { qualifierMarks } from '../../shared/qualifier.ts';
import { fitText, textWidth, wrapText } from '../../shared/text.ts';
import { statements, type EstimateSeries } from './select.ts';
import { WORDS, reportLabel } from './words.ts';

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

export interface EstimatesLayoutOptions {
  series: EstimateSeries;
  direction: Direction;
  width: number;
  lang: Lang;
  view: EstimatesView;
  /** Wording of the tag on converted (not counted) figures. */
  conversionTag?: LocalText;
  /**
   * How the parts of a grouped statement are drawn. `stack` (default): end to end, for parts that
   * add up (50 SPGs + 20 MRLs). `overlay`: each from zero, larger behind, for parts that nest
   * (100 supplied, of which about 60 fired), which must never be added.
   */
  groupMode?: 'stack' | 'overlay';
  /** Height cap (the story's sticky box): the most detailed density whose layout fits is used. */
  maxHeight?: number;
}

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

interface DensitySpec {
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

const HEADER = 28;

/** Months since year 0 as a fraction, for spacing and interpolation (day precision when given). */
export function monthIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1) + (d === undefined ? 0.5 : (d - 1) / 31);
}

function extentOf(q: Quantity): number {
  return qualifierMarks(q).extent ?? 0;
}

function unitText(unit: Unit | undefined, lang: Lang, n: number): string {
  return unit ? ` ${unitWord(unit, lang, n)}` : '';
}

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

/** The layout at one density, ignoring `maxHeight` (tests compare densities). */
export function layoutEstimatesAt(
  opts: EstimatesLayoutOptions,
  density: EstimatesDensity,
): EstimatesLayout {
  const { series, lang, view, direction, groupMode = 'stack' } = opts;
  const D = DENSITY[density];
  const BAR = D.bar;
  const MSMT_BAR = D.msmtBar;
  const LINE = D.line;
  const ROW_GAP = D.gap;
  const width = Math.max(280, opts.width);
  // Inline rows keep only the timeline's dots: a narrow gutter.
  const gutter = D.inline ? 14 : width < 480 ? 44 : 64;
  const x0 = gutter;
  const x1 = width - 26; // room for an open-end arrow
  const textWidthMax = width - x0 - 4;
  const conversionTag = (opts.conversionTag ?? WORDS.conversion)[lang];

  const groups = statements(series.estimates);
  // Stacked parts end at their sum (120 + 120 reaches 240), so the scale must hold the sums.
  const maxValue = Math.max(
    extentOf(series.msmt.quantity),
    max(series.estimates, (e) => extentOf(e.quantity)) ?? 0,
    groupMode === 'stack'
      ? (max(groups, (g) => sum(g.parts, (p) => extentOf(p.quantity))) ?? 0)
      : 0,
    1,
  );
  const x = linearScale([0, maxValue], [x0, x1], { nice: true });
  const reportMonth = monthIndex(series.msmt.date);

  // Rows in time order, the MSMT row at the report date.
  type Pending = { key: string; kind: 'msmt' | 'estimate'; date: string; parts: Estimate[] };
  const ordered: Pending[] = [
    ...groups.map((g) => ({ key: g.key, kind: 'estimate' as const, date: g.date, parts: g.parts })),
    { key: series.msmt.id, kind: 'msmt' as const, date: series.msmt.date, parts: [] },
  ].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const order = view === 'msmt' ? [...ordered].sort((a) => (a.kind === 'msmt' ? -1 : 1)) : ordered;

  const rows: RowMark[] = [];
  // The header holds the reference line's label; thin rows start closer under it.
  const header = D.inline ? HEADER - 4 : HEADER;
  let cursor = header + 6;
  let previousMonth: number | undefined;
  for (const item of order) {
    const visible = view === 'estimates' || item.kind === 'msmt';
    const month = monthIndex(item.date);
    if (visible && view === 'estimates' && previousMonth !== undefined)
      cursor += Math.min(D.monthMax, Math.max(0, month - previousMonth) * D.monthStep);
    const row =
      item.kind === 'msmt'
        ? msmtRow(cursor)
        : estimateRow(item.key, item.date, item.parts, cursor, visible);
    row.after = month > reportMonth;
    rows.push(row);
    if (visible) {
      cursor += row.height + ROW_GAP;
      previousMonth = month;
    }
  }
  const axisY = cursor - ROW_GAP + (D.inline ? 4 : 8);
  // Inline rows name their figures: no tick labels under the axis.
  const height = axisY + (D.inline ? 4 : 22);

  function lineTexts(
    key: string,
    lines: { text: string; tone: Tone; size: number; weight: 400 | 600; italic?: boolean }[],
    top: number,
  ): TextMark[] {
    let y = top;
    return lines.map((l, i) => {
      y += i === 0 ? l.size * 0.8 : LINE;
      return {
        key: `${key}-t${i}`,
        text: l.text,
        x: x0,
        y,
        size: l.size,
        weight: l.weight,
        tone: l.tone,
        anchor: 'start' as const,
        ...(l.italic ? { italic: true } : {}),
      };
    });
  }

  function described(detail: string[]): Pick<RowMark, 'title' | 'detail'> {
    return { title: detail.join('. '), detail };
  }

  /** A thin row: its text line at the top, the bar right under the text's descenders. */
  function inline(row: Omit<RowMark, 'box' | 'anchor'>, rowHeight: number) {
    const head = row.texts[0];
    const size = head?.size ?? FONT.small;
    const barTop = row.bars[0]?.y ?? row.dot.y - BAR / 2;
    const barHeight = row.bars[0]?.height ?? BAR;
    const dy = row.y + size + 1 - barTop; // the bar's top under the text's descenders
    const bars = row.bars.map((b) => ({ ...b, y: b.y + dy }));
    // Ends sized to the thin bar, so they reach into neither text line nor past the row.
    const openEndY = row.openEnd ? row.openEnd.y + dy : 0;
    const openEnd = row.openEnd && {
      ...row.openEnd,
      y: openEndY,
      half: Math.min(3, row.y + rowHeight - openEndY),
    };
    const barY = row.y + size + 1;
    const cap = row.cap && {
      ...row.cap,
      y0: barY - 1,
      y1: Math.min(barY + barHeight + 1, row.y + rowHeight),
    };
    const stub = row.stub && { ...row.stub, y: row.stub.y + dy };
    const texts = row.texts
      .slice(0, 1)
      .map((t) => ({ ...t, x: x0, y: row.y + size * 0.8, anchor: 'start' as const }));
    const dot = { x: row.dot.x, y: row.y + size + 1 + barHeight / 2 };
    return { ...row, bars, openEnd, cap, stub, dot, texts, height: rowHeight };
  }

  /** The row's box (dot, bars, ends, texts) and its callout's anchor, from what it draws. */
  function placed(drawn: Omit<RowMark, 'box' | 'anchor'>): RowMark {
    const row = D.inline ? inline(drawn, D.inline) : drawn;
    const ends = [
      ...row.bars,
      ...(row.openEnd ? [{ x: row.openEnd.x, y: row.openEnd.y - 5, width: 16, height: 10 }] : []),
      ...(row.cap
        ? [{ x: row.cap.x - 1, y: row.cap.y0, width: 2, height: row.cap.y1 - row.cap.y0 }]
        : []),
      ...(row.stub ? [{ x: row.stub.x, y: row.stub.y - 2, width: row.stub.width, height: 4 }] : []),
    ];
    const texts = row.texts.map((t) =>
      textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor),
    );
    const dot = { x: row.dot.x - 5, y: row.dot.y - 5, width: 10, height: 10 };
    const reach = Math.max(x0, max(ends, (b) => b.x + b.width) ?? x0);
    const barTop = row.bars[0]?.y ?? row.stub?.y ?? row.dot.y;
    return {
      ...row,
      box: unionBox([dot, ...ends, ...texts]),
      anchor: { x: reach, y: barTop },
    };
  }

  function msmtRow(top: number): RowMark {
    const q = series.msmt.quantity;
    const marks = qualifierMarks(q);
    const value = marks.extent ?? 0;
    const amount = `${formatAmount(q, lang, { compact: true })}${unitText(series.msmt.unit, lang, value)}`;
    const headline = `${WORDS.msmtTag[lang]}: ${amount}`;
    const headSize = D.detail === 'full' ? FONT.value : D.headSize;
    const barY = top + headSize + (D.detail === 'none' ? 4 : 6);
    const end = x(value);
    const report = reportLabel(series.msmt.date, lang);
    const below =
      D.detail === 'full'
        ? wrapText(report, textWidthMax, FONT.small, 2).lines
        : D.detail === 'one-line'
          ? [fitText(report, textWidthMax, FONT.small).text]
          : [];
    const texts = [
      ...lineTexts(
        series.msmt.id,
        [{ text: headline, tone: 'msmt', size: headSize, weight: 600 }],
        top,
      ),
      ...lineTexts(
        `${series.msmt.id}-below`,
        below.map((text) => ({
          text,
          tone: 'muted' as const,
          size: FONT.small,
          weight: 400 as const,
        })),
        barY + MSMT_BAR + 4,
      ),
    ];
    const height = barY - top + MSMT_BAR + (below.length ? 4 + below.length * LINE : 0);
    return placed({
      key: series.msmt.id,
      kind: 'msmt',
      ids: [series.msmt.id],
      date: series.msmt.date,
      after: false,
      visible: true,
      y: top,
      height,
      bars: [
        {
          key: `${series.msmt.id}-bar`,
          x: x0,
          y: barY,
          width: end - x0,
          height: MSMT_BAR,
          style: 'msmt',
          alt: false,
        },
      ],
      openEnd: marks.openEnd ? { x: end, y: barY + MSMT_BAR / 2 } : null,
      cap: marks.ceiling ? { x: end, y0: barY - 4, y1: barY + MSMT_BAR + 4 } : null,
      stub: null,
      dot: { x: D.inline ? 5 : gutter - 12, y: barY + MSMT_BAR / 2 },
      texts,
      ...described([headline, reportLabel(series.msmt.date, lang)]),
    });
  }

  function estimateRow(
    key: string,
    date: string,
    parts: Estimate[],
    top: number,
    visible: boolean,
  ): RowMark {
    const first = parts[0];
    if (!first) throw new Error(`estimates: statement "${key}" has no parts`);
    const conversion = parts.some((p) => p.basis === 'conversion');
    const overlay = groupMode === 'overlay' && parts.length > 1;
    const notQuantified = parts.every((p) => p.quantity.qualifier === 'not-quantified');
    const unitValue = max(parts, (p) => extentOf(p.quantity)) ?? 0;
    const joiner = overlay ? ' / ' : ' + ';
    // Overlaid (nested) parts are named largest first: "100 / about 60".
    const named = overlay
      ? [...parts].sort((a, b) => descending(extentOf(a.quantity), extentOf(b.quantity)))
      : parts;
    const amounts = named
      .map((p) => formatAmount(p.quantity, lang, { compact: true }))
      .join(joiner);
    const headline = notQuantified
      ? `${amounts} (${WORDS.notQuantified[lang]})`
      : `${amounts}${unitText(first.unit, lang, unitValue)}`;
    const what = named.map((p) => p.label[lang]).join(joiner);
    const when = formatDate(date, lang, { short: true });
    const who = `${first.estimator[lang]}, ${when}`;
    const after = monthIndex(date) > reportMonth;
    // Date and estimator first, so a long label can never push the date out of the row.
    const whoLine = `${when} · ${first.estimator[lang]}${after ? ` (${WORDS.afterReport[lang]})` : ''}`;
    // Denser rows: one short "date · estimator" line, or the date beside the figure; the label
    // and the full wording stay in the row's title and the chart's table.
    const shortWho = `${when} · ${first.estimator[lang]}${after ? ` (${WORDS.afterReport[lang]})` : ''}${conversion ? ` · ${conversionTag}` : ''}`;
    const detailLines =
      D.detail === 'full'
        ? [
            ...wrapText(what, textWidthMax, FONT.small, 2).lines.map((text) => ({
              text,
              tone: 'text' as const,
            })),
            ...wrapText(whoLine, textWidthMax, FONT.small, 2).lines.map((text) => ({
              text,
              tone: 'muted' as const,
            })),
          ]
        : D.detail === 'one-line'
          ? [{ text: fitText(shortWho, textWidthMax, FONT.small).text, tone: 'muted' as const }]
          : [];
    const headSize = D.detail === 'full' ? FONT.label : D.headSize;
    const headText =
      D.detail === 'none'
        ? fitText(`${headline} · ${when}`, textWidthMax, headSize, { bold: true }).text
        : headline;
    const barY = top + headSize + (D.detail === 'none' ? 4 : 5);
    const lines = [
      ...detailLines.map(({ text, tone }) => ({
        text,
        tone,
        size: FONT.small,
        weight: 400 as const,
      })),
      ...(conversion && D.detail === 'full'
        ? [
            {
              text: conversionTag,
              tone: 'estimate' as const,
              size: FONT.small,
              weight: 400 as const,
              italic: true,
            },
          ]
        : []),
    ];
    const texts = [
      ...lineTexts(key, [{ text: headText, tone: 'text', size: headSize, weight: 600 }], top),
      ...lineTexts(`${key}-below`, lines, barY + BAR + 4),
    ];

    // Stacked parts sit end to end in one bar (drawn stacked, stored separately); overlaid parts
    // each start at zero, the largest drawn first so the smaller ones stay visible on top.
    const bars: BarMark[] = [];
    const drawOrder = overlay
      ? [...parts].sort((a, b) => descending(extentOf(a.quantity), extentOf(b.quantity)))
      : parts;
    let start = 0;
    drawOrder.forEach((p, i) => {
      const extent = extentOf(p.quantity);
      if (p.quantity.qualifier === 'not-quantified') return;
      const left = x(overlay ? 0 : start);
      const right = x((overlay ? 0 : start) + extent);
      const short = formatNumber(extent, lang, { compact: true });
      const shortWidth = textWidth(short, FONT.small, { bold: true });
      // An overlaid part shows its value at its own end; the next, shorter bar must leave room.
      const next = drawOrder[i + 1];
      const room = overlay && next ? right - x(extentOf(next.quantity)) : right - left;
      const insideFits = BAR >= 12 && parts.length > 1 && shortWidth + 8 <= room;
      const insideX = overlay ? right - 4 : (left + right) / 2;
      bars.push({
        key: `${p.id}-bar`,
        x: left,
        y: barY,
        width: Math.max(0, right - left),
        height: BAR,
        style: p.basis === 'conversion' ? 'conversion' : 'estimate',
        alt: overlay ? i === 0 : i % 2 === 1,
        ...(insideFits
          ? {
              inside: {
                key: `${p.id}-inside`,
                text: short,
                x: insideX,
                y: barY + BAR - 2,
                size: FONT.small,
                weight: 600 as const,
                tone: 'text' as const,
                anchor: overlay ? ('end' as const) : ('middle' as const),
              },
            }
          : {}),
      });
      start += extent;
    });
    if (overlay) start = max(parts, (p) => extentOf(p.quantity)) ?? 0;
    const lastPart = overlay ? drawOrder[0] : parts[parts.length - 1];
    const marks = lastPart ? qualifierMarks(lastPart.quantity) : undefined;
    const end = x(start);
    const height = barY - top + BAR + (lines.length ? 4 + lines.length * LINE : 0);
    return placed({
      key,
      kind: 'estimate',
      ids: parts.map((p) => p.id),
      date,
      after,
      visible,
      y: top,
      height,
      bars,
      openEnd: marks?.openEnd ? { x: end, y: barY + BAR / 2 } : null,
      cap: marks?.ceiling ? { x: end, y0: barY - 3, y1: barY + BAR + 3 } : null,
      stub: notQuantified ? { x: x0, y: barY + BAR / 2, width: Math.min(48, x1 - x0) } : null,
      dot: { x: D.inline ? 5 : gutter - 12, y: barY + BAR / 2 },
      texts,
      ...described([headline, what, who, ...(conversion ? [conversionTag] : [])]),
    });
  }

  // Value axis at the foot: compact labels, spaced so they never touch.
  const tickCount = Math.max(2, Math.floor((x1 - x0) / 90));
  const valueTicks = (D.inline ? [] : x.ticks(tickCount)).map((v) => {
    const label = formatNumber(v, lang, { compact: true });
    return {
      key: `tick-${v}`,
      x: x(v),
      label: {
        key: `tick-${v}-label`,
        text: label,
        x: x(v),
        y: axisY + 15,
        size: FONT.small,
        weight: 400 as const,
        tone: 'muted' as const,
        anchor: 'middle' as const,
      },
    };
  });

  // The MSMT reference line, labelled in the header so it never sits on a row's text.
  const msmtValue = extentOf(series.msmt.quantity);
  const refX = x(msmtValue);
  const refText = `${WORDS.msmtTag[lang]}: ${formatAmount(series.msmt.quantity, lang, { compact: true })}`;
  const refWidth = textWidth(refText, FONT.small, { bold: true });
  const refAnchor: TextMark['anchor'] =
    refX + refWidth / 2 > width ? 'end' : refX - refWidth / 2 < 0 ? 'start' : 'middle';
  const reference = {
    x: refX,
    y0: header - 4,
    y1: axisY,
    openEnd: qualifierMarks(series.msmt.quantity).openEnd,
    labelVisible: view === 'estimates',
    label: {
      key: 'reference-label',
      text: refText,
      x: refAnchor === 'end' ? width : refAnchor === 'start' ? 0 : refX,
      y: header - 10,
      size: FONT.small,
      weight: 600 as const,
      tone: 'msmt' as const,
      anchor: refAnchor,
    },
  };

  // Timeline: year ticks interpolated between the rows' dates, so they agree with the rows.
  const visibleRows = rows.filter((r) => r.visible);
  let timeline: EstimatesLayout['timeline'] = null;
  const timeTicks: EstimatesLayout['timeTicks'] = [];
  if (view === 'estimates' && visibleRows.length > 1 && !D.inline) {
    const anchors = visibleRows.map((r) => ({ m: monthIndex(r.date), y: r.dot.y }));
    const yAt = (m: number): number | undefined => {
      for (let i = 1; i < anchors.length; i++) {
        const a = anchors[i - 1];
        const b = anchors[i];
        if (!a || !b || m < a.m || m > b.m) continue;
        return b.m === a.m ? a.y : a.y + ((m - a.m) / (b.m - a.m)) * (b.y - a.y);
      }
      return undefined;
    };
    const firstYear = Math.floor((anchors[0]?.m ?? 0) / 12) + 1;
    const lastYear = Math.floor((anchors[anchors.length - 1]?.m ?? 0) / 12);
    let lastY = -Infinity;
    for (let year = firstYear; year <= lastYear; year++) {
      const y = yAt(year * 12);
      if (y === undefined || y - lastY < FONT.small * 2) continue;
      lastY = y;
      timeTicks.push({
        key: `year-${year}`,
        y,
        label: {
          key: `year-${year}-label`,
          text: String(year),
          x: 0,
          y: y + FONT.small * 0.35,
          size: FONT.small,
          weight: 400,
          tone: 'muted',
          anchor: 'start',
        },
      });
    }
    const afterRow = visibleRows.find((r) => r.after);
    timeline = {
      x: gutter - 12,
      y0: visibleRows[0]?.dot.y ?? 0,
      y1: visibleRows[visibleRows.length - 1]?.dot.y ?? 0,
      afterY: afterRow ? (yAt(reportMonth) ?? null) : null,
    };
  }

  return {
    width,
    height,
    view,
    density,
    direction,
    x0,
    x1,
    gridTop: header - 4,
    axisY,
    valueTicks,
    timeline,
    timeTicks,
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
