/**
 * Ammunition: an isotype of the MSMT figure (one square = 100,000 rounds, in blocks of ten = one
 * million), the 49 voyages and the container count as annotated context, and the other estimates
 * over time through the shared estimates layout (container conversions hollow and dashed).
 */
import type { Dataset, Transfer } from '../../data/schema.ts';
import { ROUNDS_PER_SHELL } from '../../data/unit-marks.ts';
import {
  formatAmount,
  formatNumber,
  formatPeriod,
  formatQuantity,
  unitWord,
} from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { textBox, unionBox, type Box } from '../shared/labels.ts';
import { textWidth, wrapText } from '../shared/text.ts';
import { layoutEstimates, type EstimatesLayout, type TextMark } from '../kinds/estimates/layout.ts';
import { selectSeries, type EstimateSeries } from '../kinds/estimates/select.ts';
import { stateOrDefault } from '../shared/state-ids.ts';
import type { LayoutInput } from '../types.ts';

export const AMMUNITION_STATES = ['msmt', 'voyages', 'estimates'] as const;
export type AmmunitionState = (typeof AMMUNITION_STATES)[number];

export function resolveAmmunitionState(state: string): AmmunitionState {
  return stateOrDefault(AMMUNITION_STATES, state);
}

export const ROUNDS_ID = 'artillery-ammunition';
export const VOYAGES_ID = 'ammunition-voyages';
export const CONTAINERS_ID = 'munitions-containers';
/** Rounds per square of the isotype. */
export const ROUNDS_PER_MARK = ROUNDS_PER_SHELL;
const MARKS_PER_BLOCK = 10;

export interface Square {
  key: string;
  x: number;
  y: number;
  size: number;
}

export interface IsotypeLayout {
  kind: 'isotype';
  width: number;
  height: number;
  state: AmmunitionState;
  squares: Square[];
  /** Where the figure ends, for the ceiling cap of "as many as". */
  cap: { x: number; y0: number; y1: number } | null;
  ships: Square[];
  /** Texts shown in every isotype state. */
  texts: TextMark[];
  /** Texts shown only with the voyages. */
  voyageTexts: TextMark[];
  showVoyages: boolean;
  /** False when the squares fold to their figure's line (the voyages state in a short box). */
  showSquares: boolean;
  /** Which density was drawn (see `IsotypeDensity`). */
  density: IsotypeDensity;
  /** The figures a reader can point at or reach by key: rounds, voyages, containers. */
  records: IsotypeRecord[];
}

/** One of the isotype's figures: the whole block of squares, the row of hulls, the containers. */
export interface IsotypeRecord {
  /** The transfer's id in the dataset. */
  id: string;
  visible: boolean;
  /** The figure's texts and shapes. */
  box: Box;
  /** Accessible name (without sources; the chart adds them). */
  description: string;
  /** Callout lines. */
  detail: string[];
}

export type AmmunitionLayout = IsotypeLayout | { kind: 'estimates'; layout: EstimatesLayout };

function transfer(data: Dataset, id: string): Transfer {
  const t = data.transfers.find((x) => x.id === id);
  if (!t) throw new Error(`ammunition: no transfer "${id}" in the dataset`);
  return t;
}

export function ammunitionSeries(data: Dataset): EstimateSeries {
  return selectSeries(data, ROUNDS_ID, 'artillery-ammunition');
}

function textMarkBox(t: TextMark): Box {
  return textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor);
}

/** A text block's first baseline (share of its size), line step beyond the size, and foot. */
const TEXT_BLOCK = { ascent: 0.85, leading: 5, foot: 6 } as const;

/** Lines of text from the top, each wrapped to the width (3 lines unless said), as text marks. */
function textBlock(
  keyPrefix: string,
  lines: {
    text: string;
    tone: TextMark['tone'];
    size: number;
    weight: 400 | 600;
    maxLines?: number;
  }[],
  top: number,
  width: number,
): { marks: TextMark[]; bottom: number } {
  const marks: TextMark[] = [];
  let y = top;
  lines.forEach((line, i) => {
    const { lines: wrapped } = wrapText(line.text, width, line.size, line.maxLines ?? 3, {
      bold: line.weight === 600,
    });
    for (const [j, text] of wrapped.entries()) {
      y += marks.length === 0 ? line.size * TEXT_BLOCK.ascent : line.size + TEXT_BLOCK.leading;
      marks.push({
        key: `${keyPrefix}-${i}-${j}`,
        text,
        x: 0,
        y,
        size: line.size,
        weight: line.weight,
        tone: line.tone,
        anchor: 'start',
      });
    }
  });
  return { marks, bottom: y + TEXT_BLOCK.foot };
}

