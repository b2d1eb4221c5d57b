/**
 * The two-way ledger, pure geometry: one section per direction (side by side from 720 px, stacked
 * below), one row per item with its label, its figure in its own unit and qualifier, its period
 * and whether the MSMT report gives it. Units differ from row to row, so there is no shared scale
 * and no bar: a number of soldiers and a number of barrels are not comparable lengths.
 */
import type { Dataset, Direction, Quantity, Unit } from '../../data/schema.ts';
import { computeTotal } from '../../data/derive.ts';
import { NOT_QUANTIFIED, formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { makeLabel, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { sourceNames } from '../shared/sources.ts';
import { shortPeriod } from '../shared/time.ts';
import { textWidth, truncate, wrapText } from '../shared/text.ts';
import { stateOrDefault } from '../shared/state-ids.ts';
import type { LayoutInput } from '../types.ts';

export const OVERVIEW_STATES = ['both', 'dprk-to-russia', 'russia-to-dprk'] as const;
export type OverviewState = (typeof OVERVIEW_STATES)[number];

export function resolveOverviewState(state: string): OverviewState {
  return stateOrDefault(OVERVIEW_STATES, state);
}

/** One ledger line: a transfer, or a total standing in for its parts. */
export interface LedgerItem {
  id: string;
  direction: Direction;
  label: string;
  quantity: Quantity;
  unit: Unit | undefined;
  period: string;
  inReport: boolean;
  /** Announced after the report (drawn in the "after" colour). */
  afterReport: boolean;
  sources: string[];
  /** For a total: its parts, each as label and formatted figure. */
  parts: { id: string; label: string; figure: string }[];
}

/**
 * How much a row says: `full` (label, figure, period, badge), `medium` (no period line),
 * `compact` (one line: label and figure; the badge becomes the accent bar, hollow when the item is
 * not in the report) or `figure` (the smallest phone: the two directions side by side, each row
 * its figure in its unit, with its label above where the column has room; the items the report
 * names without a number share one line per direction that names them). Chosen per chart so the
 * whole ledger fits `maxHeight`.
 */
export type RowMode = 'full' | 'medium' | 'compact' | 'figure';

export interface LedgerRow {
  item: LedgerItem;
  mode: RowMode;
  box: Box;
  labels: TextLabel[];
  figure: TextLabel[];
  period: TextLabel | null;
  badge: { label: TextLabel; box: Box; inReport: boolean };
  /** Hatched swatch for "not quantified". */
  hatch: Box | null;
  description: string;
  detail: string[];
}

export interface LedgerSection {
  direction: Direction;
  highlighted: boolean;
  /** Rows folded away to fit a short box (the other direction is in focus): header only. */
  folded: boolean;
  /** The header; two lines in a narrow column. */
  header: TextLabel;
  headerLines: TextLabel[];
  box: Box;
  rows: LedgerRow[];
  /** `figure` mode: the items without a number, named on one wrapped line (one mark). */
  unquantified: LedgerSummary | null;
}

/**
 * The rules under a section's rows as one path (one element per section, not one per row: the
 * story's first figure is prerendered at three widths, and every element counts at load). The
 * rows never move, so their rules need not move with them.
 */
export function rowRulesPath(section: LedgerSection): string {
  return section.rows
    .map(({ box }) => `M${box.x},${box.y + box.height}H${box.x + box.width}`)
    .join('');
}

/** Several ledger items named together in one text (the unquantified ones, in `figure` mode). */
export interface LedgerSummary {
  id: string;
  ids: string[];
  box: Box;
  labels: TextLabel[];
  description: string;
  detail: string[];
}

export interface OverviewLayout {
  width: number;
  height: number;
  sideBySide: boolean;
  mode: RowMode;
  sections: LedgerSection[];
  visibleLabels: TextLabel[];
}

const MAX_LABEL_CHARS = 120;
const LINE = 17;
const ROW_PAD = 9;
const HEADER = 34;
const GAP = 32;
/** Compact rows: one 12 px line each, 19 px apart, or 17 px (still 1.4 line height) when short. */
const COMPACT_ROWS = [19, 17] as const;
const COMPACT_HEADER = 24;
const COMPACT_GAP = 10;

/** Ledger items in dataset order; a total replaces its parts (shown once, where the first part was). */
export function ledgerItems(data: Dataset, lang: Lang): LedgerItem[] {
  const partOf = new Map<string, string>();
  for (const total of data.totals) for (const p of total.parts) partOf.set(p, total.id);
  const items: LedgerItem[] = [];
  const done = new Set<string>();
  for (const t of data.transfers) {
    const totalId = partOf.get(t.id);
    if (totalId) {
      if (done.has(totalId)) continue;
      done.add(totalId);
      const total = data.totals.find((x) => x.id === totalId);
      if (!total) continue;
      const figure = computeTotal(data, total);
      const parts = total.parts
        .map((id) => data.transfers.find((x) => x.id === id))
        .filter((x) => x !== undefined);
      const starts = parts.flatMap((p) => (p.period ? [p.period.start] : [])).sort();
      const ends = parts.flatMap((p) => (p.period ? [p.period.end] : [])).sort();
      const announced = parts.find((p) => p.announced)?.announced;
      const period =
        starts[0] && ends.length
          ? shortPeriod({ start: starts[0], end: ends[ends.length - 1] ?? starts[0] }, lang)
          : announced
            ? `${lang === 'de' ? 'angekündigt' : 'announced'} ${formatDate(announced, lang, { short: true })}`
            : '';
      const inReport = parts.every((p) => p.inReport);
      items.push({
        id: total.id,
        direction: t.direction,
        label: total.label[lang],
        quantity: figure.quantity,
        unit: figure.unit,
        period,
        inReport,
        afterReport: !inReport && announced !== undefined && announced > data.meta.report.date,
        sources: figure.sources,
        parts: parts.map((p) => ({
          id: p.id,
          label: p.label[lang],
          figure: formatQuantity(p.quantity, p.unit, lang),
        })),
      });
      continue;
    }
    items.push({
      id: t.id,
      direction: t.direction,
      label: t.label[lang],
      quantity: t.quantity,
      unit: t.unit,
      period: t.period
        ? shortPeriod(t.period, lang)
        : t.announced
          ? `${lang === 'de' ? 'angekündigt' : 'announced'} ${formatDate(t.announced, lang, { short: true })}`
          : '',
      inReport: t.inReport,
      afterReport: !t.inReport && (t.announced ?? '') > data.meta.report.date,
      sources: t.sources,
      parts: [],
    });
  }
  return items;
}

function layoutRow(
  data: Dataset,
  item: LedgerItem,
  x: number,
  y: number,
  width: number,
  lang: Lang,
  mode: RowMode = 'full',
  rowHeight: number = COMPACT_ROWS[0],
): LedgerRow {
  const de = lang === 'de';
  const inner = x + 12;
  if (mode === 'compact') return compactRow(data, item, { x, y, width, height: rowHeight }, lang);
  const badgeText = item.inReport ? 'MSMT' : de ? 'nicht im Bericht' : 'not in report';
  const badgeWidth = textWidth(badgeText, FONT.small, { bold: item.inReport }) + 10;
  const textWidthMax = Math.max(120, width - 12 - badgeWidth - 12);
  const safe = truncate(item.label, MAX_LABEL_CHARS);
  const lines = wrapText(safe.text, textWidthMax, FONT.label, 3).lines;
  let cursor = y + ROW_PAD + FONT.label * 0.8;
  const labels = lines.map((line, i) =>
    makeLabel(line, inner, cursor + i * LINE, FONT.label, 'start', { full: safe.full }),
  );
  cursor += lines.length * LINE + 2;
  const marks = qualifierMarks(item.quantity);
  const figureText = formatQuantity(item.quantity, item.unit, lang, { compact: true });
  const hatch = marks.notQuantified
    ? { x: inner, y: cursor - FONT.value * 0.8, width: 16, height: FONT.value }
    : null;
  const figureX = hatch ? inner + 22 : inner;
  const figureLines = wrapText(figureText, x + width - figureX - 4, FONT.value, 2, {
    bold: true,
  }).lines;
  const figure = figureLines.map((line, i) =>
    makeLabel(line, figureX, cursor + i * LINE, FONT.value, 'start', { bold: true }),
  );
  cursor += figureLines.length * LINE;
  const period =
    item.period && mode === 'full'
      ? makeLabel(item.period, inner, cursor + 1, FONT.small, 'start')
      : null;
  if (period) cursor += LINE;
  const height = cursor - FONT.label * 0.8 + (mode === 'full' ? ROW_PAD : 4) - y;
  const badgeLabel = makeLabel(
    badgeText,
    x + width - 5,
    y + ROW_PAD + FONT.small * 0.8 + 1,
    FONT.small,
    'end',
    { bold: item.inReport },
  );
  const badgeBox = {
    x: x + width - badgeWidth,
    y: y + ROW_PAD - 2,
    width: badgeWidth,
    height: FONT.small + 5,
  };
  const text = rowText(data, item, figureText, lang);
  return {
    item,
    mode,
    box: { x, y, width, height },
    labels,
    figure,
    period,
    badge: { label: badgeLabel, box: badgeBox, inReport: item.inReport },
    hatch,
    ...text,
  };
}

/** The row's accessible name and callout lines: the same whatever the row shows. */
function rowText(
  data: Dataset,
  item: LedgerItem,
  figureText: string,
  lang: Lang,
): { description: string; detail: string[] } {
  const de = lang === 'de';
  const origin = item.inReport
    ? de
      ? 'im MSMT-Bericht'
      : 'in the MSMT report'
    : item.afterReport
      ? de
        ? 'nach dem Bericht angekündigt, nicht im Bericht'
        : 'announced after the report, not in it'
      : de
        ? 'nicht im Bericht'
        : 'not in the report';
  const sources = sourceNames(data, item.sources, lang);
  const partsText = item.parts.length
    ? `. ${de ? 'Davon' : 'Of which'}: ${item.parts.map((p) => `${p.label}: ${p.figure}`).join('; ')}`
    : '';
  return {
    description: `${item.label}: ${figureText}${item.period ? `, ${item.period}` : ''} (${origin})${partsText}`,
    detail: [
      figureText,
      item.label,
      [item.period, origin].filter(Boolean).join(' · '),
      `${de ? 'Quelle' : 'Source'}: ${sources.slice(0, 2).join('; ')}${sources.length > 2 ? ' …' : ''}`,
    ],
  };
}

/**
 * One 12 px line: the figure right-aligned and bold, the label left of it, shortened with "…" to
 * the room left (the full label stays in the row's name and callout). No badge text: the accent
 * bar is drawn hollow for items not in the report.
 */
function compactRow(data: Dataset, item: LedgerItem, box: Box, lang: Lang): LedgerRow {
  const { x, y, width } = box;
  const inner = x + 12;
  const baseline = y + box.height / 2 + FONT.small * 0.35;
  const marks = qualifierMarks(item.quantity);
  const figureText = formatQuantity(item.quantity, item.unit, lang, { compact: true });
  const figureRoom = Math.max(60, (width - 12) * 0.55);
  const figureLine = wrapText(figureText, figureRoom, FONT.small, 1, { bold: true }).lines[0] ?? '';
  const figure = makeLabel(figureLine, x + width - 2, baseline, FONT.small, 'end', {
    bold: true,
    full: figureText,
  });
  const hatch = marks.notQuantified
    ? { x: figure.box.x - 16, y: y + 4, width: 12, height: box.height - 8 }
    : null;
  const labelRoom = (hatch ? hatch.x : figure.box.x) - 8 - inner;
  const safe = truncate(item.label, MAX_LABEL_CHARS);
  const labelLine = wrapText(safe.text, Math.max(40, labelRoom), FONT.small, 1).lines[0] ?? '';
  const label = makeLabel(labelLine, inner, baseline, FONT.small, 'start', { full: safe.full });
  const badgeLabel = makeLabel('', x + width, baseline, FONT.small, 'end');
  return {
    item,
    mode: 'compact',
    box,
    labels: [label],
    figure: [figure],
    period: null,
    badge: { label: badgeLabel, box: { x: x + width, y, width: 0, height: 0 }, inReport: false },
    hatch,
    ...rowText(data, item, figureText, lang),
  };
}

/**
 * The ledger at `width`; with `maxHeight` (a sticky graphic's room), the most detailed row mode
 * that fits: full, then without periods, then one line per row; if one-line rows still do not fit
 * and one direction is in focus, the other folds to its header.
 */
export function layoutOverview(data: Dataset, input: LayoutInput): OverviewLayout {
  const { maxHeight } = input;
  const full = layoutLedger(data, input, 'full', false);
  if (maxHeight === undefined || full.height <= maxHeight) return full;
  const medium = layoutLedger(data, input, 'medium', false);
  if (medium.height <= maxHeight) return medium;
  const focus = resolveOverviewState(input.state) !== 'both';
  for (const fold of focus ? [false, true] : [false])
    for (const rowHeight of COMPACT_ROWS) {
      const compact = layoutLedger(data, input, 'compact', fold, rowHeight);
      if (compact.height <= maxHeight) return compact;
    }
  // The smallest phones: the directions side by side, figures only where labels do not fit.
  return layoutFigures(data, input, maxHeight);
}

/** Narrow columns: the room between them, a row's indent (its accent bar), and the line pitch. */
const FIGURE_GAP = 8;
const FIGURE_INDENT = 6;
const FIGURE_LINE = 15;

/**
 * A name without what parentheses or a colon add: "Flugabwehr (Pantsir-Klasse)" → "Flugabwehr",
 * "Raketentechnik: Rückmeldung von Einsatzdaten" → "Raketentechnik" (the full name stays in the
 * mark's name and callout).
 */
export function shortLabel(label: string): string {
  return (
    label
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/:.*$/, '')
      .trim() || label
  );
}

/** `figure` mode's other measures (px): a column's least figure width, gaps, the summary's lines. */
const FIGURES = {
  minFigureWidth: 40,
  headerGap: 4,
  /** Row texts sit this far below their line's top. */
  textDrop: 2,
  rowGap: 1,
  summaryGap: 1,
  summaryLine: FIGURE_LINE - 1,
  summaryFoot: 2,
  /** Lines a summary may take per item it names: enough for every name in full. */
  summaryLinesPerItem: 8,
  foot: 4,
} as const;
/** A text's baseline sits this share of its size below the top of its line. */
const ASCENT = 0.8;
const DIRECTIONS: readonly Direction[] = ['dprk-to-russia', 'russia-to-dprk'];

/** What every column of `figure` mode is laid out from. */
interface FigureFrame {
  data: Dataset;
  lang: Lang;
  state: OverviewState;
  items: LedgerItem[];
  /** The two columns' widths. */
  widths: [number, number];
}

/** Each column as wide as its widest figure needs (one line per figure), the rest shared. */
function figureColumnWidths(items: LedgerItem[], width: number, lang: Lang): [number, number] {
  const [a, b] = DIRECTIONS.map(
    (d) =>
      FIGURE_INDENT +
      Math.max(
        FIGURES.minFigureWidth,
        ...items
          .filter((it) => it.direction === d && !qualifierMarks(it.quantity).notQuantified)
          .map((it) =>
            textWidth(formatQuantity(it.quantity, it.unit, lang, { compact: true }), FONT.small, {
              bold: true,
            }),
          ),
      ),
  ) as [number, number];
  const spare = width - FIGURE_GAP - a - b;
  return spare >= 0
    ? [a + spare / 2, b + spare / 2]
    : [(width - FIGURE_GAP) / 2, (width - FIGURE_GAP) / 2];
}

/** One quantified item: its short label (when `labelled`) above its figure. */
function figureRow(
  f: FigureFrame,
  item: LedgerItem,
  column: { x: number; width: number },
  top: number,
  labelled: boolean,
): LedgerRow {
  const { lang } = f;
  const { x, width: columnWidth } = column;
  const inner = x + FIGURE_INDENT;
  const room = columnWidth - FIGURE_INDENT;
  const figureText = formatQuantity(item.quantity, item.unit, lang, { compact: true });
  const labels = labelled
    ? [
        makeLabel(
          wrapText(shortLabel(item.label), room, FONT.small, 1).lines[0] ?? '',
          inner,
          top + FONT.small * ASCENT + FIGURES.textDrop,
          FONT.small,
          'start',
          { full: item.label },
        ),
      ]
    : [];
  const figureTop = top + labels.length * FIGURE_LINE;
  const figure = wrapText(figureText, room, FONT.small, 2, { bold: true }).lines.map((line, j) =>
    makeLabel(
      line,
      inner,
      figureTop + FONT.small * ASCENT + FIGURES.textDrop + j * FIGURE_LINE,
      FONT.small,
      'start',
      {
        bold: true,
      },
    ),
  );
  const bottom = figureTop + figure.length * FIGURE_LINE + FIGURES.rowGap;
  return {
    item,
    mode: 'figure',
    box: { x, y: top, width: columnWidth, height: bottom - top },
    labels,
    figure,
    period: null,
    badge: {
      label: makeLabel('', x + columnWidth, top, FONT.small, 'end'),
      box: { x: x + columnWidth, y: top, width: 0, height: 0 },
      inReport: false,
    },
    hatch: null,
    ...rowText(f.data, item, figureText, lang),
  };
}

/** The items without a number, named on one wrapped line: every name in full, nothing cut. */
function unquantifiedSummary(
  f: FigureFrame,
  direction: Direction,
  unnumbered: LedgerItem[],
  column: { x: number; width: number },
  top: number,
): LedgerSummary {
  const { lang } = f;
  const { x, width: columnWidth } = column;
  const lead = lang === 'de' ? 'Ohne Zahl' : 'No figure';
  const text = `${lead}: ${unnumbered.map((it) => shortLabel(it.label)).join(', ')}`;
  const lines = wrapText(
    text,
    columnWidth,
    FONT.small,
    unnumbered.length * FIGURES.summaryLinesPerItem,
  ).lines;
  const labels = lines.map((line, j) =>
    makeLabel(line, x, top + FONT.small * ASCENT + j * FIGURES.summaryLine, FONT.small, 'start'),
  );
  const bottom = top + lines.length * FIGURES.summaryLine + FIGURES.summaryFoot;
  const texts = unnumbered.map((it) => rowText(f.data, it, NOT_QUANTIFIED[lang], lang));
  return {
    id: `${direction}-unquantified`,
    ids: unnumbered.map((it) => it.id),
    box: { x, y: top, width: columnWidth, height: bottom - top },
    labels,
    description: texts.map((t) => t.description).join('; '),
    detail: [
      `${lead}:`,
      ...unnumbered.map((it) => `${it.label}${it.period ? ` (${it.period})` : ''}`),
    ],
  };
}

/** One direction's column: header, a row per quantified item, the unquantified ones' summary. */
function figureColumn(
  f: FigureFrame,
  direction: Direction,
  i: number,
  labelled: ReadonlySet<string>,
): LedgerSection {
  const column = { x: i === 0 ? 0 : f.widths[0] + FIGURE_GAP, width: f.widths[i]! };
  const { x } = column;
  const headerLines = wrapText(directionName(direction, f.lang), column.width, FONT.label, 2, {
    bold: true,
  }).lines.map((line, j) =>
    makeLabel(line, x, FONT.label * ASCENT + j * FIGURE_LINE, FONT.label, 'start', {
      bold: true,
    }),
  );
  let y = headerLines.length * FIGURE_LINE + FIGURES.headerGap;
  const own = f.items.filter((it) => it.direction === direction);
  const rows: LedgerRow[] = [];
  for (const item of own.filter((it) => !qualifierMarks(it.quantity).notQuantified)) {
    const row = figureRow(f, item, column, y, labelled.has(item.id));
    y += row.box.height;
    rows.push(row);
  }
  const unnumbered = own.filter((it) => qualifierMarks(it.quantity).notQuantified);
  let unquantified: LedgerSummary | null = null;
  if (unnumbered.length) {
    unquantified = unquantifiedSummary(f, direction, unnumbered, column, y + FIGURES.summaryGap);
    y = unquantified.box.y + unquantified.box.height;
  }
  return {
    direction,
    highlighted: f.state === 'both' || f.state === direction,
    folded: false,
    header: headerLines[0]!,
    headerLines,
    box: { x, y: 0, width: column.width, height: y },
    rows,
    unquantified,
  };
}

/**
 * `figure` mode: both directions side by side in narrow columns; each quantified item one row, its
 * label above its figure if every column still fits `maxHeight` with labels (tried per column,
 * the shorter one first), else the figure alone (the units name the things: soldiers, rounds,
 * voyages…); the unquantified items of a direction share one wrapped line that names them.
 */
function layoutFigures(data: Dataset, input: LayoutInput, maxHeight: number): OverviewLayout {
  const { width, lang } = input;
  const items = ledgerItems(data, lang);
  const f: FigureFrame = {
    data,
    lang,
    state: resolveOverviewState(input.state),
    items,
    widths: figureColumnWidths(items, width, lang),
  };
  // A row's label above its figure wherever the columns still fit: row by row, the shorter
  // column first.
  const labelled = new Set<string>();
  const sections = DIRECTIONS.map((d, i) => figureColumn(f, d, i, labelled));
  const order = [0, 1].sort((a, b) => sections[a]!.box.height - sections[b]!.box.height);
  for (const i of order)
    for (const row of sections[i]!.rows) {
      labelled.add(row.item.id);
      const trial = figureColumn(f, DIRECTIONS[i]!, i, labelled);
      const others = sections.filter((_, j) => j !== i);
      if (
        Math.max(trial.box.height, ...others.map((s) => s.box.height)) + FIGURES.foot <=
        maxHeight
      )
        sections[i] = trial;
      else labelled.delete(row.item.id);
    }
  const height = Math.ceil(Math.max(...sections.map((s) => s.box.height)) + FIGURES.foot);
  const visibleLabels = sections.flatMap((s) => [
    ...s.headerLines,
    ...s.rows.flatMap((r) => [...r.labels, ...r.figure]),
    ...(s.unquantified?.labels ?? []),
  ]);
  return { width, height, sideBySide: true, mode: 'figure', sections, visibleLabels };
}

function directionName(direction: Direction, lang: Lang): string {
  const de = lang === 'de';
  return direction === 'dprk-to-russia'
    ? de
      ? 'Nordkorea → Russland'
      : 'North Korea → Russia'
    : de
      ? 'Russland → Nordkorea'
      : 'Russia → North Korea';
}

function layoutLedger(
  data: Dataset,
  input: LayoutInput,
  mode: RowMode,
  fold: boolean,
  rowHeight: number = COMPACT_ROWS[0],
): OverviewLayout {
  const { width, lang } = input;
  const state = resolveOverviewState(input.state);
  const de = lang === 'de';
  const items = ledgerItems(data, lang);
  const sideBySide = width >= 720;
  const compact = mode === 'compact';
  const gap = compact ? COMPACT_GAP : GAP;
  const headerHeight = compact ? COMPACT_HEADER : HEADER;
  const columnWidth = sideBySide ? (width - GAP) / 2 : width;
  const directions: Direction[] = ['dprk-to-russia', 'russia-to-dprk'];
  let stackedY = 0;
  const sections = directions.map((direction, i) => {
    const x = sideBySide ? i * (columnWidth + GAP) : 0;
    const top = sideBySide ? 0 : stackedY;
    const highlighted = state === 'both' || state === direction;
    const folded = fold && !highlighted;
    const own = items.filter((it) => it.direction === direction);
    const name = directionName(direction, lang);
    const header = makeLabel(
      folded ? `${name} (${own.length} ${de ? 'Posten' : 'items'})` : name,
      x,
      top + (compact ? 16 : 20),
      FONT.heading,
      'start',
      { bold: true },
    );
    let y = top + headerHeight;
    const rows = folded
      ? []
      : own.map((it) => {
          const row = layoutRow(data, it, x, y, columnWidth, lang, mode, rowHeight);
          y += row.box.height;
          return row;
        });
    if (!sideBySide) stackedY = y + gap;
    return {
      direction,
      highlighted,
      folded,
      header,
      headerLines: [header],
      box: { x, y: top, width: columnWidth, height: y - top },
      rows,
      unquantified: null,
    };
  });
  const height = Math.ceil(Math.max(...sections.map((s) => s.box.y + s.box.height)) + 4);
  const visibleLabels = sections.flatMap((s) => [
    s.header,
    ...s.rows.flatMap((r) => [
      ...r.labels,
      ...r.figure,
      ...(r.period ? [r.period] : []),
      ...(r.badge.label.text ? [r.badge.label] : []),
    ]),
  ]);
  return { width, height, sideBySide, mode, sections, visibleLabels };
}
