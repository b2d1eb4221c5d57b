/**
 * Corrections as newspapers print them, kept apart from data updates: which changelog entries
 * corrected something, which of them a chart must show, and whether one is recent enough for a
 * line under the headline. Pure: the build decides "recent" from the dataset's own date.
 */
import type { ChangelogEntry, Correction, Dataset } from './schema.ts';

/** A correction is shown under the headline for this many days after it was made. */
export const RECENT_DAYS = 30;

export interface DatedCorrection extends Correction {
  date: string;
  version: number;
}

/** Changelog entries of kind "correction", newest first. */
export function correctionEntries(data: Pick<Dataset, 'meta'>): ChangelogEntry[] {
  return data.meta.changelog
    .filter((e) => e.kind === 'correction')
    .sort((a, b) => b.version - a.version);
}

/** Every single correction with the date and version of its entry, newest entry first. */
export function allCorrections(data: Pick<Dataset, 'meta'>): DatedCorrection[] {
  return correctionEntries(data).flatMap((e) =>
    (e.corrections ?? []).map((c) => ({ ...c, date: e.date, version: e.version })),
  );
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * The newest correction entry if it was made within RECENT_DAYS of `meta.updated` (the day the
 * dataset was last changed, so a build of the same data always says the same).
 */
export function recentCorrection(data: Pick<Dataset, 'meta'>): ChangelogEntry | undefined {
  const newest = correctionEntries(data)[0];
  if (!newest) return undefined;
  return daysBetween(newest.date, data.meta.updated) <= RECENT_DAYS ? newest : undefined;
}

/**
 * The corrections a chart must show: those that changed a record the chart draws, or the chart's
 * own words.
 */
export function correctionsForChart(
  data: Pick<Dataset, 'meta'>,
  chart: string,
  recordIds: Iterable<string>,
): DatedCorrection[] {
  const drawn = new Set(recordIds);
  return allCorrections(data).filter(
    (c) => c.charts?.includes(chart) || c.records.some((id) => drawn.has(id)),
  );
}
