/**
 * Troops unit chart, pure geometry: one square = 100 soldiers, stacked as a staircase on a time
 * axis (each phase starts where the previous one ended, so the height is the running total), the
 * third phase (sent after the report) drawn as outlines, and the other estimates as
 * numbered markers on a dated strip with a list below. Same positions in every state; states only
 * switch visibility, so transitions animate opacity, not geometry.
 */
import type { Dataset, Estimate, Transfer } from '../../data/schema.ts';
import { computeTotal, requireFigure } from '../../data/derive.ts';
import { SOLDIERS_PER_SQUARE } from '../../data/unit-marks.ts';
import { formatAmount, formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { scaleLinear } from 'd3-scale';
import { makeLabel, overlaps, spreadCentred, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { fitText, wrapText } from '../shared/text.ts';
import { monthTicks } from '../shared/month-ticks.ts';
import { isoToTime, monthTickLabel, shortPeriod } from '../shared/time.ts';
import { stateOrDefault } from '../shared/state-ids.ts';
import type { LayoutInput } from '../types.ts';

export const TROOPS_STATES = ['phase-1', 'phase-2', 'phase-3', 'estimates'] as const;
export type TroopsState = (typeof TROOPS_STATES)[number];

/** Soldiers per square. */
export const UNIT = SOLDIERS_PER_SQUARE;

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
  return stateOrDefault(TROOPS_STATES, state);
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

// ---- Select: what the chart reads from the dataset. Missing data is settled here, never below.

/** Where a phase without a period is drawn: the months the MSMT gives for the two deployments. */
const PHASE_START_IF_UNDATED = { 'phase-1': '2024-10', 'phase-2': '2025-01' } as const;

interface PhaseFigure {
  id: PhaseLayout['id'];
  /** The month (or day) the phase's block starts at on the time axis. */
  start: string;
  quantity: Transfer['quantity'];
  unit: Transfer['unit'];
  /** Sent after the report (not in it). */
  after: boolean;
  /** Squares: the figure's extent in units of `UNIT`. */
  count: number;
  /** The deployment's transfer; the third phase is a total of parts instead. */
  transfer: Transfer | null;
}

interface TroopsFigures {
  phases: [PhaseFigure, PhaseFigure, PhaseFigure];
  /** The third phase's parts (transfers), in the dataset's order. */
  thirdParts: Transfer[];
  /** The third phase as it happened: the month its first part was sent, else its announcement. */
  thirdStart: string;
  total: Transfer['quantity'];
  reportDate: string;
  estimates: Estimate[];
}

function squaresFor(quantity: Transfer['quantity']): number {
  return Math.ceil((qualifierMarks(quantity).extent ?? 0) / UNIT);
}

function selectTroops(data: Dataset): TroopsFigures {
  const p1 = phaseTransfer(data, 'troops-phase-1');
  const p2 = phaseTransfer(data, 'troops-phase-2');
  const p3Total = data.totals.find((t) => t.id === 'troops-phase-3');
  const p3 = p3Total
    ? computeTotal(data, p3Total)
    : requireFigure(data, 'troops-phase-3', 'troops');
  const thirdParts = (p3Total?.parts ?? []).map((id) => phaseTransfer(data, id));
  const thirdStart =
    thirdParts[0]?.period?.start ?? thirdParts[0]?.announced ?? data.meta.report.date;
  const deployment = (t: Transfer, id: 'phase-1' | 'phase-2'): PhaseFigure => ({
    id,
    start: t.period?.start ?? PHASE_START_IF_UNDATED[id],
    quantity: t.quantity,
    // A deployment without a unit is counted in the third phase's.
    unit: t.unit ?? p3.unit,
    after: !t.inReport,
    count: squaresFor(t.quantity),
    transfer: t,
  });
  return {
    phases: [
      deployment(p1, 'phase-1'),
      deployment(p2, 'phase-2'),
      {
        id: 'phase-3',
        start: thirdStart,
        quantity: p3.quantity,
        unit: p3.unit,
        after: true,
        count: squaresFor(p3.quantity),
        transfer: null,
      },
    ],
    thirdParts,
    thirdStart,
    total: requireFigure(data, 'troops-total', 'troops chart').quantity,
    reportDate: data.meta.report.date,
    estimates: troopEstimates(data),
  };
}

// ---- Words: every text the chart shows, in one language.

interface LabelLine {
  text: string;
  bold: boolean;
}

interface TroopsWords {
  reportName: string;
  reportDate: string;
  /** Each block's direct label, figure first. */
  blockLines: Record<PhaseLayout['id'], LabelLine[]>;
  /** "9. Okt. 2024 – Dez. 2024", or "ab …" for the third phase. */
  when: Record<PhaseLayout['id'], string>;
  origin: (after: boolean) => string;
  phaseName: (id: PhaseLayout['id']) => string;
  squaresWord: string;
  partsLines: string[];
  circleKey: string;
  tickKey: string;
}

function troopsWords(figures: TroopsFigures, lang: Lang, wide: boolean): TroopsWords {
  const de = lang === 'de';
  const [p1, p2, p3] = figures.phases;
  const period = (t: Transfer | null) => (t?.period ? shortPeriod(t.period, lang) : '');
  const thirdWhen = `${de ? 'ab' : 'from'} ${formatDate(figures.thirdStart, lang, { short: true })}`;
  const count = figures.estimates.length;
  return {
    reportName: de ? 'MSMT-Bericht' : 'MSMT report',
    reportDate: formatDate(figures.reportDate, lang, { short: true }),
    blockLines: {
      'phase-1': [
        { text: formatAmount(p1.quantity, lang), bold: true },
        { text: period(p1.transfer), bold: false },
      ],
      'phase-2': [
        { text: formatAmount(p2.quantity, lang), bold: true },
        { text: period(p2.transfer), bold: false },
        // The running total fits beside the block only on wide charts; narrow ones say it in the subtitle.
        ...(wide
          ? [
              {
                text: `${de ? 'zusammen' : 'together'} ${formatAmount(figures.total, lang)}`,
                bold: false,
              },
            ]
          : []),
      ],
      'phase-3': [
        { text: formatAmount(p3.quantity, lang), bold: true },
        { text: de ? 'nach dem Bericht' : 'after the report', bold: false },
        { text: thirdWhen, bold: false },
      ],
    },
    when: { 'phase-1': period(p1.transfer), 'phase-2': period(p2.transfer), 'phase-3': thirdWhen },
    origin: (after) =>
      after
        ? de
          ? 'nach dem MSMT-Bericht entsandt, nicht im Bericht'
          : 'sent after the MSMT report, not in it'
        : de
          ? 'laut MSMT-Bericht'
          : 'according to the MSMT report',
    phaseName: (id) => (de ? `${id.slice(-1)}. Phase` : `Phase ${id.slice(-1)}`),
    squaresWord: de ? 'Kästchen' : 'squares',
    partsLines: figures.thirdParts.map(
      (p) => `${formatQuantity(p.quantity, p.unit, lang)}: ${p.label[lang]}`,
    ),
    circleKey: de
      ? `○ ${count} weitere Schätzungen nach Datum (s. Tabelle)`
      : `○ ${count} other estimates by date (see table)`,
    tickKey: de
      ? `Striche: ${count} weitere Schätzungen nach Datum (s. Tabelle)`
      : `Ticks: ${count} other estimates by date (see table)`,
  };
}

// ---- Geometry: the grid of squares, the time axis, the blocks, their labels, the estimates.

/** Left margin: the widest y tick ("20.000") plus a gap. */
const PLOT_LEFT = 44;
const PLOT_RIGHT = 8;
const MIN_PLOT_WIDTH = 200;
/** From this plot width on, ten squares a row and block labels beside the blocks. */
const WIDE_PLOT = 560;
/** Height for the staircase: a share of a capped box (never under the minimum), else fixed. */
const STAIRCASE_HEIGHT = { boxShare: 0.55, min: 120, narrow: 340, wide: 300, narrowBelow: 600 };
const CELL = { min: 5, max: 14 };
/** A block and the gap after it take about this many block widths of the plot. */
const PLOT_WIDTHS_PER_BLOCK = 4.2;
/** The gap between squares, as a share of the cell (at least 1 px). */
const SQUARE_GAP_SHARE = 0.18;
/** Top margin: narrow charts keep the last block's label above it, so they need more. */
const MARGIN_TOP = { wide: 26, narrow: 58 };
/** Room right of the last block for its label on wide charts. */
const LAST_LABEL_ROOM = 150;
/** Days of air before the first and after the last dated item. */
const TIME_PAD_DAYS = 12;
const DAY_MS = 86_400_000;
const Y_TICK_STEP = 5000;
const MONTH_STEPS = [1, 2, 3, 6, 12];
const X_AXIS_OFFSET = 18;
/** A block label wraps at this share of the plot, within these widths (px). */
const BLOCK_LABEL_WIDTH = { min: 126, max: 200, plotShare: 0.42 };
const LIST = { gapAbove: 18, twoColumnsFrom: 900, columnGap: 24, itemGap: 6, maxLines: 3 };

interface Grid {
  wide: boolean;
  columns: number;
  cell: number;
  square: number;
  blockWidth: number;
  plot: Box;
  baseY: number;
}

function gridFor(width: number, maxHeight: number | undefined, totalUnits: number): Grid {
  const plotWidth = Math.max(MIN_PLOT_WIDTH, width - PLOT_LEFT - PLOT_RIGHT);
  const wide = plotWidth >= WIDE_PLOT;
  const heightBudget = maxHeight
    ? Math.max(STAIRCASE_HEIGHT.min, maxHeight * STAIRCASE_HEIGHT.boxShare)
    : width < STAIRCASE_HEIGHT.narrowBelow
      ? STAIRCASE_HEIGHT.narrow
      : STAIRCASE_HEIGHT.wide;
  // Narrow charts stack five squares a row; in a short box (maxHeight) where five-wide blocks
  // would need squares under 5 px, ten a row halve the staircase's height.
  const columns = wide || Math.ceil(totalUnits / 5) * 5 > heightBudget ? 10 : 5;
  const rows = Math.ceil(totalUnits / columns);
  const cell = Math.max(
    CELL.min,
    Math.min(
      CELL.max,
      Math.floor(plotWidth / (columns * PLOT_WIDTHS_PER_BLOCK)),
      Math.floor(heightBudget / rows),
    ),
  );
  const square = cell - Math.max(1, Math.round(cell * SQUARE_GAP_SHARE));
  const plot: Box = {
    x: PLOT_LEFT,
    y: wide ? MARGIN_TOP.wide : MARGIN_TOP.narrow,
    width: plotWidth,
    height: rows * cell,
  };
  return {
    wide,
    columns,
    cell,
    square,
    blockWidth: columns * cell,
    plot,
    baseY: plot.y + plot.height,
  };
}

interface TimeAxis {
  t0: number;
  t1: number;
  x: (time: number) => number;
}

/** From the first dated item to the last, with the last block still fitting inside. */
function timeAxis(figures: TroopsFigures, grid: Grid): TimeAxis {
  const times = [
    ...figures.phases.map((p) => isoToTime(p.start)),
    isoToTime(figures.reportDate),
    ...figures.estimates.map((e) => isoToTime(e.date, 'middle')),
  ];
  const t0 = Math.min(...times) - TIME_PAD_DAYS * DAY_MS;
  const t1 = Math.max(...times) + TIME_PAD_DAYS * DAY_MS;
  const { plot } = grid;
  const scale = scaleLinear()
    .domain([t0, t1])
    .range([plot.x, plot.x + plot.width - grid.blockWidth - (grid.wide ? LAST_LABEL_ROOM : 0)]);
  return { t0, t1, x: (t) => scale(t) };
}

interface Block extends PhaseFigure {
  marks: ReturnType<typeof qualifierMarks>;
  squares: UnitSquare[];
  box: Box;
}

/** Phases as a staircase: each starts at the running total of squares before it. */
function stackBlocks(figures: TroopsFigures, grid: Grid, axis: TimeAxis): Block[] {
  const { columns, cell, baseY } = grid;
  let before = 0;
  return figures.phases.map((d) => {
    const bx = axis.x(isoToTime(d.start));
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
    const top = Math.min(...squares.map((s) => s.y));
    const bottom = Math.max(...squares.map((s) => s.y)) + cell;
    before += d.count;
    return {
      ...d,
      marks,
      squares,
      box: { x: bx, y: top, width: grid.blockWidth, height: bottom - top },
    };
  });
}

function squareBoxesOf(blocks: Block[], cell: number): Box[] {
  return blocks.flatMap((b) =>
    b.squares.map((s) => ({ x: s.x, y: s.y, width: cell, height: cell })),
  );
}

/**
 * Report date: a dashed rule, labelled where no square is – left of the rule at its foot (where
 * the staircase is usually low), else right of it, else above the highest square at that date
 * with the rule reaching up to the label. Checked against every block's squares, whichever
 * state is shown, so the label never jumps between states.
 */
function placeReport(
  words: TroopsWords,
  reportX: number,
  squareBoxes: Box[],
  grid: Grid,
  width: number,
): { labels: TextLabel[]; top: number } {
  const { baseY } = grid;
  const pair = (lx: number, bottomY: number, anchor: TextLabel['anchor']) => [
    makeLabel(words.reportName, lx, bottomY - 15, FONT.small, anchor, { bold: true }),
    makeLabel(words.reportDate, lx, bottomY, FONT.small, anchor),
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
  const reach = Math.max(...pair(0, 0, 'middle').map((l) => l.box.width)) / 2 + 4;
  const skyline = Math.min(
    baseY - RULE_HEIGHT,
    ...squareBoxes
      .filter((b) => b.x < reportX + reach && b.x + b.width > reportX - reach)
      .map((b) => b.y),
  );
  const candidates = [
    { labels: pair(reportX - 5, baseY - 7, 'end'), top: baseY - RULE_HEIGHT },
    { labels: pair(reportX + 5, baseY - 7, 'start'), top: baseY - RULE_HEIGHT },
    { labels: pair(reportX, skyline - 8, 'middle'), top: skyline - 6 },
  ];
  return candidates.find((c) => clearOfSquares(c.labels)) ?? candidates[2]!;
}

/** Y ticks every 5,000 soldiers (running total). */
function yTicksFor(grid: Grid, totalUnits: number, lang: Lang): TroopsLayout['yTicks'] {
  const yTicks: TroopsLayout['yTicks'] = [];
  for (let v = Y_TICK_STEP; v <= totalUnits * UNIT; v += Y_TICK_STEP) {
    const y = grid.baseY - (v / UNIT / grid.columns) * grid.cell;
    yTicks.push({
      y,
      label: makeLabel(
        formatAmount({ qualifier: 'exact', value: v }, lang),
        PLOT_LEFT - 6,
        y + 4,
        FONT.small,
        'end',
      ),
    });
  }
  return yTicks;
}

/**
 * "+" over the open top row: at its right end, or its left end where the next phase's squares
 * stack over the right end (they would cover it once that phase is shown).
 */
function plusOf(b: Block, squareBoxes: Box[], cell: number): TextLabel | null {
  if (!b.marks.openEnd) return null;
  const at = (px: number) => makeLabel('+', px, b.box.y - 3, FONT.value, 'middle', { bold: true });
  const right = at(b.box.x + b.box.width - cell / 2);
  const covered = squareBoxes.some(
    (s) => !b.squares.some((own) => own.x === s.x && own.y === s.y) && overlaps(right.box, s, 1),
  );
  return covered ? at(b.box.x + cell / 2) : right;
}

/** Direct labels for each block, placed clear of every block and label so far (grows `obstacles`). */
function placeBlockLabels(
  blocks: Block[],
  words: TroopsWords,
  grid: Grid,
  width: number,
  obstacles: Box[],
): Map<PhaseLayout['id'], TextLabel[]> {
  const fs = FONT.label;
  const maxLabelWidth = Math.max(
    BLOCK_LABEL_WIDTH.min,
    Math.min(BLOCK_LABEL_WIDTH.max, grid.plot.width * BLOCK_LABEL_WIDTH.plotShare),
  );
  const bounds: Box = { x: 0, y: 0, width, height: grid.baseY };
  // The last block is the most hemmed in, so its label is placed first.
  const placed = new Map<PhaseLayout['id'], TextLabel[]>();
  for (const b of [...blocks].reverse()) {
    const lines = words.blockLines[b.id].flatMap((l) =>
      wrapText(l.text, maxLabelWidth, l.bold ? fs : FONT.small, 2, { bold: l.bold }).lines.map(
        (text) => ({ text, bold: l.bold }),
      ),
    );
    const labels = placeBlockLabel(lines, b.box, bounds, obstacles, fs);
    obstacles.push(...labels.map((l) => l.box));
    placed.set(b.id, labels);
  }
  return placed;
}

function phaseLayout(
  b: Block,
  labels: TextLabel[],
  plus: TextLabel | null,
  words: TroopsWords,
  state: TroopsState,
  lang: Lang,
): PhaseLayout {
  const when = words.when[b.id];
  const figure = formatQuantity(b.quantity, b.unit, lang);
  const origin = words.origin(b.after);
  const phaseName = words.phaseName(b.id);
  const partsText = b.id === 'phase-3' && words.partsLines.length ? words.partsLines : [];
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
    plus,
    dashedTop: b.marks.approximate
      ? { x1: b.box.x, x2: b.box.x + b.box.width, y: b.box.y - 2 }
      : null,
    description: `${phaseName}: ${figure}, ${when} (${origin}). ${b.count} ${words.squaresWord}.`,
    detail: [`${phaseName}: ${figure}`, when, origin, ...partsText],
  };
}

/** X ticks: the densest month step whose labels do not collide. */
function xTicksFor(
  axis: TimeAxis,
  axisY: number,
  width: number,
  lang: Lang,
): TroopsLayout['xTicks'] {
  let xTicks: TroopsLayout['xTicks'] = [];
  for (const step of MONTH_STEPS) {
    const ticks = monthTicks(axis.t0, axis.t1, step).map((t, i) => ({
      x: axis.x(t),
      label: makeLabel(monthTickLabel(t, lang, i === 0), axis.x(t), axisY, FONT.small, 'middle'),
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
  return xTicks;
}

interface MarkerShape {
  halfWidth: number;
  gapX: number;
  gapY: number;
  oneRow?: boolean;
}

interface MarkerStrip {
  markers: EstimateMarker[];
  stripY: number;
  stripBottom: number;
}

/**
 * Estimates: markers at their true dates, stacked downward where they would touch (no sideways
 * shift, so no marker ever points at the wrong date).
 */
function placeMarkers(
  estimates: Estimate[],
  axis: TimeAxis,
  baseY: number,
  width: number,
  lang: Lang,
  radius: number,
  numbered: boolean,
  shape: MarkerShape = { halfWidth: radius, gapX: 3, gapY: numbered ? 4 : 3 },
): MarkerStrip {
  const firstRowY = baseY + AXIS_HEIGHT + radius + 8;
  const rowStep = 2 * radius + shape.gapY;
  const half = shape.halfWidth;
  const rowEnds: number[] = [];
  // Ticks share one row: those at nearly the same date spread a little each way (each keeps
  // a stem to its true date) instead of stacking into rows.
  const spread = shape.oneRow
    ? spreadCentred(
        estimates.map((e) => axis.x(isoToTime(e.date, 'middle'))),
        2 * half + shape.gapX,
        { min: half, max: width - half },
      )
    : null;
  const markers: EstimateMarker[] = estimates.map((e, i) => {
    const figure = formatQuantity(e.quantity, e.unit, lang);
    const date = formatDate(e.date, lang, { short: true });
    const dateX = axis.x(isoToTime(e.date, 'middle'));
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
}

/** The numbered list under the markers: two columns on wide charts, filled column by column. */
function estimateList(
  estimates: Estimate[],
  listTop: number,
  width: number,
  lang: Lang,
): { list: TroopsLayout['estimates']['list']; bottom: number } {
  const listColumns = width >= LIST.twoColumnsFrom ? 2 : 1;
  const columnWidth = (width - (listColumns - 1) * LIST.columnGap) / listColumns;
  const textX = 2 * MARKER_R + 8;
  const perColumn = Math.ceil(estimates.length / listColumns);
  const list: TroopsLayout['estimates']['list'] = [];
  const cursors = new Array<number>(listColumns).fill(listTop);
  estimates.forEach((e, i) => {
    const column = Math.floor(i / perColumn);
    const x0 = column * (columnWidth + LIST.columnGap);
    const y0 = cursors[column] ?? listTop;
    const text = `${formatDate(e.date, lang, { short: true })} · ${e.estimator[lang]}: ${formatAmount(e.quantity, lang)} – ${e.label[lang]}`;
    const lines = wrapText(text, columnWidth - textX - 4, FONT.small, LIST.maxLines).lines;
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
    cursors[column] = y0 + lines.length * LIST_LINE + LIST.itemGap;
  });
  return { list, bottom: Math.max(...cursors) };
}

/** The shares of the width the tick key may wrap to, widest first. */
const CORNER_KEY_SHARES = [0.6, 0.5, 0.45, 0.4];

/**
 * The corner above the first phase, left of the later phases' labels: the widest wrap of the
 * key (at most three lines) that stays clear of every block, label and tick.
 */
function cornerKey(text: string, width: number, taken: Box[]): TextLabel[] | undefined {
  return CORNER_KEY_SHARES.map((share) =>
    wrapText(text, width * share, FONT.small, 3).lines.map((line, i) =>
      makeLabel(line, 0, FONT.small * 0.8 + 2 + i * 15, FONT.small, 'start'),
    ),
  ).find(
    (lines) =>
      lines.length <= 3 &&
      !lines.at(-1)?.text.endsWith('…') &&
      lines.every((l) => taken.every((o) => !overlaps(l.box, o, 2))),
  );
}

interface EstimatesGeometry {
  markers: EstimateMarker[];
  stripY: number;
  list: TroopsLayout['estimates']['list'];
  shape: 'circle' | 'tick';
  radius: number;
  halfWidth: number;
  keyLines: TextLabel[];
  bottom: number;
}

/**
 * The estimates strip and list at the most detailed size that fits: numbered circles and a list;
 * short of room, small unnumbered circles and a one-line key instead of the list; shorter still,
 * upright ticks (clusters of dates stack less) with the key in the empty corner above the first
 * phase when it fits there.
 */
function layoutEstimateMarkers(
  estimates: Estimate[],
  axis: TimeAxis,
  grid: Grid,
  words: TroopsWords,
  input: { width: number; lang: Lang; maxHeight: number | undefined },
  taken: Box[],
): EstimatesGeometry {
  const { width, lang, maxHeight } = input;
  const strip = (radius: number, numbered: boolean, shape?: MarkerShape) =>
    placeMarkers(estimates, axis, grid.baseY, width, lang, radius, numbered, shape);
  const numbered = strip(MARKER_R, true);
  const { list, bottom: cursor } = estimateList(
    estimates,
    numbered.stripBottom + LIST.gapAbove,
    width,
    lang,
  );
  const compact = maxHeight !== undefined && Math.ceil(cursor) > maxHeight;
  const small = compact ? strip(SMALL_MARKER_R, false) : numbered;
  const keyBelow = (bottom: number, text: string) =>
    makeLabel(text, 0, bottom + 16, FONT.small, 'start');
  const tight =
    compact &&
    maxHeight !== undefined &&
    Math.ceil(keyBelow(small.stripBottom, '').y + 4) > maxHeight;
  const ticks = tight ? strip(TICK.halfHeight, false, TICK) : small;
  let keyLines: TextLabel[] = [];
  if (tight)
    keyLines = cornerKey(words.tickKey, width, taken) ?? [
      keyBelow(ticks.stripBottom, fitText(words.tickKey, width, FONT.small).text),
    ];
  else if (compact) keyLines = [keyBelow(small.stripBottom, words.circleKey)];
  const keyBottom = Math.max(...keyLines.map((l) => l.y + 4));
  return {
    markers: ticks.markers,
    stripY: ticks.stripY,
    list: compact ? [] : list,
    shape: tight ? 'tick' : 'circle',
    radius: tight ? TICK.halfHeight : compact ? SMALL_MARKER_R : MARKER_R,
    halfWidth: tight ? TICK.halfWidth : compact ? SMALL_MARKER_R : MARKER_R,
    keyLines,
    bottom: compact ? Math.max(ticks.stripBottom + 4, keyLines.length ? keyBottom : 0) : cursor,
  };
}

export function layoutTroops(data: Dataset, input: LayoutInput): TroopsLayout {
  const { width, lang, maxHeight } = input;
  const state = resolveTroopsState(input.state);
  const figures = selectTroops(data);
  const totalUnits = figures.phases.reduce((a, p) => a + p.count, 0);
  const grid = gridFor(width, maxHeight, totalUnits);
  const words = troopsWords(figures, lang, grid.wide);
  const axis = timeAxis(figures, grid);
  const { baseY, cell } = grid;

  const blocks = stackBlocks(figures, grid, axis);
  const squareBoxes = squareBoxesOf(blocks, cell);
  const reportX = axis.x(isoToTime(figures.reportDate));
  const report = placeReport(words, reportX, squareBoxes, grid, width);
  const yTicks = yTicksFor(grid, totalUnits, lang);
  const pluses = blocks.map((b) => plusOf(b, squareBoxes, cell));
  const obstacles: Box[] = [
    ...blocks.map((b) => b.box),
    { x: reportX - 1, y: report.top, width: 2, height: baseY - report.top },
    ...yTicks.map((t) => t.label.box),
    ...report.labels.map((l) => l.box),
    ...pluses.flatMap((p) => (p ? [p.box] : [])),
  ];
  const placed = placeBlockLabels(blocks, words, grid, width, obstacles);
  const phases = blocks.map((b, i) =>
    phaseLayout(b, placed.get(b.id) ?? [], pluses[i] ?? null, words, state, lang),
  );
  const axisY = baseY + X_AXIS_OFFSET;
  const xTicks = xTicksFor(axis, axisY, width, lang);

  const taken = [...obstacles, ...yTicks.map((t) => t.label.box)];
  const est = layoutEstimateMarkers(
    figures.estimates,
    axis,
    grid,
    words,
    { width, lang, maxHeight },
    taken,
  );
  const estimatesVisible = state === 'estimates';
  // The list only takes room when it is shown; earlier states end under the time axis.
  const height = Math.ceil(
    estimatesVisible && figures.estimates.length ? est.bottom : baseY + AXIS_HEIGHT + 4,
  );
  const visibleLabels = [
    ...report.labels,
    ...yTicks.map((t) => t.label),
    ...xTicks.map((t) => t.label),
    ...phases.filter((p) => p.visible).flatMap((p) => (p.plus ? [...p.labels, p.plus] : p.labels)),
    ...(estimatesVisible
      ? [
          ...est.markers.map((m) => m.number).filter((n) => n.text),
          ...est.list.flatMap((l) => l.labels),
          ...est.keyLines,
        ]
      : []),
  ];

  return {
    width,
    height,
    plot: grid.plot,
    cell,
    square: grid.square,
    columns: grid.columns,
    phases,
    yTicks,
    xTicks,
    axisY,
    report: { x: reportX, top: report.top, bottom: baseY, labels: report.labels },
    estimates: {
      visible: estimatesVisible,
      stripY: est.stripY,
      markers: est.markers,
      list: est.list,
      shape: est.shape,
      radius: est.radius,
      halfWidth: est.halfWidth,
      key: est.keyLines[0] ?? null,
      keyLines: est.keyLines,
    },
    visibleLabels,
  };
}
