/**
 * Dates for time axes, without Date parsing surprises: ISO "YYYY-MM" / "YYYY-MM-DD" to UTC
 * milliseconds and tick labels as a newspaper writes them ("Okt." … "Jan. 2025").
 */
import { SHORT_MONTHS } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

const SHORT = SHORT_MONTHS;

/**
 * UTC ms of an ISO date. A bare month ("2025-07") means "some time that month": `monthAnchor`
 * picks its first day (`start`, for period starts) or its middle (`middle`, for dated events).
 */
export function isoToTime(iso: string, monthAnchor: 'start' | 'middle' | 'end' = 'start'): number {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y ?? 1970;
  const month = (m ?? 1) - 1;
  if (d !== undefined) return Date.UTC(year, month, d);
  if (monthAnchor === 'start') return Date.UTC(year, month, 1);
  if (monthAnchor === 'end') return Date.UTC(year, month + 1, 1) - 1;
  return Date.UTC(year, month, 15);
}

/** "Okt." for a month tick; "Jan. 2025" for January or the first tick, so the year is always there. */
export function monthTickLabel(time: number, lang: Lang, withYear: boolean): string {
  const date = new Date(time);
  const name = SHORT[lang][date.getUTCMonth()] ?? '';
  return withYear || date.getUTCMonth() === 0 ? `${name} ${date.getUTCFullYear()}` : name;
}

/**
 * A compact period for chart labels: "Okt.–Dez. 2024", "Okt. 2024–Feb. 2025", "März 2024", and
 * for an open one "seit Sept. 2023".
 */
export function shortPeriod(
  period: {
    start: string;
    end?: string | undefined;
    wording?: { de: string; en: string } | undefined;
  },
  lang: Lang,
): string {
  if (period.wording) return period.wording[lang];
  const [ys, ms] = period.start.split('-');
  const names = SHORT[lang];
  const a = names[Number(ms) - 1] ?? '';
  if (period.end === undefined) return `${lang === 'de' ? 'seit' : 'since'} ${a} ${ys}`;
  const [ye, me] = period.end.split('-');
  const b = names[Number(me) - 1] ?? '';
  if (period.start === period.end) return `${a} ${ys}`;
  if (ys === ye) return `${a}–${b} ${ye}`;
  return `${a} ${ys}–${b} ${ye}`;
}
