/** Fixed wording of the estimates charts, in both languages, in one place. */
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

export const WORDS = {
  msmtTag: { de: 'MSMT', en: 'MSMT' },
  report: { de: 'MSMT-Bericht', en: 'MSMT report' },
  conversion: { de: 'Umrechnung, keine Zählung', en: 'converted, not a count' },
  conversionContainers: {
    de: 'Umrechnung aus Containern – Annahme',
    en: 'converted from containers – an assumption',
  },
  notQuantified: { de: 'ohne Zahl', en: 'no figure given' },
  afterReport: { de: 'nach dem Bericht', en: 'after the report' },
  estimateTag: { de: 'Schätzung', en: 'estimate' },
} as const;

/** "MSMT-Bericht, 29. Mai 2025" / "MSMT report, 29 May 2025". */
export function reportLabel(date: string, lang: Lang): string {
  return `${WORDS.report[lang]}, ${formatDate(date, lang)}`;
}
