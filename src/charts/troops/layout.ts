/**
 * Troops unit chart, pure geometry: one square = 100 soldiers, stacked as a staircase on a time
 * axis (each phase starts where the previous one ended, so the height is the running total), the
 * third phase (sent after the report) drawn as outlines, and the other estimates as
 * numbered markers on a dated strip with a list below. Same positions in every state; states only
 * switch visibility, so transitions animate opacity, not geometry.
 */
import { extent, max, min, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Dataset, Estimate, Transfer } from '../../data/schema.ts';
import { computeTotal, requireFigure } from '../../data/derive.ts';
import { SOLDIERS_PER_SQUARE } from '../../data/unit-marks.ts';
import { formatAmount, formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { makeLabel, overlaps, spreadCentred, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { fitText, wrapText } from '../shared/text.ts';
import { monthTicks } from '../shared/month-ticks.ts';
import { isoToTime, monthTickLabel, shortPeriod } from '../shared/time.ts';

export const TROOPS_STATES = ['phase-1', 'phase-2', 'phase-3', 'estimates'] as const;
export type TroopsState = (typeof TROOPS_STATES)[number];

/** Soldiers per square. */
export const UNIT = SOLDIERS_PER_SQUARE;

export interface TroopsOptions {
  width: number;
  state: string;
  lang?: Lang;
  maxHeight?: number;
}

export interface UnitSquare {
  x: number;
  y: number;
  /** Faded squares: the open top of an "over" figure. */
  faded: boolean;
}

export interface PhaseLayout {
  id: 'phase-1' | 'phase-2' | 'phase-3';
  /** Shown in this state. */
  visible: boolean;
  /** Announced after the report: outlined squares in `--color-after`. */
  afterReport: boolean;
  /** ceil(value / 100) */
  count: number;
  openEnd: boolean;
  approximate: boolean;
  squares: UnitSquare[];
  /** The whole block, for hit areas, focus rings and label placement. */
  box: Box;
  labels: TextLabel[];
  /** "+" above an open-ended block. */
  plus: TextLabel | null;
  /** Top edge of an approximate block, drawn dashed. */
  dashedTop: { x1: number; x2: number; y: number } | null;
  /** Accessible name and callout text. */
  description: string;
  detail: string[];
}

export interface EstimateMarker {
  id: string;
  n: number;
  /** True date position on the axis. */
  dateX: number;
  /** Marker centre after dodging. */
  x: number;
  y: number;
  number: TextLabel;
  description: string;
  detail: string[];
}

export interface TroopsLayout {
  width: number;
  height: number;
  plot: Box;
  cell: number;
  square: number;
  columns: number;
  phases: PhaseLayout[];
  yTicks: { y: number; label: TextLabel }[];
  xTicks: { x: number; label: TextLabel }[];
  axisY: number;
  report: { x: number; top: number; bottom: number; labels: TextLabel[] };
  estimates: {
    visible: boolean;
    stripY: number;
    markers: EstimateMarker[];
    list: { n: number; x: number; y: number; number: TextLabel; labels: TextLabel[] }[];
    /** `circle`: numbered or small circles; `tick`: upright ticks, the tightest boxes. */
    shape: 'circle' | 'tick';
    /** A circle's radius, or half a tick's height. */
    radius: number;
    /** Half a marker's width (a circle's radius; 1.5 px for a tick). */
    halfWidth: number;
    /**
     * Short of room (`maxHeight`): small unnumbered markers, no list, and this key instead (each
     * marker still names its estimate on focus and hover, and in the table): one line under the
     * markers, or with ticks, where it fits, in the empty corner above the first phase.
     */
    key: TextLabel | null;
    keyLines: TextLabel[];
  };
  /** Every label visible in this state, for overlap and size checks. */
  visibleLabels: TextLabel[];
}

const AXIS_HEIGHT = 26;
const MARKER_R = 9;
const SMALL_MARKER_R = 5;
/** Ticks: 3 × 10 px, 2 px apart, all in one row. */
const TICK = { halfWidth: 1.5, halfHeight: 5, gapX: 2, gapY: 2, oneRow: true } as const;
const LIST_LINE = 16;
/** The report-date rule is a short tick up from the axis, so labels may pass above it. */
const RULE_HEIGHT = 40;

function phaseTransfer(data: Dataset, id: string): Transfer {
  const t = data.transfers.find((x) => x.id === id);
  if (!t) throw new Error(`troops: no transfer "${id}" in the dataset`);
  return t;
}

function visibleIn(phase: PhaseLayout['id'], state: TroopsState): boolean {
  const order: Record<TroopsState, number> = {
    'phase-1': 1,
    'phase-2': 2,
    'phase-3': 3,
    estimates: 3,
  };
  const need = phase === 'phase-1' ? 1 : phase === 'phase-2' ? 2 : 3;
  return order[state] >= need;
}

export function resolveTroopsState(state: string): TroopsState {
  return (TROOPS_STATES as readonly string[]).includes(state) ? (state as TroopsState) : 'phase-1';
}

/** Estimates drawn as markers: dated, of soldiers or personnel, not MSMT's own figure restated. */
export function troopEstimates(data: Dataset): Estimate[] {
  return data.estimates
    .filter((e) => e.topic === 'troops' && !e.msmt)
    .sort((a, b) => isoToTime(a.date, 'middle') - isoToTime(b.date, 'middle'));
}

/** Try label positions around a block until one is inside the chart and clear of obstacles. */
function placeBlockLabel(
  lines: { text: string; bold: boolean }[],
  block: Box,
  bounds: Box,
  obstacles: Box[],
  fontSize: number,
): TextLabel[] {
  const lh = fontSize + 3;
  const height = lines.length * lh;
  const build = (x: number, top: number, anchor: TextLabel['anchor']) =>
    lines.map((l, i) =>
      makeLabel(l.text, x, top + fontSize * 0.8 + i * lh, l.bold ? fontSize : FONT.small, anchor, {
        bold: l.bold,
      }),
    );
  const pad = 6;
  const candidates = [
    build(block.x + block.width + pad, block.y, 'start'),
    build(block.x, block.y - pad - height, 'start'),
    build(block.x - pad, block.y, 'end'),
    build(block.x + block.width + pad, block.y + block.height - height, 'start'),
    build(block.x + block.width, block.y - pad - height, 'end'),
  ];
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  const clear = (labels: TextLabel[]) =>
    labels.every((l) => inside(l.box) && obstacles.every((o) => !overlaps(l.box, o, 2)));
  const chosen = candidates.find(clear);
  if (chosen) return chosen;
  // Hemmed in on every side: slide the label down the block's right side, then its left side,
  // to the first height where it is clear (staircases leave room beside lower rows).
  const SLIDE_STEP = 2;
  for (const side of ['right', 'left'] as const)
    for (let top = block.y; top + height <= block.y + block.height + height; top += SLIDE_STEP) {
      const labels =
        side === 'right'
          ? build(block.x + block.width + pad, top, 'start')
          : build(block.x - pad, top, 'end');
      if (clear(labels)) return labels;
    }
  return candidates[0] ?? [];
}

export function layoutTroops(data: Dataset, options: TroopsOptions): TroopsLayout {
  const { width, lang = 'de' } = options;
  const state = resolveTroopsState(options.state);
  const de = lang === 'de';

  const p1 = phaseTransfer(data, 'troops-phase-1');
  const p2 = phaseTransfer(data, 'troops-phase-2');
  const p3Total = data.totals.find((t) => t.id === 'troops-phase-3');
  const p3 = p3Total
    ? computeTotal(data, p3Total)
    : requireFigure(data, 'troops-phase-3', 'troops');
  const p3Parts = (p3Total?.parts ?? []).map((id) => phaseTransfer(data, id));
  // The third phase as it happened: from the month its first part was sent, else its announcement.
  const p3Start = p3Parts[0]?.period?.start ?? p3Parts[0]?.announced ?? data.meta.report.date;
  const total = requireFigure(data, 'troops-total', 'troops chart');
  const estimates = troopEstimates(data);

  const counts = [p1, p2].map((t) => Math.ceil((qualifierMarks(t.quantity).extent ?? 0) / UNIT));
  const count3 = Math.ceil((qualifierMarks(p3.quantity).extent ?? 0) / UNIT);
  const allCounts: [number, number, number] = [counts[0] ?? 0, counts[1] ?? 0, count3];
  const totalUnits = sum(allCounts);

  // Axis label width: the widest y tick ("20.000") plus a gap.
  const left = 44;
  const right = 8;
  const plotWidth = Math.max(200, width - left - right);
  const wide = plotWidth >= 560;
  const heightBudget = options.maxHeight
    ? Math.max(120, options.maxHeight * 0.55)
    : width < 600
      ? 340
      : 300;
  // Narrow charts stack five squares a row; in a short box (maxHeight) where five-wide blocks
  // would need squares under 5 px, ten a row halve the staircase's height.
  const columns = wide || Math.ceil(totalUnits / 5) * 5 > heightBudget ? 10 : 5;
  const rows = Math.ceil(totalUnits / columns);
  const cell = Math.max(
    5,
    Math.min(14, Math.floor(plotWidth / (columns * 4.2)), Math.floor(heightBudget / rows)),
  );
  const square = cell - Math.max(1, Math.round(cell * 0.18));
  const blockWidth = columns * cell;
  const plotHeight = rows * cell;
  // Narrow charts keep the last block's label above it, so they need a taller top margin.
  const marginTop = wide ? 26 : 58;
  const plot: Box = { x: left, y: marginTop, width: plotWidth, height: plotHeight };
  const baseY = plot.y + plot.height;

  // Time: from the first dated item to the last, with the last block still fitting inside.
  const reportTime = isoToTime(data.meta.report.date);
  const times = [
    isoToTime(p1.period?.start ?? '2024-10'),
    isoToTime(p2.period?.start ?? '2025-01'),
    isoToTime(p3Start),
    reportTime,
    ...estimates.map((e) => isoToTime(e.date, 'middle')),
  ];
  const day = 86_400_000;
  const [first = 0, last = 0] = extent(times);
  const t0 = first - 12 * day;
  const t1 = last + 12 * day;
  const x = scaleLinear()
    .domain([t0, t1])
    // Wide charts keep room right of the last block for its label; narrow ones put it above.
    .range([plot.x, plot.x + plot.width - blockWidth - (wide ? 150 : 0)]);

  // Phases as a staircase: each starts at the running total of squares before it.
  const defs: {
    id: PhaseLayout['id'];
    start: number;
    count: number;
    quantity: Transfer['quantity'];
    after: boolean;
  }[] = [
    {
      id: 'phase-1',
      start: isoToTime(p1.period?.start ?? '2024-10'),
      count: allCounts[0],
      quantity: p1.quantity,
      after: !p1.inReport,
    },
    {
      id: 'phase-2',
      start: isoToTime(p2.period?.start ?? '2025-01'),
      count: allCounts[1],
      quantity: p2.quantity,
      after: !p2.inReport,
    },
    {
      id: 'phase-3',
      start: isoToTime(p3Start),
      count: count3,
      quantity: p3.quantity,
      after: true,
    },
  ];
  let before = 0;
  const blocks = defs.map((d) => {
    const bx = x(d.start);
    const squares: UnitSquare[] = [];
    const marks = qualifierMarks(d.quantity);
    const topRow = Math.floor((d.count - 1) / columns);
    for (let i = 0; i < d.count; i++) {
      const index = before + i;
      const row = Math.floor(index / columns);
      const col = index % columns;
      squares.push({
        x: bx + col * cell,
        y: baseY - (row + 1) * cell,
        faded: marks.openEnd && Math.floor(i / columns) === topRow,
      });
    }
    const top = min(squares, (s) => s.y) ?? Infinity;
    const bottom = (max(squares, (s) => s.y) ?? -Infinity) + cell;
    before += d.count;
    return {
      ...d,
      marks,
      squares,
      box: { x: bx, y: top, width: blockWidth, height: bottom - top },
    };
  });

  // Report date: a dashed rule, labelled where no square is – left of the rule at its foot (where
  // the staircase is usually low), else right of it, else above the highest square at that date
  // with the rule reaching up to the label. Checked against every block's squares, whichever
  // state is shown, so the label never jumps between states.
  const reportX = x(reportTime);
  const squareBoxes: Box[] = blocks.flatMap((b) =>
    b.squares.map((s) => ({ x: s.x, y: s.y, width: cell, height: cell })),
  );
  const reportName = de ? 'MSMT-Bericht' : 'MSMT report';
  const reportDate = formatDate(data.meta.report.date, lang, { short: true });
  const reportPair = (lx: number, bottomY: number, anchor: TextLabel['anchor']) => [
    makeLabel(reportName, lx, bottomY - 15, FONT.small, anchor, { bold: true }),
    makeLabel(reportDate, lx, bottomY, FONT.small, anchor),
  ];
  const clearOfSquares = (labels: TextLabel[]) =>
    labels.every(
      (l) =>
        l.box.x >= 0 &&
        l.box.x + l.box.width <= width &&
        l.box.y >= 0 &&
        squareBoxes.every((b) => !overlaps(l.box, b, 2)),
    );
  // Highest square top within a label's reach of the rule (the label is centred above it).
  const reach = (max(reportPair(0, 0, 'middle'), (l) => l.box.width) ?? 0) / 2 + 4;
  const skyline = Math.min(
    baseY - RULE_HEIGHT,
    min(
      squareBoxes.filter((b) => b.x < reportX + reach && b.x + b.width > reportX - reach),
      (b) => b.y,
    ) ?? Infinity,
  );
  const reportCandidates = [
    { labels: reportPair(reportX - 5, baseY - 7, 'end'), top: baseY - RULE_HEIGHT },
    { labels: reportPair(reportX + 5, baseY - 7, 'start'), top: baseY - RULE_HEIGHT },
    { labels: reportPair(reportX, skyline - 8, 'middle'), top: skyline - 6 },
  ];
  const reportChoice =
    reportCandidates.find((c) => clearOfSquares(c.labels)) ?? reportCandidates[2]!;
  const reportLabels = reportChoice.labels;
  const reportTop = reportChoice.top;

  // Y ticks every 5,000 soldiers (running total).
  const yTicks: TroopsLayout['yTicks'] = [];
  for (let v = 5000; v <= totalUnits * UNIT; v += 5000) {
    const y = baseY - (v / UNIT / columns) * cell;
    yTicks.push({
      y,
      label: makeLabel(
        formatAmount({ qualifier: 'exact', value: v }, lang),
        left - 6,
        y + 4,
        FONT.small,
        'end',
      ),
    });
  }

  // Direct labels for each block, placed clear of every block and label so far.
  const fs = FONT.label;
  const maxLabelWidth = Math.max(126, Math.min(200, plot.width * 0.42));
  const period = (t: Transfer) => (t.period ? shortPeriod(t.period, lang) : '');
  const texts: Record<PhaseLayout['id'], { text: string; bold: boolean }[]> = {
    'phase-1': [
      { text: formatAmount(p1.quantity, lang), bold: true },
      { text: period(p1), bold: false },
    ],
    'phase-2': [
      { text: formatAmount(p2.quantity, lang), bold: true },
      { text: period(p2), bold: false },
      // The running total fits beside the block only on wide charts; narrow ones say it in the subtitle.
      ...(wide
        ? [
            {
              text: `${de ? 'zusammen' : 'together'} ${formatAmount(total.quantity, lang)}`,
              bold: false,
            },
          ]
        : []),
    ],
    'phase-3': [
      { text: formatAmount(p3.quantity, lang), bold: true },
      { text: de ? 'nach dem Bericht' : 'after the report', bold: false },
      {
        text: `${de ? 'ab' : 'from'} ${formatDate(p3Start, lang, { short: true })}`,
        bold: false,
      },
    ],
  };
  // "+" over the open top row: at its right end, or its left end where the next phase's squares
  // stack over the right end (they would cover it once that phase is shown).
  const plusOf = (b: (typeof blocks)[number]) => {
    if (!b.marks.openEnd) return null;
    const at = (px: number) =>
      makeLabel('+', px, b.box.y - 3, FONT.value, 'middle', { bold: true });
    const right = at(b.box.x + b.box.width - cell / 2);
    const covered = squareBoxes.some(
      (s) => !b.squares.some((own) => own.x === s.x && own.y === s.y) && overlaps(right.box, s, 1),
    );
    return covered ? at(b.box.x + cell / 2) : right;
  };
  const obstacles: Box[] = [
    ...blocks.map((b) => b.box),
    { x: reportX - 1, y: reportTop, width: 2, height: baseY - reportTop },
    ...yTicks.map((t) => t.label.box),
    ...reportLabels.map((l) => l.box),
    ...blocks.flatMap((b) => {
      const p = plusOf(b);
      return p ? [p.box] : [];
    }),
  ];
  const bounds: Box = { x: 0, y: 0, width, height: baseY };

  // The last block is the most hemmed in, so its label is placed first.
  const placed = new Map<PhaseLayout['id'], TextLabel[]>();
  for (const b of [...blocks].reverse()) {
    const lines = texts[b.id].flatMap((l) =>
      wrapText(l.text, maxLabelWidth, l.bold ? fs : FONT.small, 2, { bold: l.bold }).lines.map(
        (text) => ({ text, bold: l.bold }),
      ),
    );
    const labels = placeBlockLabel(lines, b.box, bounds, obstacles, fs);
    obstacles.push(...labels.map((l) => l.box));
    placed.set(b.id, labels);
  }
  const phases: PhaseLayout[] = blocks.map((b) => {
    const labels = placed.get(b.id) ?? [];
    const t = b.id === 'phase-1' ? p1 : b.id === 'phase-2' ? p2 : null;
    const when = t
      ? period(t)
      : `${de ? 'ab' : 'from'} ${formatDate(p3Start, lang, { short: true })}`;
    const unit = t?.unit ?? p3.unit;
    const figure = formatQuantity(b.quantity, unit, lang);
    const origin = b.after
      ? de
        ? 'nach dem MSMT-Bericht entsandt, nicht im Bericht'
        : 'sent after the MSMT report, not in it'
      : de
        ? 'laut MSMT-Bericht'
        : 'according to the MSMT report';
    const phaseName = de ? `${b.id.slice(-1)}. Phase` : `Phase ${b.id.slice(-1)}`;
    const partsText =
      b.id === 'phase-3' && p3Parts.length
        ? p3Parts.map((p) => `${formatQuantity(p.quantity, p.unit, lang)}: ${p.label[lang]}`)
        : [];
    return {
      id: b.id,
      visible: visibleIn(b.id, state),
      afterReport: b.after,
      count: b.count,
      openEnd: b.marks.openEnd,
      approximate: b.marks.approximate,
      squares: b.squares,
      box: b.box,
      labels,
      plus: plusOf(b),
      dashedTop: b.marks.approximate
        ? { x1: b.box.x, x2: b.box.x + b.box.width, y: b.box.y - 2 }
        : null,
      description: `${phaseName}: ${figure}, ${when} (${origin}). ${b.count} ${de ? 'Kästchen' : 'squares'}.`,
      detail: [`${phaseName}: ${figure}`, when, origin, ...partsText],
    };
  });

  // X ticks: the densest month step whose labels do not collide.
  const axisY = baseY + 18;
  let xTicks: TroopsLayout['xTicks'] = [];
  for (const step of [1, 2, 3, 6, 12]) {
    const ticks = monthTicks(t0, t1, step).map((t, i) => ({
      x: x(t),
      label: makeLabel(monthTickLabel(t, lang, i === 0), x(t), axisY, FONT.small, 'middle'),
    }));
    const clear = ticks.every(
      (tk, i) =>
        tk.label.box.x >= 0 &&
        tk.label.box.x + tk.label.box.width <= width &&
        (i === 0 || !overlaps(tk.label.box, ticks[i - 1]!.label.box, 6)),
    );
    xTicks = ticks;
    if (clear) break;
  }

  // Estimates: numbered markers at their true dates, stacked downward where they would touch
  // (no sideways shift, so no marker ever points at the wrong date), and a list below.
  const placeMarkers = (
    radius: number,
    numbered: boolean,
    shape: { halfWidth: number; gapX: number; gapY: number; oneRow?: boolean } = {
      halfWidth: radius,
      gapX: 3,
      gapY: numbered ? 4 : 3,
    },
  ) => {
    const firstRowY = baseY + AXIS_HEIGHT + radius + 8;
    const rowStep = 2 * radius + shape.gapY;
    const half = shape.halfWidth;
    const rowEnds: number[] = [];
    // Ticks share one row: those at nearly the same date spread a little each way (each keeps
    // a stem to its true date) instead of stacking into rows.
    const spread = shape.oneRow
      ? spreadCentred(
          estimates.map((e) => x(isoToTime(e.date, 'middle'))),
          2 * half + shape.gapX,
          { min: half, max: width - half },
        )
      : null;
    const markers: EstimateMarker[] = estimates.map((e, i) => {
      const figure = formatQuantity(e.quantity, e.unit, lang);
      const date = formatDate(e.date, lang, { short: true });
      const dateX = x(isoToTime(e.date, 'middle'));
      const cx = spread?.[i] ?? Math.max(half, Math.min(width - half, dateX));
      let row = spread ? 0 : rowEnds.findIndex((end) => end <= cx - half);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = cx + half + shape.gapX;
      const cy = firstRowY + row * rowStep;
      return {
        id: e.id,
        n: i + 1,
        dateX,
        x: cx,
        y: cy,
        number: makeLabel(numbered ? String(i + 1) : '', cx, cy + 4, FONT.small, 'middle', {
          bold: true,
        }),
        description: `${i + 1}: ${e.estimator[lang]}, ${date}: ${figure} – ${e.label[lang]}`,
        detail: [`${e.estimator[lang]}: ${figure}`, e.label[lang], date],
      };
    });
    const stripBottom = firstRowY + Math.max(0, rowEnds.length - 1) * rowStep + radius;
    return { markers, stripY: firstRowY, stripBottom };
  };
  const numbered = placeMarkers(MARKER_R, true);
  const listTop = numbered.stripBottom + 18;
  // Two columns on wide charts, one on narrow ones; filled column by column, in date order.
  const listColumns = width >= 900 ? 2 : 1;
  const columnWidth = (width - (listColumns - 1) * 24) / listColumns;
  const textX = 2 * MARKER_R + 8;
  const perColumn = Math.ceil(estimates.length / listColumns);
  const list: TroopsLayout['estimates']['list'] = [];
  const cursors = new Array<number>(listColumns).fill(listTop);
  estimates.forEach((e, i) => {
    const column = Math.floor(i / perColumn);
    const x0 = column * (columnWidth + 24);
    const y0 = cursors[column] ?? listTop;
    const text = `${formatDate(e.date, lang, { short: true })} · ${e.estimator[lang]}: ${formatAmount(e.quantity, lang)} – ${e.label[lang]}`;
    const lines = wrapText(text, columnWidth - textX - 4, FONT.small, 3).lines;
    list.push({
      n: i + 1,
      x: x0 + MARKER_R,
      y: y0,
      number: makeLabel(String(i + 1), x0 + MARKER_R, y0 + 4, FONT.small, 'middle', {
        bold: true,
      }),
      labels: lines.map((line, j) =>
        makeLabel(line, x0 + textX, y0 + 4 + j * LIST_LINE, FONT.small, 'start'),
      ),
    });
    cursors[column] = y0 + lines.length * LIST_LINE + 6;
  });
  const cursor = max(cursors) ?? listTop;
  const estimatesVisible = state === 'estimates';
  // Short of room: small unnumbered circles and a one-line key instead of the numbered list;
  // shorter still, upright ticks (clusters of dates stack less) with the key in the empty
  // corner above the first phase when it fits there.
  const maxHeight = options.maxHeight;
  const compact = maxHeight !== undefined && Math.ceil(cursor) > maxHeight;
  const small = compact ? placeMarkers(SMALL_MARKER_R, false) : numbered;
  const keyBelow = (bottom: number, text: string) =>
    makeLabel(text, 0, bottom + 16, FONT.small, 'start');
  const circleKey = de
    ? `○ ${estimates.length} weitere Schätzungen nach Datum (s. Tabelle)`
    : `○ ${estimates.length} other estimates by date (see table)`;
  const tight =
    compact &&
    maxHeight !== undefined &&
    Math.ceil(keyBelow(small.stripBottom, '').y + 4) > maxHeight;
  const ticks = tight ? placeMarkers(TICK.halfHeight, false, TICK) : small;
  const { markers, stripY } = ticks;
  let keyLines: TextLabel[] = [];
  if (tight) {
    const tickKey = de
      ? `Striche: ${estimates.length} weitere Schätzungen nach Datum (s. Tabelle)`
      : `Ticks: ${estimates.length} other estimates by date (see table)`;
    // The corner above the first phase, left of the later phases' labels: the widest wrap of the
    // key (at most three lines) that stays clear of every block, label and tick.
    const taken = [...obstacles, ...yTicks.map((t) => t.label.box)];
    const corner = [0.6, 0.5, 0.45, 0.4]
      .map((share) =>
        wrapText(tickKey, width * share, FONT.small, 3).lines.map((line, i) =>
          makeLabel(line, 0, FONT.small * 0.8 + 2 + i * 15, FONT.small, 'start'),
        ),
      )
      .find(
        (lines) =>
          lines.length <= 3 &&
          !lines.at(-1)?.text.endsWith('…') &&
          lines.every((l) => taken.every((o) => !overlaps(l.box, o, 2))),
      );
    keyLines = corner ?? [keyBelow(ticks.stripBottom, fitText(tickKey, width, FONT.small).text)];
  } else if (compact) keyLines = [keyBelow(small.stripBottom, circleKey)];
  const key = keyLines[0] ?? null;
  if (compact) list.length = 0;
  const keyBottom = max(keyLines, (l) => l.y + 4) ?? 0;
  const estimatesBottom = compact
    ? Math.max(ticks.stripBottom + 4, keyLines.length ? keyBottom : 0)
    : cursor;
  // The list only takes room when it is shown; earlier states end under the time axis.
  const height = Math.ceil(
    estimatesVisible && estimates.length ? estimatesBottom : baseY + AXIS_HEIGHT + 4,
  );

  const visibleLabels = [
    ...reportLabels,
    ...yTicks.map((t) => t.label),
    ...xTicks.map((t) => t.label),
    ...phases.filter((p) => p.visible).flatMap((p) => (p.plus ? [...p.labels, p.plus] : p.labels)),
    ...(estimatesVisible
      ? [
          ...markers.map((m) => m.number).filter((n) => n.text),
          ...list.flatMap((l) => l.labels),
          ...keyLines,
        ]
      : []),
  ];

  return {
    width,
    height,
    plot,
    cell,
    square,
    columns,
    phases,
    yTicks,
    xTicks,
    axisY,
    report: { x: reportX, top: reportTop, bottom: baseY, labels: reportLabels },
    estimates: {
      visible: estimatesVisible,
      stripY,
      markers,
      list,
      shape: tight ? 'tick' : 'circle',
      radius: tight ? TICK.halfHeight : compact ? SMALL_MARKER_R : MARKER_R,
      halfWidth: tight ? TICK.halfWidth : compact ? SMALL_MARKER_R : MARKER_R,
      key,
      keyLines,
    },
    visibleLabels,
  };
}
