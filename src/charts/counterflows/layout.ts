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
import { FONT } from '../shared/colors.ts';
import { linearScale } from '../shared/linear-scale.ts';
import { makeLabel, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { sourceNames } from '../shared/sources.ts';
import { fitText, textWidth, truncate, wrapText } from '../shared/text.ts';
import { shortPeriod } from '../shared/time.ts';

export const COUNTERFLOW_STATES = ['oil', 'oil-cap', 'reported', 'other'] as const;
export type CounterflowState = (typeof COUNTERFLOW_STATES)[number];

export function resolveCounterflowState(state: string): CounterflowState {
  return (COUNTERFLOW_STATES as readonly string[]).includes(state)
    ? (state as CounterflowState)
    : 'oil';
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

export interface CounterflowsOptions {
  width: number;
  state: string;
  lang?: Lang;
  /** Height cap (the story's sticky box): the most detailed density that fits is used. */
  maxHeight?: number;
}

export function layoutCounterflows(
  data: Dataset,
  options: CounterflowsOptions,
): CounterflowsLayout {
  const full = layoutCounterflowsAt(data, options, 'full');
  if (options.maxHeight === undefined || full.height <= options.maxHeight) return full;
  let last = full;
  for (const density of COUNTERFLOWS_DENSITIES.slice(1)) {
    last = layoutCounterflowsAt(data, options, density);
    if (last.height <= options.maxHeight) return last;
  }
  // Nothing fits: the smallest layout (tests record its height).
  return last;
}

/** The layout at one density, ignoring `maxHeight` (tests compare densities). */
export function layoutCounterflowsAt(
  data: Dataset,
  options: CounterflowsOptions,
  density: CounterflowsDensity,
): CounterflowsLayout {
  const { width, lang = 'de' } = options;
  const full = density === 'full';
  const tight = density === 'tight';
  const folded = density === 'folded' || tight;
  const BAR = full ? 16 : tight ? 8 : 12;
  const LINE = full ? 16 : 14;
  const ROW_GAP = full ? 14 : tight ? 4 : 8;
  const state = resolveCounterflowState(options.state);
  const de = lang === 'de';
  const oil = oilTransfer(data);
  const cap = data.estimates.find((e) => e.id === CAP_ID);
  const estimates = oilEstimates(data);
  const foldOil = folded && state === 'other';
  const foldOther = folded && state !== 'other';

  // One barrel scale for every oil bar, with room for the open end and the widest value label.
  const valueSizeOf = tight ? FONT.small : FONT.value;
  const valueNeeds =
    max(
      [oil, ...estimates],
      (f) =>
        textWidth(formatAmount(f.quantity, lang, { compact: true }), valueSizeOf, { bold: true }) +
        (qualifierMarks(f.quantity).openEnd ? 26 : 0) +
        8,
    ) ?? 0;
  const valueRoom = Math.min(width * 0.5, Math.max(Math.min(170, width * 0.36), valueNeeds));
  const largest =
    max(
      [oil, ...estimates, ...(cap ? [cap] : [])],
      (f) => qualifierMarks(f.quantity).extent ?? 0,
    ) ?? 0;
  const x = linearScale([0, largest * 1.05], [0, width - valueRoom]);

  const oilTitle = de ? 'Raffinierte Erdölprodukte, in Barrel' : 'Refined petroleum, in barrels';
  const header = makeLabel(
    foldOil
      ? fitText(
          `${de ? 'Raffiniertes Öl' : 'Refined oil'}: ${formatAmount(oil.quantity, lang, { compact: true })} Barrel${de ? '' : 's'} (MSMT)`,
          width,
          FONT.label,
          { bold: true },
        ).text
      : oilTitle,
    0,
    14,
    FONT.label,
    'start',
    { bold: true },
  );
  // Cap label sits above the bars, left of its line if there is room, else right of it; in the
  // tight layout on one line, centred over its line as far as the width allows.
  const capTop = tight ? 22 : 30;
  const capX = cap ? x(qualifierMarks(cap.quantity).extent ?? 0) : 0;
  const capLines =
    cap && !foldOil
      ? [`${de ? 'UN-Obergrenze' : 'UN cap'}: ${formatQuantity(cap.quantity, cap.unit, lang)}`]
      : [];
  const capWrapped = capLines.flatMap(
    (l) =>
      wrapText(l, tight ? width : Math.max(140, width * 0.5), FONT.small, 2, { bold: true }).lines,
  );
  const capWidest = Math.max(0, ...capWrapped.map((l) => textWidth(l, FONT.small, { bold: true })));
  const capAnchor: TextLabel['anchor'] = tight
    ? 'start'
    : capX - 6 - capWidest >= 0
      ? 'end'
      : 'start';
  const capLabelX = tight
    ? Math.max(0, Math.min(capX - capWidest / 2, width - capWidest))
    : capAnchor === 'end'
      ? capX - 6
      : capX + 6;
  const capLabels = capWrapped.map((l, i) =>
    makeLabel(l, capLabelX, capTop + FONT.small * 0.8 + i * LINE, FONT.small, capAnchor, {
      bold: i === 0,
    }),
  );
  let y = foldOil ? 14 : capTop + capWrapped.length * LINE + (tight ? 4 : 10);

  const rows: {
    id: string;
    kind: OilBar['kind'];
    figure: Transfer | Estimate;
    label: string;
    when: string;
    sources: string[];
  }[] = [
    {
      id: oil.id,
      kind: 'msmt',
      figure: oil,
      label: de ? 'MSMT-Bericht' : 'MSMT report',
      when: oil.period ? shortPeriod(oil.period, lang) : '',
      sources: oil.sources,
    },
    ...estimates.map((e) => ({
      id: e.id,
      kind: 'estimate' as const,
      figure: e,
      label: `${e.estimator[lang]}: ${truncate(e.label[lang], 140).text}`,
      when: e.period ? shortPeriod(e.period, lang) : formatDate(e.date, lang, { short: true }),
      sources: e.sources,
    })),
  ];
  const barsVisibleFor = (kind: OilBar['kind']) =>
    !foldOil && (kind === 'msmt' ? state !== 'oil-cap' : state === 'reported');

  // Hidden rows take no room: they wait where they will appear, so they grow into place.
  const bars: OilBar[] = rows.map((row) => {
    const visible = barsVisibleFor(row.kind);
    const marks = qualifierMarks(row.figure.quantity);
    const text = `${row.label} (${row.when})`;
    const labelSize = full ? FONT.label : FONT.small;
    const lines = full
      ? wrapText(text, width, FONT.label, 3).lines
      : [fitText(text, width, FONT.small).text];
    const labels = lines.map((l, i) => makeLabel(l, 0, y + labelSize * 0.8 + i * LINE, labelSize));
    const barY = y + lines.length * LINE + (full ? 4 : tight ? 0 : 2);
    const w = Math.max(1.5, x(marks.extent ?? 0));
    const bar = { x: 0, y: barY, width: w, height: BAR };
    const openEnd = marks.openEnd ? { x: w, y: barY, width: 26, height: BAR } : null;
    const valueText = formatAmount(row.figure.quantity, lang, { compact: true });
    const valueX = w + (openEnd ? openEnd.width : 0) + 6;
    // Tight: a smaller value, so it clears the label line above and the next row.
    const valueSize = valueSizeOf;
    const value = makeLabel(
      valueText,
      valueX,
      barY + BAR / 2 + (tight ? 4 : 5),
      valueSize,
      'start',
      {
        bold: true,
      },
    );
    if (visible) y = barY + BAR + ROW_GAP;
    const unit = 'unit' in row.figure ? row.figure.unit : undefined;
    const figureText = formatQuantity(row.figure.quantity, unit, lang);
    const sources = sourceNames(data, row.sources, lang);
    return {
      id: row.id,
      kind: row.kind,
      visible,
      labels,
      bar,
      openEnd,
      value,
      description: `${row.label}: ${figureText} (${row.when})`,
      detail: [figureText, row.label, row.when, sources.slice(0, 2).join('; ')],
    };
  });
  const axisY = y + 2;
  // Tight bars are each labelled with their value: no ticks.
  const axisTicks =
    foldOil || tight ? [] : x.ticks(width < 480 ? 3 : 5).filter((v) => v <= x.domain()[1]!);
  const axis = axisTicks.map((v) => ({
    x: x(v),
    label: makeLabel(
      formatAmount({ qualifier: 'exact', value: v }, lang, { compact: true }),
      x(v),
      axisY + 14,
      FONT.small,
      v === 0 ? 'start' : 'middle',
    ),
  }));
  // Drop tick labels that would run past the right edge.
  const axisShown = axis.filter((t) => t.label.box.x + t.label.box.width <= width);
  const oilBottom = foldOil ? y : axisY + (tight ? 4 : 22);

  // Tiles for the other returns.
  const otherTop = oilBottom + (full ? 26 : tight ? 8 : 14);
  const returns = otherReturns(data);
  const otherTitle = de ? 'Was Russland außerdem lieferte' : 'What else Russia supplied';
  // Folded: one line that says how many returns the table holds, in the longest wording that fits.
  const foldedWordings = de
    ? [
        `${otherTitle}: ${returns.length} weitere Posten (Tabelle)`,
        `${otherTitle}: ${returns.length} weitere Posten`,
        `Außerdem: ${returns.length} weitere Posten (Tabelle)`,
        `Außerdem: ${returns.length} weitere Posten`,
      ]
    : [
        `${otherTitle}: ${returns.length} more items (table)`,
        `${otherTitle}: ${returns.length} more items`,
        `Also: ${returns.length} more items (table)`,
        `Also: ${returns.length} more items`,
      ];
  const foldedHeader =
    foldedWordings.find((t) => textWidth(t, FONT.label, { bold: true }) <= width) ??
    fitText(foldedWordings[foldedWordings.length - 1]!, width, FONT.label, { bold: true }).text;
  const otherHeader = makeLabel(
    foldOther ? foldedHeader : otherTitle,
    0,
    otherTop + 14,
    FONT.label,
    'start',
    { bold: true },
  );
  const columns = width >= 720 ? 3 : width >= 480 || !full ? 2 : 1;
  const gap = full ? 12 : 8;
  const tileWidth = (width - (columns - 1) * gap) / columns;
  const tiles: Tile[] = [];
  let rowTop = otherTop + (full ? 26 : 22);
  const pad = full ? 10 : 7;
  const tileLabel = full ? FONT.label : FONT.small;
  for (let start = 0; start < returns.length; start += columns) {
    const chunk = returns.slice(start, start + columns);
    const laid = chunk.map((t, i) => {
      const tx = i * (tileWidth + gap);
      const inner = tx + 10;
      const lines = full
        ? wrapText(truncate(t.label[lang], 120).text, tileWidth - 20, FONT.label, 3).lines
        : [fitText(t.label[lang], tileWidth - 20, FONT.small).text];
      let cy = rowTop + pad + tileLabel * 0.8;
      const labels = lines.map((l, j) => makeLabel(l, inner, cy + j * LINE, tileLabel));
      cy += lines.length * LINE + (full ? 4 : 2);
      const marks = qualifierMarks(t.quantity);
      const hatch = marks.notQuantified
        ? { x: inner, y: cy - FONT.value * 0.8, width: 16, height: FONT.value }
        : null;
      const figureSize = full ? FONT.value : FONT.label;
      const figure = makeLabel(
        fitText(
          formatQuantity(t.quantity, t.unit, lang),
          tileWidth - 20 - (hatch ? 22 : 0),
          figureSize,
          { bold: true },
        ).text,
        hatch ? inner + 22 : inner,
        cy,
        figureSize,
        'start',
        { bold: true },
      );
      cy += LINE;
      const period =
        t.period && full ? makeLabel(shortPeriod(t.period, lang), inner, cy + 1, FONT.small) : null;
      if (period) cy += LINE;
      const figureText = formatQuantity(t.quantity, t.unit, lang);
      const sources = sourceNames(data, t.sources, lang);
      return {
        id: t.id,
        box: {
          x: tx,
          y: rowTop,
          width: tileWidth,
          height: cy - rowTop - tileLabel * 0.8 + (full ? 12 : pad + 2),
        },
        labels,
        figure,
        hatch,
        period,
        quantified: !marks.notQuantified,
        visible: !foldOther,
        description: `${t.label[lang]}: ${figureText}${t.period ? `, ${shortPeriod(t.period, lang)}` : ''}`,
        detail: [figureText, t.label[lang], sources.slice(0, 2).join('; ')],
      };
    });
    const h = max(laid, (l) => l.box.height) ?? 0;
    // Folded tiles keep a place (in the header) to grow from; they take no room.
    for (const l of laid)
      tiles.push({
        ...l,
        box: foldOther ? { ...l.box, y: otherTop, height: 0 } : { ...l.box, height: h },
      });
    if (!foldOther) rowTop += h + gap;
  }
  const height = Math.ceil(foldOther ? otherTop + 22 : rowTop);

  const oilEmphasis = state === 'other' ? 0.3 : 1;
  const otherEmphasis = state === 'other' ? 1 : 0.45;
  const visibleLabels = [
    header,
    ...capLabels,
    ...axisShown.map((a) => a.label),
    ...bars.filter((b) => b.visible).flatMap((b) => [...b.labels, b.value]),
    otherHeader,
    ...tiles
      .filter((t) => t.visible)
      .flatMap((t) => [...t.labels, t.figure, ...(t.period ? [t.period] : [])]),
  ];

  return {
    width,
    height,
    state,
    density,
    oil: {
      header,
      bars,
      axis: axisShown,
      axisY,
      cap:
        cap && !foldOil
          ? {
              x: capX,
              // Tight: from under its one-line label.
              top: tight ? capTop + capWrapped.length * LINE : capTop - 4,
              bottom: axisY,
              labels: capLabels,
              description: `${cap.estimator[lang]}: ${formatQuantity(cap.quantity, cap.unit, lang)}`,
            }
          : null,
      emphasis: oilEmphasis,
      barsVisible: state !== 'oil-cap' && !foldOil,
      folded: foldOil,
    },
    other: { header: otherHeader, tiles, emphasis: otherEmphasis, top: otherTop },
    visibleLabels,
  };
}