/**
 * How much the isotype says. `full`: every figure with its label lines, hulls in airy rows.
 * `compact`, for a short box (the story's sticky graphic on a phone): in the voyages state the
 * squares fold to their figure's line (the state before showed them), the voyages and
 * containers keep their figure and one line each (the full labels stay in the marks' names and
 * callouts, the table and the description), and the hulls sit in tighter rows. The msmt state
 * keeps its squares at every density.
 */
export type IsotypeDensity = 'full' | 'compact';
export const ISOTYPE_DENSITIES: readonly IsotypeDensity[] = ['full', 'compact'];

/** The isotype at the most detailed density that fits `maxHeight` (else the smallest). */
export function layoutIsotype(data: Dataset, input: LayoutInput): IsotypeLayout {
  const { maxHeight } = input;
  let last = layoutIsotypeAt(data, input, 'full');
  if (maxHeight === undefined) return last;
  for (const density of ISOTYPE_DENSITIES) {
    last = density === 'full' ? last : layoutIsotypeAt(data, input, density);
    if (last.height <= maxHeight) return last;
  }
  return last;
}

// ---- Select: the three figures the isotype draws. Missing periods are settled here.

interface IsotypeFigures {
  rounds: Transfer;
  voyages: Transfer;
  containers: Transfer;
  /** Squares: the rounds' extent in units of `ROUNDS_PER_MARK`. */
  squareCount: number;
  shipCount: number;
  /** The rounds' and the containers' periods, "" when the source gives none. */
  roundsPeriod: string;
  containersPeriod: string;
}

function periodOf(t: Transfer, lang: Lang): string {
  return t.period ? formatPeriod(t.period, lang, { short: true }) : '';
}

function selectIsotype(data: Dataset, lang: Lang): IsotypeFigures {
  const rounds = transfer(data, ROUNDS_ID);
  const voyages = transfer(data, VOYAGES_ID);
  const containers = transfer(data, CONTAINERS_ID);
  return {
    rounds,
    voyages,
    containers,
    squareCount: Math.round((qualifierMarks(rounds.quantity).extent ?? 0) / ROUNDS_PER_MARK),
    shipCount: Math.round(voyages.quantity.value ?? 0),
    roundsPeriod: periodOf(rounds, lang),
    containersPeriod: periodOf(containers, lang),
  };
}

// ---- Words: every text the isotype shows, in one language.

interface IsotypeWords {
  roundsFigure: string;
  roundsLabel: string;
  /** "Ein Quadrat = 100.000 Schuss, ein Block = 1 Mio." */
  keyLine: string;
  voyagesFigure: string;
  containersFigure: string;
  /** What the container count covers: with the label (full) or the period alone (compact). */
  containersLine: string;
  /** "im MSMT-Bericht": where each record's figure comes from. */
  origin: string;
}

function isotypeWords(f: IsotypeFigures, lang: Lang, compact: boolean): IsotypeWords {
  const de = lang === 'de';
  const { rounds, voyages, containers } = f;
  const unitText = `${formatNumber(ROUNDS_PER_MARK, lang)} ${unitWord('rounds', lang, ROUNDS_PER_MARK)}`;
  const block = formatNumber(ROUNDS_PER_MARK * MARKS_PER_BLOCK, lang, { compact: true });
  const allDeliveries = de
    ? 'alle Lieferungen, nicht nur Munition von 2024'
    : 'all deliveries, not only 2024’s ammunition';
  return {
    roundsFigure: `MSMT: ${formatQuantity(rounds.quantity, rounds.unit, lang, { compact: true })}`,
    roundsLabel: `${rounds.label[lang]}, ${f.roundsPeriod}`,
    keyLine: de
      ? `Ein Quadrat = ${unitText}, ein Block = ${block}`
      : `One square = ${unitText}, one block = ${block}`,
    voyagesFigure: `${formatQuantity(voyages.quantity, voyages.unit, lang)} (MSMT)`,
    containersFigure: `${formatAmount(containers.quantity, lang)} ${unitWord('containers', lang, 2)} (MSMT)`,
    // Compact: the period and what the count covers; what was in them stays in the name.
    containersLine: compact
      ? `${f.containersPeriod} – ${allDeliveries}`
      : `${containers.label[lang]}, ${f.containersPeriod} – ${allDeliveries}`,
    origin: de ? 'im MSMT-Bericht' : 'in the MSMT report',
  };
}

// ---- Geometry.

/** Narrower than this, the isotype is laid out at this width. */
const MIN_WIDTH = 280;
/** Phones: fixed small squares, smaller hulls. */
const NARROW_BELOW = 420;
/**
 * Blocks of 5 × 2 squares = one million. Phones: as many blocks per
 * row as fit at `narrowSize`; wider: five blocks a row (a row = 5 million), squares grown to fill
 * the width, within `min` and `max`.
 */
