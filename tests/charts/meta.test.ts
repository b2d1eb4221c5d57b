import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { meta as troops } from '../../src/charts/troops/meta.ts';
import { meta as overview } from '../../src/charts/overview/meta.ts';
import { meta as counterflows } from '../../src/charts/counterflows/meta.ts';
import { buildSourceLine, reportSourceLine } from '../../src/charts/shared/sources.ts';

const data = loadDatasetFile();
const cells = (t: { rows: string[][] }) => t.rows.flat().join(' | ');

describe('troops meta', () => {
  it('describes each state with the formatted figures, in de and en', () => {
    expect(troops.describe(data, 'de', 'phase-1')).toContain('über 11.000 Soldaten');
    expect(troops.describe(data, 'en', 'phase-1')).toContain('over 11,000 soldiers');
    expect(troops.describe(data, 'de', 'phase-2')).toContain('rund 3.000');
    expect(troops.describe(data, 'de', 'phase-2')).toContain('rund 14.000');
    expect(troops.describe(data, 'en', 'phase-3')).toContain('6,000');
    expect(troops.describe(data, 'de', 'phase-1')).not.toContain('6.000');
    expect(troops.describe(data, 'en', 'estimates')).toContain('about 15,000');
  });
  it('tables every figure with qualifier, unit, period and source', () => {
    const de = cells(troops.table(data, 'de'));
    expect(de).toContain('über 11.000 Soldaten');
    // The report's own periods ("2024", "Anfang 2025"), not the finer dating of other sources.
    const periods = troops
      .table(data, 'de')
      .rows.slice(0, 2)
      .map((r) => r.join(' | '));
    expect(periods[0]).toContain('| 2024 |');
    expect(periods[1]).toContain('| Anfang 2025 |');
    expect(de).toContain('UPI (30. Mai 2025)');
    expect(troops.table(data, 'de').rows[0]?.[3]).toBe('ja');
    expect(cells(troops.table(data, 'en'))).toContain('over 11,000 soldiers');
    const estimates = data.estimates.filter((e) => e.topic === 'troops').length;
    expect(troops.table(data, 'de').rows.length).toBe(3 + 2 + estimates);
  });
  it('records the total as computed, flagged MSMT, never stored', () => {
    const total = troops.records(data, 'en').find((r) => r.id === 'troops-total');
    expect(total).toMatchObject({ kind: 'total', qualifier: 'about', value: 14_000, msmt: true });
  });
  it('has a distinct subtitle per state', () => {
    const subs = troops.states.map((s) => troops.subtitle(data, 'de', s.id));
    expect(new Set(subs).size).toBe(subs.length);
  });
});

describe('overview meta', () => {
  it('says "not quantified" where the report gives no number', () => {
    expect(overview.describe(data, 'de', 'both')).toContain('nicht beziffert');
    expect(overview.describe(data, 'en', 'russia-to-dprk')).toContain('not quantified');
    expect(cells(overview.table(data, 'en'))).toContain('over 1,000,000 barrels');
  });
});

describe('counterflows meta', () => {
  it('names the cap and the MSMT oil figure', () => {
    expect(counterflows.describe(data, 'de', 'oil')).toContain('500.000 Barrel pro Jahr');
    expect(counterflows.describe(data, 'de', 'oil')).toContain('über 1.000.000 Barrel');
    expect(counterflows.describe(data, 'en', 'reported')).toContain('15,279 barrels');
    expect(counterflows.describe(data, 'en', 'oil-cap')).not.toContain('1,000,000');
    expect(cells(counterflows.table(data, 'de'))).toContain('nicht beziffert');
  });
});

describe('source lines', () => {
  it('buildSourceLine(data, ids, lang) names the report and dates', () => {
    const line = buildSourceLine(data, ['msmt-report-2025-05-29'], 'de');
    expect(line).toBe('Quelle: MSMT-Bericht (29. Mai 2025)');
    expect(buildSourceLine(data, [], 'en')).toBe('');
  });
  it('reportSourceLine names the outlets that quoted the report', () => {
    const line = reportSourceLine(
      data,
      'en',
      ['reuters-cna-2025-05-29'],
      [{ label: 'estimates', names: ['NIS', 'NIS'] }],
    );
    expect(line).toBe('Sources: MSMT report (29 May 2025), as reported by Reuters; estimates: NIS');
  });
});
