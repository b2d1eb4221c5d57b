/**
 * Rows for data tables and downloads, built the same way in every chart: a figure keeps its
 * qualifier, unit, date and sources wherever it goes.
 */
import type { Dataset, Estimate, Transfer } from '../../data/schema.ts';
import type { Figure } from '../../data/derive.ts';
import { formatDate, formatPeriod, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ChartRecord } from '../types.ts';
import { sourceNames, sourceUrls } from './sources.ts';

function numbers(q: Transfer['quantity']): Pick<ChartRecord, 'value' | 'low' | 'high'> {
  return { value: q.value ?? null, low: q.low ?? null, high: q.high ?? null };
}

/** Period, announcement or nothing, as ISO text for downloads: "2024-10/2024-12". */
function isoWhen(t: Pick<Transfer, 'period' | 'announced'>): string {
  if (t.period) return `${t.period.start}/${t.period.end}`;
  return t.announced ?? '';
}

export function transferRecord(data: Dataset, t: Transfer, lang: Lang): ChartRecord {
  return {
    id: t.id,
    kind: 'transfer',
    label: t.label[lang],
    qualifier: t.quantity.qualifier,
    ...numbers(t.quantity),
    unit: t.unit ?? '',
    date: isoWhen(t),
    msmt: t.inReport,
    sources: sourceNames(data, t.sources, lang).join('; '),
    sourceUrls: sourceUrls(data, t.sources).join(' '),
  };
}

export function estimateRecord(data: Dataset, e: Estimate, lang: Lang): ChartRecord {
  return {
    id: e.id,
    kind: 'estimate',
    label: `${e.estimator[lang]}: ${e.label[lang]}`,
    qualifier: e.quantity.qualifier,
    ...numbers(e.quantity),
    unit: e.unit,
    date: e.date,
    msmt: e.msmt,
    sources: sourceNames(data, e.sources, lang).join('; '),
    sourceUrls: sourceUrls(data, e.sources).join(' '),
  };
}

/** A computed figure (a total): its date is the span of its parts' periods. */
export function figureRecord(data: Dataset, f: Figure, lang: Lang, msmt: boolean): ChartRecord {
  return {
    id: f.id,
    kind: f.kind,
    label: f.label[lang],
    qualifier: f.quantity.qualifier,
    ...numbers(f.quantity),
    unit: f.unit ?? '',
    date: '',
    msmt,
    sources: sourceNames(data, f.sources, lang).join('; '),
    sourceUrls: sourceUrls(data, f.sources).join(' '),
  };
}

/** "Okt. bis Dez. 2024", "angekündigt 17. Juni 2025" or "–". */
export function whenText(t: Pick<Transfer, 'period' | 'announced'>, lang: Lang): string {
  if (t.period) return formatPeriod(t.period, lang, { short: true });
  if (t.announced)
    return `${lang === 'de' ? 'angekündigt' : 'announced'} ${formatDate(t.announced, lang, { short: true })}`;
  return '–';
}

/** Standard table columns, so every chart's table reads alike. */
export function tableColumns(lang: Lang): string[] {
  return lang === 'de'
    ? ['Was', 'Zahl', 'Zeitraum/Datum', 'Im MSMT-Bericht', 'Quelle']
    : ['What', 'Figure', 'Period/date', 'In MSMT report', 'Source'];
}

export function yesNo(value: boolean, lang: Lang): string {
  return value ? (lang === 'de' ? 'ja' : 'yes') : lang === 'de' ? 'nein' : 'no';
}

export function transferRow(data: Dataset, t: Transfer, lang: Lang): string[] {
  return [
    t.label[lang],
    formatQuantity(t.quantity, t.unit, lang),
    whenText(t, lang),
    yesNo(t.inReport, lang),
    sourceNames(data, t.sources, lang).join('; '),
  ];
}

export function estimateRow(data: Dataset, e: Estimate, lang: Lang): string[] {
  return [
    `${e.estimator[lang]}: ${e.label[lang]}`,
    formatQuantity(e.quantity, e.unit, lang),
    formatDate(e.date, lang, { short: true }),
    yesNo(e.msmt, lang),
    sourceNames(data, e.sources, lang).join('; '),
  ];
}