const SQUARES = {
  gap: 3,
  perBlockRow: 5,
  blockRows: 2,
  narrowSize: 11,
  min: 12,
  max: 24,
  blockGap: { narrow: 10, wide: 16 },
  blocksPerRow: 5,
} as const;
/** The "as many as" cap: this far right of the last square, reaching past it. */
const CAP = { gap: 4, overhang: 3 } as const;
/** One hull per voyage, in rows of ten (or twenty…) so the count can be read off. */
const HULLS = { width: 20, narrowWidth: 16, height: 7, gapX: 4, rowMultiple: 10 } as const;
/** Vertical gaps (full, compact) between the isotype's parts, top to bottom. */
const GAPS = {
  underHead: 8,
  underGrid: 8,
  voyages: { full: 10, compact: 6 },
  hullsUnderText: { full: 6, compact: 2 },
  hullRows: { full: 8, compact: 4 },
  containers: { full: 8, compact: 4 },
  foot: 4,
} as const;
/** A label's muted line wraps to this many lines at most. */
const LABEL_LINES = { full: 3, compact: 2 } as const;

interface SquareGrid {
  squares: Square[];
  size: number;
  bottom: number;
}

function squareGrid(w: number, count: number, top: number): SquareGrid {
  const { gap, perBlockRow, blockRows, blocksPerRow } = SQUARES;
  const narrow = w < NARROW_BELOW;
  const blockGap = narrow ? SQUARES.blockGap.narrow : SQUARES.blockGap.wide;
  const size = narrow
    ? SQUARES.narrowSize
    : Math.max(
        SQUARES.min,
        Math.min(
          SQUARES.max,
          Math.floor(
            ((w - (blocksPerRow - 1) * blockGap) / blocksPerRow - (perBlockRow - 1) * gap) /
              perBlockRow,
          ),
        ),
      );
  const blockW = perBlockRow * size + (perBlockRow - 1) * gap;
  const blockH = blockRows * size + (blockRows - 1) * gap;
  const perRow = narrow
    ? Math.max(1, Math.floor((w + blockGap) / (blockW + blockGap)))
    : blocksPerRow;
  const squares: Square[] = [];
  for (let i = 0; i < count; i++) {
    const block = Math.floor(i / MARKS_PER_BLOCK);
    const within = i % MARKS_PER_BLOCK;
    const bx = (block % perRow) * (blockW + blockGap);
    const by = top + Math.floor(block / perRow) * (blockH + blockGap);
    squares.push({
      key: `sq-${i}`,
      x: bx + (within % perBlockRow) * (size + gap),
      y: by + Math.floor(within / perBlockRow) * (size + gap),
      size,
    });
  }
  const gridRows = Math.ceil(count / MARKS_PER_BLOCK / perRow);
  return { squares, size, bottom: top + gridRows * blockH + (gridRows - 1) * blockGap };
}

/** A ceiling ("as many as") drawn as a cap right of the last square. */
function capOf(grid: SquareGrid, ceiling: boolean): IsotypeLayout['cap'] {
  const last = grid.squares[grid.squares.length - 1];
  if (!ceiling || !last) return null;
  const { size } = grid;
  return {
    x: last.x + size + CAP.gap,
    y0: last.y - size - SQUARES.gap - CAP.overhang,
    y1: last.y + size + CAP.overhang,
  };
}

function hulls(w: number, count: number, top: number, compact: boolean) {
  const shipW = w < NARROW_BELOW ? HULLS.narrowWidth : HULLS.width;
  const gapY = compact ? GAPS.hullRows.compact : GAPS.hullRows.full;
  const fit = Math.max(1, Math.floor((w + HULLS.gapX) / (shipW + HULLS.gapX)));
  const perRow =
    fit >= HULLS.rowMultiple ? Math.floor(fit / HULLS.rowMultiple) * HULLS.rowMultiple : fit;
  const ships: Square[] = [];
  for (let i = 0; i < count; i++)
    ships.push({
      key: `ship-${i}`,
      x: (i % perRow) * (shipW + HULLS.gapX),
      y: top + Math.floor(i / perRow) * (HULLS.height + gapY),
      size: shipW,
    });
  return { ships, bottom: top + Math.ceil(count / perRow) * (HULLS.height + gapY) };
}

function squareBoxes(list: Square[], height: number): Box[] {
  return list.map((q) => ({ x: q.x, y: q.y, width: q.size, height }));
}

function isotypeRecord(
  t: Transfer,
  lang: Lang,
  origin: string,
  visible: boolean,
  texts: TextMark[],
  shapes: Box[],
): IsotypeRecord {
  const figure = formatQuantity(t.quantity, t.unit, lang);
  const when = periodOf(t, lang);
  return {
    id: t.id,
    visible,
    box: unionBox([...texts.map(textMarkBox), ...shapes]),
    description: `${t.label[lang]}: ${figure}${when ? `, ${when}` : ''} (${origin})`,
    detail: [figure, t.label[lang], [when, origin].filter(Boolean).join(' · ')],
  };
}

