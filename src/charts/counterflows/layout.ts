/**
 * Russia's returns, pure geometry. Top: refined oil on one barrel scale – the MSMT figure (an open
 * end: "over"), the UN cap as a dashed line, and what was reported or estimated elsewhere. Bottom:
 * the other returns as tiles, hatched where the sources give no number. Every row and tile is
 * laid out in every state (stable positions); states only change what is shown or highlighted.
 */
import { descending, max } from 'd3-array';
import type { Dataset, Estimate, Transfer } from '../../data/schema.ts';
import { formatAmount, formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { LayoutInput } from '../types.ts';
import { FONT } from '../shared/colors.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { makeLabel, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { sourceNames } from '../shared/sources.ts';
import { fitText, textWidth, truncate, wrapText } from '../shared/text.ts';
import { shortPeriod } from '../shared/time.ts';
import { stateOrDefault } from '../shared/state-ids.ts';

export const COUNTERFLOW_STATES = ['oil', 'oil-cap', 'reported', 'other'] as const;
export type CounterflowState = (typeof COUNTERFLOW_STATES)[number];

export function resolveCounterflowState(state: string): CounterflowState {
  return stateOrDefault(COUNTERFLOW_STATES, state);
}

export const CAP_ID = 'un-cap-refined-oil';

export interface OilBar {
  id: string;
  kind: 'msmt' | 'estimate';
  visible: boolean;
  labels: TextLabel[];
  bar: Box;
  /** Open end beyond the figure ("over", "at least"): a fading extension with a chevron. */
  openEnd: Box | null;
  value: TextLabel;
  description: string;
  detail: string[];
}

export interface Tile {
  id: string;
  box: Box;
  labels: TextLabel[];
  figure: TextLabel;
  hatch: Box | null;
  period: TextLabel | null;
  quantified: boolean;
  /** False when the section is folded to its header (short boxes); the table lists the tile. */
  visible: boolean;
  description: string;
  detail: string[];
}

export interface CounterflowsLayout {
  width: number;
  height: number;
  state: CounterflowState;
  /** Which density was drawn (see `CounterflowsDensity`). */
  density: CounterflowsDensity;
  oil: {
    header: TextLabel;
    bars: OilBar[];
    axis: { x: number; label: TextLabel }[];
    axisY: number;
    cap: {
      x: number;
      top: number;
      bottom: number;
      labels: TextLabel[];
      description: string;
    } | null;
    /** 1 = shown normally, lower = faded (the `other` state). */
    emphasis: number;
    barsVisible: boolean;
    /** Folded to its header line (short boxes, `other` state): no bars, cap or axis drawn. */
    folded: boolean;
  };
  other: { header: TextLabel; tiles: Tile[]; emphasis: number; top: number };
  visibleLabels: TextLabel[];
}

/**
 * `full`: wrapped labels, roomy bars, tiles one to three columns with their period. `compact`: one
 * 12 px label line per bar, tighter bars, tiles in at least two columns with one-line labels and no
 * period. `folded`: compact, and the section the state is not about folds to one header line.
 * `tight` (the smallest phone): folded, with thinner bars whose values are labelled at their ends
 * in place of the axis, and the cap's label on one line above its line.
 * Whatever a denser layout leaves out stays in the marks' descriptions, the table and describe text.
 */
export type CounterflowsDensity = 'full' | 'compact' | 'folded' | 'tight';
export const COUNTERFLOWS_DENSITIES: readonly CounterflowsDensity[] = [
  'full',
  'compact',
  'folded',
  'tight',
];

function oilTransfer(data: Dataset): Transfer {
  const t = data.transfers.find((x) => x.id === 'refined-oil');
  if (!t) throw new Error('counterflows: no transfer "refined-oil" in the dataset');
  return t;
}

/** Estimates compared with the MSMT oil figure: every refined-oil estimate but the cap, largest first. */
export function oilEstimates(data: Dataset): Estimate[] {
  return data.estimates
    .filter(
      (e) =>
        e.topic === 'refined-oil' && e.id !== CAP_ID && e.quantity.qualifier !== 'not-quantified',
    )
    .sort((a, b) =>
      descending(qualifierMarks(a.quantity).extent ?? 0, qualifierMarks(b.quantity).extent ?? 0),
    );
}

/** Russia's other returns: every Russia → North Korea transfer but oil. */
export function otherReturns(data: Dataset): Transfer[] {
  return data.transfers.filter((t) => t.direction === 'russia-to-dprk' && t.id !== 'refined-oil');
}

export function layoutCounterflows(data: Dataset, input: LayoutInput): CounterflowsLayout {
  const full = layoutCounterflowsAt(data, input, 'full');
  if (input.maxHeight === undefined || full.height <= input.maxHeight) return full;
  let last = full;
  for (const density of COUNTERFLOWS_DENSITIES.slice(1)) {
    last = layoutCounterflowsAt(data, input, density);
    if (last.height <= input.maxHeight) return last;
  }
  // Nothing fits: the smallest layout (tests record its height).
  return last;
}

// ---- Select: what the chart reads from the dataset. Missing data is settled here, never below.

/** One oil bar's figure with its label, its time ("" when the source gives none) and sources. */
interface OilFigure {
  id: string;
  kind: OilBar['kind'];
  quantity: Transfer['quantity'];
  unit: Transfer['unit'];
  label: string;
  when: string;
  sources: string[];
}

/** One tile's return, its period ("" when the source gives none). */
interface ReturnFigure {
  transfer: Transfer;
  label: string;
  period: string;
}

interface CounterflowsFigures {
  /** The MSMT figure first, then the other estimates, largest first. */
  oil: OilFigure[];
  cap: { quantity: Estimate['quantity']; unit: Estimate['unit']; estimator: string } | null;
  returns: ReturnFigure[];
}

/** An oil label is cut to this many characters before it is wrapped or fitted. */
const OIL_LABEL_CHARS = 140;

function selectCounterflows(data: Dataset, lang: Lang): CounterflowsFigures {
  const oil = oilTransfer(data);
  const cap = data.estimates.find((e) => e.id === CAP_ID);
  return {
    oil: [
      {
        id: oil.id,
        kind: 'msmt',
        quantity: oil.quantity,
        unit: oil.unit,
        label: lang === 'de' ? 'MSMT-Bericht' : 'MSMT report',
        when: oil.period ? shortPeriod(oil.period, lang) : '',
        sources: oil.sources,
      },
      ...oilEstimates(data).map((e) => ({
        id: e.id,
        kind: 'estimate' as const,
        quantity: e.quantity,
        unit: e.unit,
        label: `${e.estimator[lang]}: ${truncate(e.label[lang], OIL_LABEL_CHARS).text}`,
        when: e.period ? shortPeriod(e.period, lang) : formatDate(e.date, lang, { short: true }),
        sources: e.sources,
      })),
    ],
    cap: cap ? { quantity: cap.quantity, unit: cap.unit, estimator: cap.estimator[lang] } : null,
    returns: otherReturns(data).map((t) => ({
      transfer: t,
      label: t.label[lang],
      period: t.period ? shortPeriod(t.period, lang) : '',
    })),
  };
}

// ---- Words: the chart's fixed wording, in one language.

interface CounterflowsWords {
  oilTitle: string;
  /** The oil section folded to one line: its MSMT figure. */
  oilFolded: string;
  capLabel: string;
  otherTitle: string;
  /** The other returns folded to one line, longest wording first. */
  otherFolded: string[];
}

function counterflowsWords(figures: CounterflowsFigures, lang: Lang): CounterflowsWords {
  const de = lang === 'de';
  const msmt = figures.oil[0];
  const n = figures.returns.length;
  const otherTitle = de ? 'Was Russland außerdem lieferte' : 'What else Russia supplied';
  const { cap } = figures;
  return {
    oilTitle: de ? 'Raffinierte Erdölprodukte, in Barrel' : 'Refined petroleum, in barrels',
    oilFolded: msmt
      ? `${de ? 'Raffiniertes Öl' : 'Refined oil'}: ${formatAmount(msmt.quantity, lang, { compact: true })} Barrel${de ? '' : 's'} (MSMT)`
      : '',
    capLabel: cap
      ? `${de ? 'UN-Obergrenze' : 'UN cap'}: ${formatQuantity(cap.quantity, cap.unit, lang)}`
      : '',
    otherTitle,
    otherFolded: (de ? [otherTitle, 'Außerdem'] : [otherTitle, 'Also']).flatMap((lead) => {
      const items = de ? `${n} weitere Posten` : `${n} more items`;
      return [`${lead}: ${items} (${de ? 'Tabelle' : 'table'})`, `${lead}: ${items}`];
    }),
  };
}

// ---- Geometry.

interface DensitySpec {
  /** Oil bar height, text line step, gap between visible bars. */
  bar: number;
  line: number;
  rowGap: number;
  /** Between a bar's label lines and the bar. */
  labelGap: number;
  /** The cap label's top, and the gap between it and the first bar. */
  capTop: number;
  capGap: number;
  /** Under the axis (its tick labels), and between the two sections. */
  axisFoot: number;
  sectionGap: number;
  /** A bar's value label: its baseline this far under the bar's middle. */
  valueDrop: number;
  tile: { gap: number; pad: number; headerRoom: number; figureGap: number; bottom: number };
}

/** Compact sizes; `folded` keeps them (what folds is the frame's choice). */
const COMPACT: DensitySpec = {
  bar: 12,
  line: 14,
  rowGap: 8,
  labelGap: 2,
  capTop: 30,
  capGap: 10,
  axisFoot: 22,
  sectionGap: 14,
  valueDrop: 5,
  tile: { gap: 8, pad: 7, headerRoom: 22, figureGap: 2, bottom: 9 },
};

const DENSITY: Record<CounterflowsDensity, DensitySpec> = {
  full: {
    bar: 16,
    line: 16,
    rowGap: 14,
    labelGap: 4,
    capTop: 30,
    capGap: 10,
    axisFoot: 22,
    sectionGap: 26,
    valueDrop: 5,
    tile: { gap: 12, pad: 10, headerRoom: 26, figureGap: 4, bottom: 12 },
  },
  compact: COMPACT,
  folded: COMPACT,
  tight: {
    bar: 8,
    line: 14,
    rowGap: 4,
    labelGap: 0,
    capTop: 22,
    capGap: 4,
    axisFoot: 4,
    sectionGap: 8,
    valueDrop: 4,
    tile: { gap: 8, pad: 7, headerRoom: 22, figureGap: 2, bottom: 9 },
  },
};

/** A section header's baseline under the section's top; a folded section is this line alone. */
const HEADER_BASELINE = 14;
/** A folded section of other returns: its header line and the room under it. */
const FOLDED_SECTION = 22;
/** A text's baseline sits this share of its size below the top of its line. */
const ASCENT = 0.8;
/** An open end's extension beyond the bar; values sit this far past it. */
const OPEN_END = 26;
const VALUE_GAP = 6;
/** Room right of the scale for values: what the widest needs, within these limits. */
const VALUE_ROOM = { pad: 8, preferred: 170, preferredShare: 0.36, maxShare: 0.5 } as const;
/** The scale reaches a little past the largest figure. */
const SCALE_HEADROOM = 1.05;
/** Bars never thinner than this, so a tiny figure still shows. */
const MIN_BAR = 1.5;
/** The cap's label: wrapped to this width (or half the chart), this far from its line. */
const CAP_LABEL = { minWidth: 140, widthShare: 0.5, offset: 6, lineAbove: 4, lines: 2 } as const;
/** Axis ticks: fewer on narrow charts; labels this far under the axis. */
const AXIS = { below: 2, labelDrop: 14, narrowBelow: 480, narrowTicks: 3, ticks: 5 } as const;
/** Tiles: columns by width, text inset, label cut and hatch square for "no number". */
const TILES = { threeFrom: 720, twoFrom: 480, inset: 10, labelChars: 120, labelLines: 3 } as const;
const HATCH = { width: 16, figureOffset: 22 } as const;
/** How strongly each section shows when the state is about the other one. */
const EMPHASIS = { focus: 1, oilAside: 0.3, otherAside: 0.45 } as const;

interface Frame {
  spec: DensitySpec;
  width: number;
  lang: Lang;
  state: CounterflowState;
  /** Wrapped labels, periods on tiles, up to three tile columns. */
  full: boolean;
  /** Values at the bars' ends in place of the axis, the cap's label on one line. */
  tight: boolean;
  foldOil: boolean;
  foldOther: boolean;
}

/** Unknown states fall back to `oil`. */
function frameFor(input: LayoutInput, density: CounterflowsDensity): Frame {
  const state = resolveCounterflowState(input.state);
  const tight = density === 'tight';
  const folded = density === 'folded' || tight;
  return {
    spec: DENSITY[density],
    width: input.width,
    lang: input.lang,
    state,
    full: density === 'full',
    tight,
    foldOil: folded && state === 'other',
    foldOther: folded && state !== 'other',
  };
}

/** One barrel scale for every oil bar, with room for the open end and the widest value label. */
function oilScale(f: Frame, figures: CounterflowsFigures): ScaleLinear<number, number> {
  const { width, lang } = f;
  const valueNeeds =
    max(
      figures.oil,
      (o) =>
        textWidth(formatAmount(o.quantity, lang, { compact: true }), valueSize(f), {
          bold: true,
        }) +
        (qualifierMarks(o.quantity).openEnd ? OPEN_END : 0) +
        VALUE_ROOM.pad,
    ) ?? 0;
  const valueRoom = Math.min(
    width * VALUE_ROOM.maxShare,
    Math.max(Math.min(VALUE_ROOM.preferred, width * VALUE_ROOM.preferredShare), valueNeeds),
  );
  const largest =
    max(
      [...figures.oil, ...(figures.cap ? [figures.cap] : [])],
      (o) => qualifierMarks(o.quantity).extent ?? 0,
    ) ?? 0;
  return scaleLinear()
    .domain([0, largest * SCALE_HEADROOM])
    .range([0, width - valueRoom]);
}

/** Tight bars carry a smaller value, so it clears the label line above and the next row. */
function valueSize(f: Frame): number {
  return f.tight ? FONT.small : FONT.value;
}

/**
 * The cap's label sits above the bars, left of its line if there is room, else right of it; in
 * the tight layout on one line, centred over its line as far as the width allows.
 */
function capLabels(f: Frame, capX: number, text: string): TextLabel[] {
  const { width, tight, spec } = f;
  const wrapWidth = tight ? width : Math.max(CAP_LABEL.minWidth, width * CAP_LABEL.widthShare);
  const lines = text
    ? wrapText(text, wrapWidth, FONT.small, CAP_LABEL.lines, { bold: true }).lines
    : [];
  const widest = Math.max(0, ...lines.map((l) => textWidth(l, FONT.small, { bold: true })));
  const anchor: TextLabel['anchor'] = tight
    ? 'start'
    : capX - CAP_LABEL.offset - widest >= 0
      ? 'end'
      : 'start';
  const x = tight
    ? Math.max(0, Math.min(capX - widest / 2, width - widest))
    : anchor === 'end'
      ? capX - CAP_LABEL.offset
      : capX + CAP_LABEL.offset;
  return lines.map((l, i) =>
    makeLabel(l, x, spec.capTop + FONT.small * ASCENT + i * spec.line, FONT.small, anchor, {
      bold: i === 0,
    }),
  );
}

function barsVisible(f: Frame, kind: OilBar['kind']): boolean {
  return !f.foldOil && (kind === 'msmt' ? f.state !== 'oil-cap' : f.state === 'reported');
}

/** Hidden bars take no room: they wait where they will appear, so they grow into place. */
function oilBars(
  f: Frame,
  data: Dataset,
  figures: CounterflowsFigures,
  x: ScaleLinear<number, number>,
  top: number,
): { bars: OilBar[]; bottom: number } {
  const { spec, full, width, lang } = f;
  let y = top;
  const bars = figures.oil.map((o): OilBar => {
    const visible = barsVisible(f, o.kind);
    const marks = qualifierMarks(o.quantity);
    const text = `${o.label} (${o.when})`;
    const labelSize = full ? FONT.label : FONT.small;
    const lines = full
      ? wrapText(text, width, FONT.label, 3).lines
      : [fitText(text, width, FONT.small).text];
    const labels = lines.map((l, i) =>
      makeLabel(l, 0, y + labelSize * ASCENT + i * spec.line, labelSize),
    );
    const barY = y + lines.length * spec.line + spec.labelGap;
    const w = Math.max(MIN_BAR, x(marks.extent ?? 0));
    const openEnd = marks.openEnd ? { x: w, y: barY, width: OPEN_END, height: spec.bar } : null;
    const value = makeLabel(
      formatAmount(o.quantity, lang, { compact: true }),
      w + (openEnd ? openEnd.width : 0) + VALUE_GAP,
      barY + spec.bar / 2 + spec.valueDrop,
      valueSize(f),
      'start',
      { bold: true },
    );
    if (visible) y = barY + spec.bar + spec.rowGap;
    const figureText = formatQuantity(o.quantity, o.unit, lang);
    const sources = sourceNames(data, o.sources, lang);
    return {
      id: o.id,
      kind: o.kind,
      visible,
      labels,
      bar: { x: 0, y: barY, width: w, height: spec.bar },
      openEnd,
      value,
      description: `${o.label}: ${figureText} (${o.when})`,
      detail: [figureText, o.label, o.when, sources.slice(0, 2).join('; ')],
    };
  });
  return { bars, bottom: y };
}

/** Value ticks under the bars; tight bars are each labelled with their value: no ticks. */
function oilAxis(f: Frame, x: ScaleLinear<number, number>, axisY: number) {
  const { width, lang } = f;
  const values =
    f.foldOil || f.tight
      ? []
      : x
          .ticks(width < AXIS.narrowBelow ? AXIS.narrowTicks : AXIS.ticks)
          .filter((v) => v <= x.domain()[1]!);
  const axis = values.map((v) => ({
    x: x(v),
    label: makeLabel(
      formatAmount({ qualifier: 'exact', value: v }, lang, { compact: true }),
      x(v),
      axisY + AXIS.labelDrop,
      FONT.small,
      v === 0 ? 'start' : 'middle',
    ),
  }));
  // Drop tick labels that would run past the right edge.
  return axis.filter((t) => t.label.box.x + t.label.box.width <= width);
}

type OilSection = CounterflowsLayout['oil'] & { bottom: number; labels: TextLabel[] };

/** Refined oil: header, the cap's line and label, one bar per figure, the value axis. */
function oilSection(
  f: Frame,
  data: Dataset,
  figures: CounterflowsFigures,
  words: CounterflowsWords,
): OilSection {
  const { spec, width, foldOil, tight, lang, state } = f;
  const x = oilScale(f, figures);
  const header = makeLabel(
    foldOil ? fitText(words.oilFolded, width, FONT.label, { bold: true }).text : words.oilTitle,
    0,
    HEADER_BASELINE,
    FONT.label,
    'start',
    { bold: true },
  );
  const { cap } = figures;
  const capX = cap ? x(qualifierMarks(cap.quantity).extent ?? 0) : 0;
  const capTexts = capLabels(f, capX, cap && !foldOil ? words.capLabel : '');
  const barsTop = foldOil
    ? HEADER_BASELINE
    : spec.capTop + capTexts.length * spec.line + spec.capGap;
  const { bars, bottom: barsBottom } = oilBars(f, data, figures, x, barsTop);
  const axisY = barsBottom + AXIS.below;
  const axis = oilAxis(f, x, axisY);
  return {
    header,
    bars,
    axis,
    axisY,
    cap:
      cap && !foldOil
        ? {
            x: capX,
            // Tight: from under its one-line label.
            top: tight
              ? spec.capTop + capTexts.length * spec.line
              : spec.capTop - CAP_LABEL.lineAbove,
            bottom: axisY,
            labels: capTexts,
            description: `${cap.estimator}: ${formatQuantity(cap.quantity, cap.unit, lang)}`,
          }
        : null,
    emphasis: state === 'other' ? EMPHASIS.oilAside : EMPHASIS.focus,
    barsVisible: state !== 'oil-cap' && !foldOil,
    folded: foldOil,
    bottom: foldOil ? barsBottom : axisY + spec.axisFoot,
    labels: [
      header,
      ...capTexts,
      ...axis.map((a) => a.label),
      ...bars.filter((b) => b.visible).flatMap((b) => [...b.labels, b.value]),
    ],
  };
}

/** One tile: its label lines, figure (after a hatch square when there is no number), period. */
function tileAt(
  f: Frame,
  data: Dataset,
  r: ReturnFigure,
  box: { x: number; y: number; width: number },
): Tile {
  const { spec, full, lang } = f;
  const { transfer: t } = r;
  const inner = box.x + TILES.inset;
  const textWidthMax = box.width - 2 * TILES.inset;
  const labelSize = full ? FONT.label : FONT.small;
  const lines = full
    ? wrapText(truncate(r.label, TILES.labelChars).text, textWidthMax, FONT.label, TILES.labelLines)
        .lines
    : [fitText(r.label, textWidthMax, FONT.small).text];
  let cy = box.y + spec.tile.pad + labelSize * ASCENT;
  const labels = lines.map((l, j) => makeLabel(l, inner, cy + j * spec.line, labelSize));
  cy += lines.length * spec.line + spec.tile.figureGap;
  const marks = qualifierMarks(t.quantity);
  const hatch = marks.notQuantified
    ? { x: inner, y: cy - FONT.value * ASCENT, width: HATCH.width, height: FONT.value }
    : null;
  const figureSize = full ? FONT.value : FONT.label;
  const figureText = formatQuantity(t.quantity, t.unit, lang);
  const figure = makeLabel(
    fitText(figureText, textWidthMax - (hatch ? HATCH.figureOffset : 0), figureSize, {
      bold: true,
    }).text,
    hatch ? inner + HATCH.figureOffset : inner,
    cy,
    figureSize,
    'start',
    { bold: true },
  );
  cy += spec.line;
  const period = r.period && full ? makeLabel(r.period, inner, cy + 1, FONT.small) : null;
  if (period) cy += spec.line;
  const sources = sourceNames(data, t.sources, lang);
  return {
    id: t.id,
    box: { ...box, height: cy - box.y - labelSize * ASCENT + spec.tile.bottom },
    labels,
    figure,
    hatch,
    period,
    quantified: !marks.notQuantified,
    visible: !f.foldOther,
    description: `${r.label}: ${figureText}${r.period ? `, ${r.period}` : ''}`,
    detail: [figureText, r.label, sources.slice(0, 2).join('; ')],
  };
}

/** Folded: one line that says how many returns the table holds, in the longest wording that fits. */
function foldedHeader(width: number, wordings: string[]): string {
  return (
    wordings.find((t) => textWidth(t, FONT.label, { bold: true }) <= width) ??
    fitText(wordings[wordings.length - 1]!, width, FONT.label, { bold: true }).text
  );
}

/** Russia's other returns as tiles in rows of equal height; folded, they keep a place to grow from. */
function otherSection(
  f: Frame,
  data: Dataset,
  figures: CounterflowsFigures,
  words: CounterflowsWords,
  top: number,
): CounterflowsLayout['other'] & { bottom: number } {
  const { spec, width, full, foldOther } = f;
  const header = makeLabel(
    foldOther ? foldedHeader(width, words.otherFolded) : words.otherTitle,
    0,
    top + HEADER_BASELINE,
    FONT.label,
    'start',
    { bold: true },
  );
  const columns = width >= TILES.threeFrom ? 3 : width >= TILES.twoFrom || !full ? 2 : 1;
  const { gap } = spec.tile;
  const tileWidth = (width - (columns - 1) * gap) / columns;
  const tiles: Tile[] = [];
  let rowTop = top + spec.tile.headerRoom;
  for (let start = 0; start < figures.returns.length; start += columns) {
    const laid = figures.returns
      .slice(start, start + columns)
      .map((r, i) => tileAt(f, data, r, { x: i * (tileWidth + gap), y: rowTop, width: tileWidth }));
    const h = max(laid, (l) => l.box.height) ?? 0;
    for (const l of laid)
      tiles.push({
        ...l,
        box: foldOther ? { ...l.box, y: top, height: 0 } : { ...l.box, height: h },
      });
    if (!foldOther) rowTop += h + gap;
  }
  return {
    header,
    tiles,
    emphasis: f.state === 'other' ? EMPHASIS.focus : EMPHASIS.otherAside,
    top,
    bottom: foldOther ? top + FOLDED_SECTION : rowTop,
  };
}

/** The layout at one density, ignoring `maxHeight` (tests compare densities). */
export function layoutCounterflowsAt(
  data: Dataset,
  input: LayoutInput,
  density: CounterflowsDensity,
): CounterflowsLayout {
  const f = frameFor(input, density);
  const figures = selectCounterflows(data, f.lang);
  const words = counterflowsWords(figures, f.lang);
  const { bottom: oilBottom, labels: oilLabels, ...oil } = oilSection(f, data, figures, words);
  const { bottom, ...other } = otherSection(f, data, figures, words, oilBottom + f.spec.sectionGap);
  const visibleLabels = [
    ...oilLabels,
    other.header,
    ...other.tiles
      .filter((t) => t.visible)
      .flatMap((t) => [...t.labels, t.figure, ...(t.period ? [t.period] : [])]),
  ];
  return {
    width: f.width,
    height: Math.ceil(bottom),
    state: f.state,
    density,
    oil,
    other,
    visibleLabels,
  };
}
