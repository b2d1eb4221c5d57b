/**
 * What frames the rows of an estimates layout: the value axis at the foot, the MSMT reference
 * line (labelled in the header, so it never sits on a row's text) and the timeline with its year
 * ticks, interpolated between the rows' dates so they agree with the rows.
 */
import { formatAmount, formatNumber } from '../../../lib/format.ts';
import { FONT } from '../../shared/colors.ts';
import { qualifierMarks } from '../../shared/qualifier.ts';
import { textWidth } from '../../shared/text.ts';
import { extentOf, monthIndex, type Frame } from './frame.ts';
import type { EstimatesLayout, RowMark, TextMark } from './layout.ts';
import type { EstimateSeries } from './select.ts';
import { WORDS } from './words.ts';

/** Value ticks at least this far apart (px), so their compact labels never touch. */
const TICK_SPACING = 90;
/** A tick label's baseline under the axis. */
const TICK_LABEL_DROP = 15;
/** The reference line starts this far above the first row; its label's baseline higher still. */
const REFERENCE = { lineAbove: 4, labelAbove: 10 } as const;
/** Year ticks closer than this many small lines are dropped; labels centre on their tick. */
const YEAR_TICK = { minGapLines: 2, baselineShift: 0.35 } as const;

/** Value axis at the foot: compact labels; inline rows name their figures and get none. */
export function valueTicks(f: Frame, axisY: number): EstimatesLayout['valueTicks'] {
  const { x, x0, x1 } = f;
  const tickCount = Math.max(2, Math.floor((x1 - x0) / TICK_SPACING));
  return (f.spec.inline ? [] : x.ticks(tickCount)).map((v) => {
    const label = formatNumber(v, f.lang, { compact: true });
    return {
      key: `tick-${v}`,
      x: x(v),
      label: {
        key: `tick-${v}-label`,
        text: label,
        x: x(v),
        y: axisY + TICK_LABEL_DROP,
        size: FONT.small,
        weight: 400 as const,
        tone: 'muted' as const,
        anchor: 'middle' as const,
      },
    };
  });
}

/** The MSMT reference line through every row, its label kept inside the chart's width. */
export function referenceLine(
  f: Frame,
  series: EstimateSeries,
  axisY: number,
): EstimatesLayout['reference'] {
  const { width, header, lang } = f;
  const refX = f.x(extentOf(series.msmt.quantity));
  const refText = `${WORDS.msmtTag[lang]}: ${formatAmount(series.msmt.quantity, lang, { compact: true })}`;
  const refWidth = textWidth(refText, FONT.small, { bold: true });
  const refAnchor: TextMark['anchor'] =
    refX + refWidth / 2 > width ? 'end' : refX - refWidth / 2 < 0 ? 'start' : 'middle';
  return {
    x: refX,
    y0: header - REFERENCE.lineAbove,
    y1: axisY,
    openEnd: qualifierMarks(series.msmt.quantity).openEnd,
    labelVisible: f.view === 'estimates',
    label: {
      key: 'reference-label',
      text: refText,
      x: refAnchor === 'end' ? width : refAnchor === 'start' ? 0 : refX,
      y: header - REFERENCE.labelAbove,
      size: FONT.small,
      weight: 600 as const,
      tone: 'msmt' as const,
      anchor: refAnchor,
    },
  };
}

/** A row's month and the y of its dot. */
interface TimeAnchor {
  m: number;
  y: number;
}

/** The y of a month between the rows' dots, by linear interpolation; undefined outside them. */
function monthToY(anchors: readonly TimeAnchor[]): (month: number) => number | undefined {
  return (m) => {
    for (let i = 1; i < anchors.length; i++) {
      const a = anchors[i - 1];
      const b = anchors[i];
      if (!a || !b || m < a.m || m > b.m) continue;
      return b.m === a.m ? a.y : a.y + ((m - a.m) / (b.m - a.m)) * (b.y - a.y);
    }
    return undefined;
  };
}

function yearTicks(
  anchors: readonly TimeAnchor[],
  yAt: (month: number) => number | undefined,
): EstimatesLayout['timeTicks'] {
  const ticks: EstimatesLayout['timeTicks'] = [];
  const firstYear = Math.floor((anchors[0]?.m ?? 0) / 12) + 1;
  const lastYear = Math.floor((anchors[anchors.length - 1]?.m ?? 0) / 12);
  let lastY = -Infinity;
  for (let year = firstYear; year <= lastYear; year++) {
    const y = yAt(year * 12);
    if (y === undefined || y - lastY < FONT.small * YEAR_TICK.minGapLines) continue;
    lastY = y;
    ticks.push({
      key: `year-${year}`,
      y,
      label: {
        key: `year-${year}-label`,
        text: String(year),
        x: 0,
        y: y + FONT.small * YEAR_TICK.baselineShift,
        size: FONT.small,
        weight: 400,
        tone: 'muted',
        anchor: 'start',
      },
    });
  }
  return ticks;
}

/** The timeline and its year ticks: only in the estimates view, with two rows or more. */
export function timelineOf(
  f: Frame,
  rows: readonly RowMark[],
): Pick<EstimatesLayout, 'timeline' | 'timeTicks'> {
  const visibleRows = rows.filter((r) => r.visible);
  if (f.view !== 'estimates' || visibleRows.length <= 1 || f.spec.inline)
    return { timeline: null, timeTicks: [] };
  const anchors = visibleRows.map((r) => ({ m: monthIndex(r.date), y: r.dot.y }));
  const yAt = monthToY(anchors);
  const afterRow = visibleRows.find((r) => r.after);
  return {
    timeline: {
      x: f.timelineX,
      y0: visibleRows[0]?.dot.y ?? 0,
      y1: visibleRows[visibleRows.length - 1]?.dot.y ?? 0,
      afterY: afterRow ? (yAt(f.reportMonth) ?? null) : null,
    },
    timeTicks: yearTicks(anchors, yAt),
  };
}
