/**
 * Source lines as a newspaper prints them under a chart:
 * "Quelle: MSMT-Bericht (29. Mai 2025), via Reuters; OSC (22. Nov. 2024)".
 */
import type { Dataset, Source } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

/** The name of one source: "MSMT-Bericht (29. Mai 2025), via Reuters". */
export function sourceName(data: Dataset, source: Source, lang: Lang): string {
  const isReport = data.meta.report.sources.includes(source.id);
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
