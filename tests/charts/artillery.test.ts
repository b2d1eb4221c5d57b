import { describe, expect, it } from 'vitest';
import { estimatesSeries } from '../../src/charts/kinds/estimates/chart.ts';
import { ARTILLERY, meta } from '../../src/charts/artillery/meta.ts';
import { testData } from './estimates.fixture.ts';

const data = testData();

describe('artillery meta', () => {
  it('has the states msmt (default) and estimates', () => {
    expect(meta.states.map((s) => s.id)).toEqual(['msmt', 'estimates']);
  });

  it('gives the MSMT figure as "über 200" / "over 200"', () => {
    expect(meta.title(data, 'de')).toMatch(/^Über 200 Geschütze/);
    expect(meta.title(data, 'en')).toMatch(/^Over 200 pieces/);
    expect(meta.describe(data, 'de', 'msmt')).toContain('über 200 Geschütze');
  });

  it('attributes the calibres to Seoul, not to the MSMT', () => {
    expect(meta.note(data, 'de')).toContain('Angaben Seouls, nicht aus dem MSMT-Bericht');
    expect(meta.note(data, 'en')).toContain('come from Seoul, not from the MSMT report');
  });

  it('describes grouped estimates as parts joined by "+", each with its own figure', () => {
    const series = estimatesSeries(ARTILLERY, data);
    const grouped = series.estimates.filter((e) => e.group);
    expect(grouped.length).toBeGreaterThanOrEqual(2);
    const text = meta.describe(data, 'en', 'estimates');
    expect(text).toContain(' + ');
    for (const e of grouped) expect(text).toContain(e.label.en);
  });
});
