/**
 * Source lines as a newspaper prints them under a chart:
 * "Quelle: MSMT-Bericht (29. Mai 2025), via Reuters; OSC (22. Nov. 2024)".
 */
import { findFigure } from '../../data/derive.ts';
import type { Dataset, Source } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

/** The report itself (not the outlets that quoted it): published by the report's publisher. */
export function isReportSource(data: Dataset, source: Source): boolean {
  return source.publisher === data.meta.report.publisher;
}

/** The name of one source: "MSMT-Bericht (29. Mai 2025), via Reuters". */
export function sourceName(data: Dataset, source: Source, lang: Lang): string {
  const isReport = isReportSource(data, source);
  const name = isReport ? (lang === 'de' ? 'MSMT-Bericht' : 'MSMT report') : source.publisher;
  const via = source.via ? `, via ${source.via}` : '';
  return `${name} (${formatDate(source.date, lang, { short: true })})${via}`;
}

/** Source names for ids, in the order given, without duplicates; unknown ids are skipped. */
export function sourceNames(data: Dataset, ids: readonly string[], lang: Lang): string[] {
  const names: string[] = [];
  for (const id of new Set(ids)) {
    const source = data.sources.find((s) => s.id === id);
    if (!source) continue;
    const name = sourceName(data, source, lang);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Urls of the sources for ids, in order, without duplicates (for downloads). */
export function sourceUrls(data: Dataset, ids: readonly string[]): string[] {
  const urls: string[] = [];
  for (const id of new Set(ids)) {
    const url = data.sources.find((s) => s.id === id)?.url;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** "Quelle: A" / "Quellen: A; B" (de), "Source: A" / "Sources: A; B" (en); "" without sources. */
export function buildSourceLine(data: Dataset, ids: readonly string[], lang: Lang): string {
  const names = sourceNames(data, ids, lang);
  if (names.length === 0) return '';
  const label =
    lang === 'de'
      ? names.length === 1
        ? 'Quelle'
        : 'Quellen'
      : names.length === 1
        ? 'Source'
        : 'Sources';
  return `${label}: ${names.join('; ')}`;
}

/**
 * The line under a chart whose figures come from the MSMT report as quoted by news outlets (the PDF
 * itself could not be read, so the outlets are named), plus who made the other estimates:
 * "Quellen: MSMT-Bericht (29. Mai 2025), wiedergegeben von UPI, CNN; Schätzungen: NIS (Südkorea), …".
 * `others` are further groups, each a label and names (e.g. estimators, or who announced phase 3).
 */
export function reportSourceLine(
  data: Dataset,
  lang: Lang,
  reportSourceIds: readonly string[],
  others: readonly { label: string; names: readonly string[] }[] = [],
): string {
  const outlets: string[] = [];
  for (const id of new Set(reportSourceIds)) {
    const source = data.sources.find((s) => s.id === id);
    if (!source) continue;
    if (!isReportSource(data, source) && !outlets.includes(source.publisher))
      outlets.push(source.publisher);
  }
  const reportName = `${lang === 'de' ? 'MSMT-Bericht' : 'MSMT report'} (${formatDate(data.meta.report.date, lang, { short: true })})`;
  const quoted = outlets.length
    ? `${reportName}, ${lang === 'de' ? 'wiedergegeben von' : 'as reported by'} ${outlets.join(', ')}`
    : reportName;
  const parts = [quoted];
  for (const other of others)
    if (other.names.length) parts.push(`${other.label}: ${[...new Set(other.names)].join(', ')}`);
  return `${lang === 'de' ? 'Quellen' : 'Sources'}: ${parts.join('; ')}`;
}

/** Publisher names for source ids, without duplicates (for `reportSourceLine` groups). */
export function publishers(data: Dataset, ids: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const p = data.sources.find((s) => s.id === id)?.publisher;
    if (p && !names.includes(p)) names.push(p);
  }
  return names;
}

/** The source ids of records (transfers, totals, estimates, places, routes) by their ids. */
export function recordSourceIds(data: Dataset, recordIds: readonly string[]): string[] {
  return recordIds.flatMap(
    (id) =>
      findFigure(data, id)?.sources ??
      data.places.find((p) => p.id === id)?.sources ??
      data.routes.find((r) => r.id === id)?.sources ??
      [],
  );
}

/**
 * A mark's accessible name: what it shows, then its records' sources as the data table names
 * them ("…. Quellen: UPI (30. Mai 2025), via daily8.com; CNN (Mai 2025)").
 */
export function markLabel(
  text: string,
  data: Dataset,
  recordIds: readonly string[],
  lang: Lang,
): string {
  const line = buildSourceLine(data, recordSourceIds(data, recordIds), lang);
  return line ? `${text.replace(/[\s.]+$/, '')}. ${line}` : text;
}
