import { describe, expect, it } from 'vitest';
import { estimatesSeries } from '../../src/charts/kinds/estimates/chart.ts';
import { MISSILES, meta } from '../../src/charts/missiles/meta.ts';
import { testData } from './estimates.fixture.ts';

const data = testData();

describe('missiles meta', () => {
  it('has the states msmt (default) and estimates', () => {
    expect(meta.states.map((s) => s.id)).toEqual(['msmt', 'estimates']);
  });

  it('gives the MSMT floor as "mindestens 100" / "at least 100"', () => {
    expect(meta.title(data, 'de')).toMatch(/^Mindestens 100 Raketen/);
    expect(meta.title(data, 'en')).toMatch(/^At least 100 missiles/);
    expect(meta.subtitle(data, 'de', 'msmt')).toContain('mindestens 100');
    expect(meta.describe(data, 'en', 'msmt')).toContain('MSMT: at least 100 missiles');
  });

  it('lists every estimate with date and estimator in the estimates view, not in msmt', () => {
    const series = estimatesSeries(MISSILES, data);
    const text = meta.describe(data, 'de', 'estimates');
    for (const e of series.estimates) {
      expect(text).toContain(e.estimator.de);
      expect(text).toContain(e.label.de);
    }
    expect(meta.describe(data, 'de', 'msmt')).not.toContain(series.estimates[0]?.estimator.de);
  });

  it('keeps supplied and fired apart: no sum of a grouped statement appears', () => {
    const text = meta.describe(data, 'en', 'estimates');
    expect(text).not.toContain('160');
    expect(text).toContain('several dozen');
  });

  it('has a table row and a record per figure, the MSMT one flagged', () => {
    const series = estimatesSeries(MISSILES, data);
    expect(meta.table(data, 'de').rows).toHaveLength(series.estimates.length + 1);
    const records = meta.records(data, 'en');
    expect(records.filter((r) => r.msmt).map((r) => r.id)).toEqual(['ballistic-missiles']);
    expect(meta.sourceLine(data, 'de')).toMatch(/^Quellen: /);
  });
});
