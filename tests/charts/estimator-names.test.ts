/**
 * Chart texts that name who estimated must name exactly the estimators the data holds: the missiles
 * subtitle once named South Korea, which gave no missile count. Checked on the shipped data and on
 * variants with estimators removed and added, so a typed list could not pass.
 */
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { ORIGINS, type Dataset, type Origin, type Topic } from '../../src/data/schema.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { originName } from '../../src/lib/origins.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const data = loadDatasetFile('data/transfers.json');
const CHARTS: { id: 'ammunition' | 'missiles' | 'artillery'; topic: Topic }[] = [
  { id: 'ammunition', topic: 'artillery-ammunition' },
  { id: 'missiles', topic: 'ballistic-missiles' },
  { id: 'artillery', topic: 'artillery-systems' },
];
const NAMED = ORIGINS.filter((o) => o !== 'msmt');

function originsIn(d: Dataset, topic: Topic): Set<Origin> {
  return new Set(d.estimates.filter((e) => e.topic === topic && !e.msmt).map((e) => e.origin));
}

function expectNamesMatchData(d: Dataset, where: string) {
  for (const { id, topic } of CHARTS) {
    const held = originsIn(d, topic);
    for (const lang of LANGS) {
      const text = chartMeta[id].states.map((s) => chartMeta[id].subtitle(d, lang, s.id)).join(' ');
      for (const origin of NAMED) {
        // "Ukraine" is also where the missiles were fired: only the estimates view's phrase counts.
        const estimatesText = chartMeta[id].subtitle(d, lang, 'estimates');
        const named = estimatesText.includes(originName(origin, lang));
        expect(named, `${where}: ${id} (${lang}) names ${origin}: ${estimatesText}`).toBe(
          held.has(origin),
        );
      }
      expect(text.length).toBeGreaterThan(0);
    }
  }
}

describe('chart texts name only the estimators in the data', () => {
  it('on the shipped data', () => expectNamesMatchData(data, 'shipped'));

  it('when an estimator is removed from the data', () => {
    const d = structuredClone(data);
    d.estimates = d.estimates.filter((e) => e.origin !== 'ukraine');
    expectNamesMatchData(d, 'without Ukraine');
  });

  it('when an estimator is added to the data', () => {
    const d = structuredClone(data);
    const missile = d.estimates.find((e) => e.topic === 'ballistic-missiles' && !e.msmt);
    if (!missile) throw new Error('no missile estimate in the data');
    d.estimates.push({ ...missile, id: 'missiles-test-uk', origin: 'united-kingdom' });
    expectNamesMatchData(d, 'with a UK count');
  });
});
