import { describe, expect, it } from 'vitest';
import {
  RECENT_DAYS,
  allCorrections,
  correctionEntries,
  correctionsForChart,
  recentCorrection,
} from '../../src/data/corrections.ts';
import type { ChangelogEntry, Dataset } from '../../src/data/schema.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';

const l = (de: string, en: string) => ({ de, en });
const fix = (records: string[], charts?: string[]) => ({
  records,
  ...(charts ? { charts } : {}),
  wrong: l('falsch', 'wrong'),
  right: l('richtig', 'right'),
});

function meta(updated: string, changelog: ChangelogEntry[]): Pick<Dataset, 'meta'> {
  const data = loadDatasetFile('data/transfers.json');
  return { meta: { ...data.meta, updated, version: changelog.length, changelog } };
}

const update = (version: number, date: string): ChangelogEntry => ({
  version,
  date,
  kind: 'update',
  de: 'neu',
  en: 'new',
});
const correction = (version: number, date: string, ...corrections: ReturnType<typeof fix>[]) =>
  ({ version, date, kind: 'correction', de: 'korr', en: 'corr', corrections }) as ChangelogEntry;

describe('corrections', () => {
  it('keeps corrections apart from updates, newest first', () => {
    const m = meta('2026-03-01', [
      update(1, '2026-01-01'),
      correction(2, '2026-01-10', fix(['a'])),
      update(3, '2026-02-01'),
      correction(4, '2026-03-01', fix(['b']), fix(['c'])),
    ]);
    expect(correctionEntries(m).map((e) => e.version)).toEqual([4, 2]);
    expect(allCorrections(m).map((c) => [c.version, c.records[0]])).toEqual([
      [4, 'b'],
      [4, 'c'],
      [2, 'a'],
    ]);
  });

  it(`shows the latest correction under the headline for ${RECENT_DAYS} days after it, by the data's own date`, () => {
    const entries = [update(1, '2026-01-01'), correction(2, '2026-01-10', fix(['a']))];
    expect(recentCorrection(meta('2026-01-10', entries))?.version).toBe(2);
    expect(recentCorrection(meta('2026-02-09', entries))?.version).toBe(2);
    expect(recentCorrection(meta('2026-02-10', entries))).toBeUndefined();
    expect(recentCorrection(meta('2026-01-01', [update(1, '2026-01-01')]))).toBeUndefined();
  });

  it('gives a chart the corrections of the records it draws and of its own words, no others', () => {
    const m = meta('2026-03-01', [
      correction(2, '2026-03-01', fix(['x']), fix([], ['missiles']), fix(['y'])),
    ]);
    expect(correctionsForChart(m, 'missiles', ['y']).map((c) => c.records)).toEqual([[], ['y']]);
    expect(correctionsForChart(m, 'troops', ['z'])).toEqual([]);
  });

  it('the shipped data: every chart that draws a corrected record carries that correction', () => {
    const data = loadDatasetFile('data/transfers.json');
    const corrected = new Set(allCorrections(data).flatMap((c) => c.records));
    expect(corrected.size).toBeGreaterThan(0);
    for (const id of CHART_IDS) {
      const drawn = chartMeta[id].records(data, 'de').map((r) => r.id);
      const shown = correctionsForChart(data, id, drawn);
      for (const record of drawn.filter((r) => corrected.has(r)))
        expect(
          shown.some((c) => c.records.includes(record)),
          `${id} draws ${record}`,
        ).toBe(true);
    }
    // The missiles chart's subtitle named an estimator the data never held: its embed says so.
    const missiles = chartMeta.missiles.records(data, 'en').map((r) => r.id);
    expect(
      correctionsForChart(data, 'missiles', missiles).some((c) => c.charts?.includes('missiles')),
    ).toBe(true);
  });
});