/** The isotype at one density, ignoring any height cap (tests compare densities). */
export function layoutIsotypeAt(
  data: Dataset,
  input: LayoutInput,
  density: IsotypeDensity,
): IsotypeLayout {
  const { width, lang } = input;
  const state = resolveAmmunitionState(input.state);
  const w = Math.max(MIN_WIDTH, width);
  const compact = density === 'compact';
  const showVoyages = state === 'voyages';
  const showSquares = !(compact && showVoyages);
  const figures = selectIsotype(data, lang);
  const words = isotypeWords(figures, lang, compact);
  const labelLines = compact ? LABEL_LINES.compact : LABEL_LINES.full;

  const head = textBlock(
    'head',
    showSquares
      ? [
          { text: words.roundsFigure, tone: 'msmt', size: FONT.heading, weight: 600 },
          { text: words.roundsLabel, tone: 'muted', size: FONT.small, weight: 400 },
        ]
      : // Folded: the figure the squares draw, on one line with its year.
        [
          {
            text: `${words.roundsFigure} (${figures.roundsPeriod})`,
            tone: 'msmt',
            size: FONT.label,
            weight: 600,
          },
        ],
    0,
    w,
  );
  const grid = squareGrid(w, figures.squareCount, head.bottom + GAPS.underHead);
  const key = showSquares
    ? textBlock(
        'key',
        [{ text: words.keyLine, tone: 'muted', size: FONT.small, weight: 400 }],
        grid.bottom + GAPS.underGrid,
        w,
      )
    : { marks: [], bottom: head.bottom };

  // Voyages: one hull per voyage, in rows, under the squares.
  const voyageHead = textBlock(
    'voyages',
    [
      { text: words.voyagesFigure, tone: 'msmt', size: FONT.value, weight: 600 },
      {
        text: figures.voyages.label[lang],
        tone: 'muted',
        size: FONT.small,
        weight: 400,
        maxLines: labelLines,
      },
    ],
    key.bottom + (compact ? GAPS.voyages.compact : GAPS.voyages.full),
    w,
  );
  const hullsTop =
    voyageHead.bottom + (compact ? GAPS.hullsUnderText.compact : GAPS.hullsUnderText.full);
  const { ships, bottom: shipsBottom } = hulls(w, figures.shipCount, hullsTop, compact);
  const containerBlock = textBlock(
    'containers',
    [
      { text: words.containersFigure, tone: 'msmt', size: FONT.value, weight: 600 },
      {
        text: words.containersLine,
        tone: 'muted',
        size: FONT.small,
        weight: 400,
        maxLines: labelLines,
      },
    ],
    shipsBottom + (compact ? GAPS.containers.compact : GAPS.containers.full),
    w,
  );
  const height = (showVoyages ? containerBlock.bottom : key.bottom) + GAPS.foot;
  const { rounds, voyages, containers } = figures;
  const records: IsotypeRecord[] = [
    isotypeRecord(
      rounds,
      lang,
      words.origin,
      true,
      [...head.marks, ...key.marks],
      showSquares ? squareBoxes(grid.squares, grid.size) : [],
    ),
    isotypeRecord(
      voyages,
      lang,
      words.origin,
      showVoyages,
      voyageHead.marks,
      squareBoxes(ships, HULLS.height + 1),
    ),
    isotypeRecord(containers, lang, words.origin, showVoyages, containerBlock.marks, []),
  ];
  return {
    kind: 'isotype',
    width: w,
    height,
    state,
    squares: grid.squares,
    cap: capOf(grid, qualifierMarks(rounds.quantity).ceiling),
    ships,
    texts: [...head.marks, ...key.marks],
    voyageTexts: [...voyageHead.marks, ...containerBlock.marks],
    showVoyages,
    showSquares,
    density,
    records,
  };
}

/** With `maxHeight` (the story's sticky box), the most detailed density that fits is drawn. */
export function layoutAmmunition(data: Dataset, input: LayoutInput): AmmunitionLayout {
  const { width, lang, maxHeight } = input;
  if (resolveAmmunitionState(input.state) === 'estimates')
    return {
      kind: 'estimates',
      layout: layoutEstimates({
        series: ammunitionSeries(data),
        direction: 'dprk-to-russia',
        width,
        lang,
        view: 'estimates',
        ...(maxHeight === undefined ? {} : { maxHeight }),
      }),
    };
  return layoutIsotype(data, input);
}

/** Visible texts of an isotype layout (tests: overlap and font size). */
export function isotypeTexts(layout: IsotypeLayout): TextMark[] {
  return layout.showVoyages ? [...layout.texts, ...layout.voyageTexts] : layout.texts;
}
