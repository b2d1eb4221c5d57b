/**
 * The two-way ledger, pure geometry: one section per direction (side by side from 720 px, stacked
 * below), one row per item with its label, its figure in its own unit and qualifier, its period
 * and whether the MSMT report gives it. Units differ from row to row, so there is no shared scale
 * and no bar: a number of soldiers and a number of barrels are not comparable lengths.
 */
import type { Dataset, Direction, Quantity, Unit } from '../../data/schema.ts';
import { computeTotal } from '../../data/derive.ts';
import { formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { makeLabel, type Box, type TextLabel } from '../shared/labels.ts';
import { qualifierMarks } from '../shared/qualifier.ts';
import { sourceNames } from '../shared/sources.ts';
import { shortPeriod } from '../shared/time.ts';
import { textWidth, truncate, wrapText } from '../shared/text.ts';

export const OVERVIEW_STATES = ['both', 'dprk-to-russia', 'russia-to-dprk'] as const;
export type OverviewState = (typeof OVERVIEW_STATES)[number];

export function resolveOverviewState(state: string): OverviewState {
  return (OVERVIEW_STATES as readonly string[]).includes(state) ? (state as OverviewState) : 'both';
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

export interface LedgerRow {
  item: LedgerItem;
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
  header: TextLabel;
  box: Box;
  rows: LedgerRow[];
}

export interface OverviewLayout {
  width: number;
  height: number;
  sideBySide: boolean;
  sections: LedgerSection[];
  visibleLabels: TextLabel[];
}

const MAX_LABEL_CHARS = 120;
const LINE = 17;
const ROW_PAD = 9;
const HEADER = 34;
const GAP = 32;

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
): LedgerRow {
  const de = lang === 'de';
  const inner = x + 12;
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
  const period = item.period
    ? makeLabel(item.period, inner, cursor + 1, FONT.small, 'start')
    : null;
  if (period) cursor += LINE;
  const height = cursor - FONT.label * 0.8 + ROW_PAD - y;
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
    item,
    box: { x, y, width, height },
    labels,
    figure,
    period,
    badge: { label: badgeLabel, box: badgeBox, inReport: item.inReport },
    hatch,
    description: `${item.label}: ${figureText}${item.period ? `, ${item.period}` : ''} (${origin})${partsText}`,
    detail: [
      figureText,
      item.label,
      [item.period, origin].filter(Boolean).join(' · '),
      `${de ? 'Quelle' : 'Source'}: ${sources.slice(0, 2).join('; ')}${sources.length > 2 ? ' …' : ''}`,
    ],
  };
}

export function layoutOverview(
  data: Dataset,
  options: { width: number; state: string; lang?: Lang },
): OverviewLayout {
  const { width, lang = 'de' } = options;
  const state = resolveOverviewState(options.state);
  const de = lang === 'de';
  const items = ledgerItems(data, lang);
  const sideBySide = width >= 720;
  const columnWidth = sideBySide ? (width - GAP) / 2 : width;
  const directions: Direction[] = ['dprk-to-russia', 'russia-to-dprk'];
  let stackedY = 0;
  const sections = directions.map((direction, i) => {
    const x = sideBySide ? i * (columnWidth + GAP) : 0;
    const top = sideBySide ? 0 : stackedY;
    const header = makeLabel(
      direction === 'dprk-to-russia'
        ? de
          ? 'Nordkorea → Russland'
          : 'North Korea → Russia'
        : de
          ? 'Russland → Nordkorea'
          : 'Russia → North Korea',
      x,
      top + 20,
      FONT.heading,
      'start',
      { bold: true },
    );
    let y = top + HEADER;
    const rows = items
      .filter((it) => it.direction === direction)
      .map((it) => {
        const row = layoutRow(data, it, x, y, columnWidth, lang);
        y += row.box.height;
        return row;
      });
    if (!sideBySide) stackedY = y + GAP;
    return {
      direction,
      highlighted: state === 'both' || state === direction,
      header,
      box: { x, y: top, width: columnWidth, height: y - top },
      rows,
    };
  });
  const height = Math.ceil(Math.max(...sections.map((s) => s.box.y + s.box.height)) + 4);
  const visibleLabels = sections.flatMap((s) => [
    s.header,
    ...s.rows.flatMap((r) => [
      ...r.labels,
      ...r.figure,
      ...(r.period ? [r.period] : []),
      r.badge.label,
    ]),
  ]);
  return { width, height, sideBySide, sections, visibleLabels };
}
