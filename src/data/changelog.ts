/**
 * Recording an accepted update: the version goes up by one, `updated` becomes the day of the
 * update, and the changelog gains one entry in both languages. Pure: the caller supplies the date.
 */
import type { Dataset, LocalText } from './schema.ts';

/** The schema's limit for a changelog text. */
export const MAX_ENTRY_LENGTH = 2000;

const MORE: Record<'de' | 'en', (n: number) => string> = {
  de: (n) => ` … und ${n} weitere Änderung${n === 1 ? '' : 'en'}`,
  en: (n) => ` … and ${n} more change${n === 1 ? '' : 's'}`,
};

/**
 * Joins change lines into one changelog text, dropping whole lines (and saying how many) rather
 * than cutting a figure in half when the list is too long for one entry.
 */
export function summarize(lines: readonly string[], lang: 'de' | 'en'): string {
  let kept = lines.length;
  const text = (n: number) =>
    lines.slice(0, n).join('; ') + (n < lines.length ? MORE[lang](lines.length - n) : '');
  while (kept > 1 && text(kept).length > MAX_ENTRY_LENGTH) kept--;
  const out = text(kept);
  return out.length > MAX_ENTRY_LENGTH ? `${out.slice(0, MAX_ENTRY_LENGTH - 1)}…` : out;
}

/**
 * A copy of `data` with version + 1, updated = `today` (YYYY-MM-DD) and the entry appended as an
 * update. Corrections say what was wrong and what is right, so they are written by hand.
 */
export function recordUpdate<T extends Pick<Dataset, 'meta'>>(
  data: T,
  entry: LocalText,
  today: string,
): T {
  const version = data.meta.version + 1;
  // Never move `updated` backwards (a clock or a --today in the past must not make it invalid).
  const date = today > data.meta.updated ? today : data.meta.updated;
  return {
    ...data,
    meta: {
      ...data.meta,
      updated: date,
      version,
      changelog: [
        ...data.meta.changelog,
        { version, date, kind: 'update', de: entry.de, en: entry.en },
      ],
    },
  };
}

/** Today in the newsroom's calendar (Berlin), as YYYY-MM-DD: an update at 00:30 belongs to that day. */
export function isoToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}
