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

export const AMMUNITION_STATES = ['msmt', 'voyages', 'estimates'] as const;
export type AmmunitionState = (typeof AMMUNITION_STATES)[number];

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
      y += marks.length === 0 ? line.size * 0.85 : line.size + 5;
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
  return { marks, bottom: y + 6 };
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
export function layoutIsotype(
  data: Dataset,
  width: number,
  state: AmmunitionState,
  lang: Lang,
  maxHeight?: number,
): IsotypeLayout {
  let last = layoutIsotypeAt(data, width, state, lang, 'full');
  if (maxHeight === undefined) return last;
  for (const density of ISOTYPE_DENSITIES) {
    last = density === 'full' ? last : layoutIsotypeAt(data, width, state, lang, density);
    if (last.height <= maxHeight) return last;
  }
  return last;
}

/** The isotype at one density, ignoring any height cap (tests compare densities). */
export function layoutIsotypeAt(
  data: Dataset,
  width: number,
  state: AmmunitionState,
  lang: Lang,
  density: IsotypeDensity,
): IsotypeLayout {
  const w = Math.max(280, width);
  const compact = density === 'compact';
  const showVoyages = state === 'voyages';
  const showSquares = !(compact && showVoyages);
  const rounds = transfer(data, ROUNDS_ID);
  const voyages = transfer(data, VOYAGES_ID);
  const containers = transfer(data, CONTAINERS_ID);
  const marks = qualifierMarks(rounds.quantity);
  const count = Math.round((marks.extent ?? 0) / ROUNDS_PER_MARK);

  // Blocks of 5 × 2 squares = one million. Phones: as many blocks per row as fit at 11 px;
  // wider: five blocks a row (a row = 5 million), squares grown to fill the width, up to 24 px.
  const gap = 3;
  const narrow = w < 420;
  const blockGap = narrow ? 10 : 16;
  const size = narrow
    ? 11
    : Math.max(12, Math.min(24, Math.floor(((w - 4 * blockGap) / 5 - 4 * gap) / 5)));
  const blockW = 5 * size + 4 * gap;
  const blockH = 2 * size + gap;
  const perRow = narrow ? Math.max(1, Math.floor((w + blockGap) / (blockW + blockGap))) : 5;

  const period = rounds.period ? formatPeriod(rounds.period, lang, { short: true }) : '';
  const roundsFigure = `MSMT: ${formatQuantity(rounds.quantity, rounds.unit, lang, { compact: true })}`;
  const head = textBlock(
    'head',
    showSquares
      ? [
          { text: roundsFigure, tone: 'msmt', size: FONT.heading, weight: 600 },
          {
            text: `${rounds.label[lang]}, ${period}`,
            tone: 'muted',
            size: FONT.small,
            weight: 400,
          },
        ]
      : // Folded: the figure the squares draw, on one line with its year.
        [
          {
            text: `${roundsFigure} (${period})`,
            tone: 'msmt',
            size: FONT.label,
            weight: 600,
          },
        ],
    0,
    w,
  );
  const gridTop = head.bottom + 8;
  const squares: Square[] = [];
  for (let i = 0; i < count; i++) {
    const block = Math.floor(i / MARKS_PER_BLOCK);
    const within = i % MARKS_PER_BLOCK;
    const bx = (block % perRow) * (blockW + blockGap);
    const by = gridTop + Math.floor(block / perRow) * (blockH + blockGap);
    squares.push({
      key: `sq-${i}`,
      x: bx + (within % 5) * (size + gap),
      y: by + Math.floor(within / 5) * (size + gap),
      size,
    });
  }
  const blockRows = Math.ceil(count / MARKS_PER_BLOCK / perRow);
  const gridBottom = gridTop + blockRows * blockH + (blockRows - 1) * blockGap;
  const last = squares[squares.length - 1];
  const cap =
    marks.ceiling && last
      ? { x: last.x + size + 4, y0: last.y - size - gap - 3, y1: last.y + size + 3 }
      : null;

  const unitText = `${formatNumber(ROUNDS_PER_MARK, lang)} ${unitWord('rounds', lang, ROUNDS_PER_MARK)}`;
  const keyLine =
    lang === 'de'
      ? `Ein Quadrat = ${unitText}, ein Block = ${formatNumber(ROUNDS_PER_MARK * MARKS_PER_BLOCK, lang, { compact: true })}`
      : `One square = ${unitText}, one block = ${formatNumber(ROUNDS_PER_MARK * MARKS_PER_BLOCK, lang, { compact: true })}`;
  const key = showSquares
    ? textBlock(
        'key',
        [{ text: keyLine, tone: 'muted', size: FONT.small, weight: 400 }],
        gridBottom + 8,
        w,
      )
    : { marks: [], bottom: head.bottom };

  // Voyages: one hull per voyage, in rows, under the squares.
  const shipTop = key.bottom + (compact ? 6 : 10);
  const voyageHead = textBlock(
    'voyages',
    [
      {
        text: `${formatQuantity(voyages.quantity, voyages.unit, lang)} (MSMT)`,
        tone: 'msmt',
        size: FONT.value,
        weight: 600,
      },
      {
        text: voyages.label[lang],
        tone: 'muted',
        size: FONT.small,
        weight: 400,
        maxLines: compact ? 2 : 3,
      },
    ],
    shipTop,
    w,
  );
  const shipW = w < 420 ? 16 : 20;
  const shipH = 7;
  const shipGapX = 4;
  const shipGapY = compact ? 4 : 8;
  // Rows of ten (or twenty…) hulls, so the count can be read off: 49 = four rows and nine.
  const fit = Math.max(1, Math.floor((w + shipGapX) / (shipW + shipGapX)));
  const shipsPerRow = fit >= 10 ? Math.floor(fit / 10) * 10 : fit;
  const shipCount = Math.round(voyages.quantity.value ?? 0);
  const ships: Square[] = [];
  const shipsTop = voyageHead.bottom + (compact ? 2 : 6);
  for (let i = 0; i < shipCount; i++)
    ships.push({
      key: `ship-${i}`,
      x: (i % shipsPerRow) * (shipW + shipGapX),
      y: shipsTop + Math.floor(i / shipsPerRow) * (shipH + shipGapY),
      size: shipW,
    });
  const shipRows = Math.ceil(shipCount / shipsPerRow);
  const shipsBottom = shipsTop + shipRows * (shipH + shipGapY);
  const since = containers.period ? formatPeriod(containers.period, lang, { short: true }) : '';
  const allDeliveries =
    lang === 'de'
      ? 'alle Lieferungen, nicht nur Munition von 2024'
      : 'all deliveries, not only 2024’s ammunition';
  const containerBlock = textBlock(
    'containers',
    [
      {
        text: `${formatAmount(containers.quantity, lang)} ${unitWord('containers', lang, 2)} (MSMT)`,
        tone: 'msmt',
        size: FONT.value,
        weight: 600,
      },
      {
        // Compact: the period and what the count covers; what was in them stays in the name.
        text: compact
          ? `${since} – ${allDeliveries}`
          : `${containers.label[lang]}, ${since} – ${allDeliveries}`,
        tone: 'muted',
        size: FONT.small,
        weight: 400,
        maxLines: compact ? 2 : 3,
      },
    ],
    shipsBottom + (compact ? 4 : 8),
    w,
  );
  const height = showVoyages ? containerBlock.bottom + 4 : key.bottom + 4;
  const record = (t: Transfer, visible: boolean, texts: TextMark[], shapes: Box[]) => {
    const figure = formatQuantity(t.quantity, t.unit, lang);
    const when = t.period ? formatPeriod(t.period, lang, { short: true }) : '';
    const origin = lang === 'de' ? 'im MSMT-Bericht' : 'in the MSMT report';
    return {
      id: t.id,
      visible,
      box: unionBox([...texts.map(textMarkBox), ...shapes]),
      description: `${t.label[lang]}: ${figure}${when ? `, ${when}` : ''} (${origin})`,
      detail: [figure, t.label[lang], [when, origin].filter(Boolean).join(' · ')],
    };
  };
  const squaresBox = (list: Square[], h: number) =>
    list.map((q) => ({ x: q.x, y: q.y, width: q.size, height: h }));
  const records: IsotypeRecord[] = [
    record(
      rounds,
      true,
      [...head.marks, ...key.marks],
      showSquares ? squaresBox(squares, size) : [],
    ),
    record(voyages, showVoyages, voyageHead.marks, squaresBox(ships, shipH + 1)),
    record(containers, showVoyages, containerBlock.marks, []),
  ];
  return {
    kind: 'isotype',
    width: w,
    height,
    state,
    squares,
    cap,
    ships,
    texts: [...head.marks, ...key.marks],
    voyageTexts: [...voyageHead.marks, ...containerBlock.marks],
    showVoyages,
    showSquares,
    density,
    records,
  };
}

export function layoutAmmunition(
  data: Dataset,
  width: number,
  state: AmmunitionState,
  lang: Lang,
  /** Height cap (the story's sticky box): the most detailed density that fits is drawn. */
  maxHeight?: number,
): AmmunitionLayout {
  if (state === 'estimates')
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
  return layoutIsotype(data, width, state, lang, maxHeight);
}

/** Visible texts of an isotype layout (tests: overlap and font size). */
export function isotypeTexts(layout: IsotypeLayout): TextMark[] {
  return layout.showVoyages ? [...layout.texts, ...layout.voyageTexts] : layout.texts;
}
