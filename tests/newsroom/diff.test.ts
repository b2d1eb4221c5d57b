import { describe, expect, it } from 'vitest';
import { diffDatasets, renderChanges } from '../../src/data/diff.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { SMALL, load } from './helpers.ts';

/** The known pair: small.json, and a copy with one figure raised, a source added, one removed, one new. */
function pair(): { before: Dataset; after: Dataset } {
  const before = load(SMALL);
  const after = structuredClone(before);
  const phase2 = after.transfers.find((t) => t.id === 'troops-phase-2')!;
  phase2.quantity = { qualifier: 'about', value: 4500 };
  phase2.sources = ['msmt-2025', 'nis-2025-04'];
  after.transfers = after.transfers.filter((t) => t.id !== 'electronic-warfare');
  after.estimates.push({
    id: 'jcs-troops-2025-03',
    topic: 'troops',
    estimator: { de: 'JCS (Südkorea)', en: 'JCS (South Korea)' },
    origin: 'south-korea',
    label: { de: 'zusätzlich', en: 'additional' },
    quantity: { qualifier: 'at-least', value: 3000 },
    unit: 'soldiers',
    date: '2025-03-27',
    basis: 'count',
    msmt: false,
    sources: ['jcs-2025-03-27'],
    confidence: 'high',
  });
  after.sources.push({
    id: 'jcs-2025-03-27',
    publisher: 'Korea JoongAng Daily',
    title: 'JCS',
    url: 'https://example.org/jcs',
    date: '2025-03-27',
  });
  const range = after.estimates.find((e) => e.id === 'casualties-range')!;
  range.period = { start: '2024-12', end: '2025-04' };
  range.note = { de: 'Neu.', en: 'New.' };
  return { before, after };
}

describe('diffDatasets() + renderChanges()', () => {
  it('prints the figure-level differences by id, exactly', () => {
    const { before, after } = pair();
    const lines = renderChanges(diffDatasets(before, after), before, after, {
      lang: 'en',
      by: 'id',
    });
    expect(lines).toEqual([
      'troops-phase-2: about 3,000 → about 4,500 soldiers (sources: MSMT, 29 May 2025; NIS, 30 April 2025); sources: MSMT, 29 May 2025 → MSMT, 29 May 2025; NIS, 30 April 2025',
      'troops-total: about 14,000 → about 15,500 soldiers (sources: MSMT, 29 May 2025; NIS, 30 April 2025); sources: MSMT, 29 May 2025 → MSMT, 29 May 2025; NIS, 30 April 2025',
      'casualties-range: period: November 2024 to April 2025 → December 2024 to April 2025; note changed',
      'jcs-troops-2025-03: added, at least 3,000 soldiers (source: Korea JoongAng Daily, 27 March 2025)',
      'electronic-warfare: removed (not quantified)',
      'source added: jcs-2025-03-27 (Korea JoongAng Daily, 27 March 2025)',
    ]);
  });

  it('writes the reader-facing German version by label, citing only new sources', () => {
    const { before, after } = pair();
    const lines = renderChanges(diffDatasets(before, after), before, after, {
      lang: 'de',
      by: 'label',
    });
    expect(lines[0]).toBe(
      'Truppen, Phase 2: rund 3.000 → rund 4.500 Soldaten (Quelle: NIS, 30. April 2025); Quellen: MSMT, 29. Mai 2025 → MSMT, 29. Mai 2025; NIS, 30. April 2025',
    );
    expect(lines[4]).toBe('Störsender, EloKa: entfernt (nicht beziffert)');
  });

  it('finds nothing between a dataset and its copy', () => {
    const { before } = pair();
    expect(diffDatasets(before, structuredClone(before))).toEqual([]);
  });

  it('notices a change to a field it does not name (e.g. inReport)', () => {
    const { before } = pair();
    const after = structuredClone(before);
    after.transfers[0]!.inReport = false;
    const lines = renderChanges(diffDatasets(before, after), before, after, {
      lang: 'en',
      by: 'id',
    });
    expect(lines).toEqual(['troops-phase-1: details changed']);
  });
});
