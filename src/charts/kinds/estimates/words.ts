/** Fixed wording of the estimates charts, in both languages, in one place. */
import type { Origin } from '../../../data/schema.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { originsPhrase } from '../../../lib/origins.ts';
import type { EstimateSeries } from './select.ts';

export const WORDS = {
  msmtTag: { de: 'MSMT', en: 'MSMT' },
  report: { de: 'MSMT-Bericht', en: 'MSMT report' },
  conversion: { de: 'Umrechnung, keine Zählung', en: 'converted, not a count' },
  notQuantified: { de: 'ohne Zahl', en: 'no figure given' },
  afterReport: { de: 'nach dem Bericht', en: 'after the report' },
  estimateTag: { de: 'Schätzung', en: 'estimate' },
} as const;

/** "MSMT-Bericht, 29. Mai 2025" / "MSMT report, 29 May 2025". */
export function reportLabel(date: string, lang: Lang): string {
  return `${WORDS.report[lang]}, ${formatDate(date, lang)}`;
}

/**
 * Who the series' estimates come from, for chart texts: "aus der Ukraine und den USA". Ordered by
 * how many estimates each origin gave, so the main voices come first.
 */
export function seriesOrigins(series: EstimateSeries, lang: Lang): string {
  const count = new Map<Origin, number>();
  for (const e of series.estimates) count.set(e.origin, (count.get(e.origin) ?? 0) + 1);
  const byWeight = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o);
  return originsPhrase(byWeight, lang);
}

/** "Frühere" when every estimate was published before the report, else no time word at all. */
export function allBeforeReport(series: EstimateSeries): boolean {
  return series.estimates.every((e) => e.date < series.msmt.date);
}
