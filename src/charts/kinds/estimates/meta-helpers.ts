/**
 * Text, tables and records shared by the three estimates-over-time charts, so ammunition, missiles
 * and artillery describe the MSMT figure and the competing estimates in the same words.
 */
import type { Dataset, Estimate } from '../../../data/schema.ts';
import { formatDate, formatQuantity } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import {
  estimateRecord,
  estimateRow,
  tableColumns,
  transferRecord,
  transferRow,
} from '../../shared/records.ts';
import { buildSourceLine } from '../../shared/sources.ts';
import type { ChartRecord, ChartTable } from '../../types.ts';
import { statements, type EstimateSeries } from './select.ts';
import { WORDS, reportLabel } from './words.ts';

/** First letter upper case, for titles built from formatted figures ("mindestens 100" → "Mindestens 100"). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function transferOf(data: Dataset, id: string) {
  const t = data.transfers.find((x) => x.id === id);
  if (!t) throw new Error(`estimates: no transfer "${id}" in the dataset`);
  return t;
}

/** "mindestens 100 Raketen" as the MSMT gives it. */
export function msmtFigure(series: EstimateSeries, lang: Lang): string {
  return formatQuantity(series.msmt.quantity, series.msmt.unit, lang, { compact: true });
}

function estimateText(parts: readonly Estimate[], lang: Lang, joiner: string): string {
  const first = parts[0];
  if (!first) return '';
  const figures = parts
    .map((p) => `${formatQuantity(p.quantity, p.unit, lang, { compact: true })} (${p.label[lang]})`)
    .join(joiner);
  const conversion = parts.some((p) => p.basis === 'conversion')
    ? ` (${WORDS.conversion[lang]})`
    : '';
  return `${formatDate(first.date, lang, { short: true })}, ${first.estimator[lang]}: ${figures}${conversion}`;
}

/** Alt text / announcement for a view: what the reader sees, figure by figure. */
export function describeSeries(
  series: EstimateSeries,
  lang: Lang,
  view: string,
  groupMode: 'stack' | 'overlay' = 'stack',
): string {
  const joiner = groupMode === 'overlay' ? '; ' : ' + ';
  const msmt = `MSMT: ${msmtFigure(series, lang)} (${reportLabel(series.msmt.date, lang)}).`;
  if (view !== 'estimates') return msmt;
  const list = statements(series.estimates)
    .map((s) => estimateText(s.parts, lang, joiner))
    .join('; ');
  const intro = lang === 'de' ? 'Andere Schätzungen, nach Datum: ' : 'Other estimates, by date: ';
  return `${msmt} ${intro}${list}.`;
}

export function seriesTable(
  data: Dataset,
  series: EstimateSeries,
  lang: Lang,
  caption: string,
  extraTransferIds: readonly string[] = [],
): ChartTable {
  const transfers = [series.msmt.id, ...extraTransferIds].map((id) => transferOf(data, id));
  return {
    caption,
    columns: tableColumns(lang),
    rows: [
      ...transfers.map((t) => transferRow(data, t, lang)),
      ...series.estimates.map((e) => {
        const row = estimateRow(data, e, lang);
        if (e.basis === 'conversion' && row[0] !== undefined)
          row[0] = `${row[0]} (${WORDS.conversion[lang]})`;
        return row;
      }),
    ],
  };
}

export function seriesRecords(
  data: Dataset,
  series: EstimateSeries,
  lang: Lang,
  extraTransferIds: readonly string[] = [],
): ChartRecord[] {
  const transfers = [series.msmt.id, ...extraTransferIds].map((id) => transferOf(data, id));
  return [
    ...transfers.map((t) => transferRecord(data, t, lang)),
    ...series.estimates.map((e) => {
      const r = estimateRecord(data, e, lang);
      return e.basis === 'conversion'
        ? { ...r, label: `${r.label} (${WORDS.conversion[lang]})` }
        : r;
    }),
  ];
}

export function seriesSourceLine(
  data: Dataset,
  series: EstimateSeries,
  lang: Lang,
  extraTransferIds: readonly string[] = [],
): string {
  const ids = [
    ...series.msmt.sources,
    ...extraTransferIds.flatMap((id) => transferOf(data, id).sources),
    ...series.estimates.flatMap((e) => e.sources),
  ];
  return buildSourceLine(data, ids, lang);
}

/** The note every estimates chart carries: how to read grey vs colour, arrows and hollow bars. */
export function seriesNote(lang: Lang, hasConversions: boolean): string {
  const base =
    lang === 'de'
      ? 'Farbig: Zahl des MSMT-Berichts. Grau: Schätzungen anderer Stellen, mit Datum der Veröffentlichung. Pfeil: Untergrenze, die tatsächliche Zahl kann höher liegen; Strich am Balkenende: Obergrenze.'
      : 'Colour: the MSMT report’s figure. Grey: estimates by others, dated when they were made public. Arrow: a floor, the true figure may be higher; bar-end cap: a ceiling.';
  if (!hasConversions) return base;
  return lang === 'de'
    ? `${base} Hohle, gestrichelte Balken: Umrechnungen aus Containern oder Tonnage – Annahmen über die Ladung, keine Zählungen.`
    : `${base} Hollow, dashed bars: conversions from containers or tonnage – assumptions about the load, not counts.`;
}
