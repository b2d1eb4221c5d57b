/**
 * A small dataset with one figure per qualifier, so the placeholder tests do not depend on the
 * numbers in data/transfers.json (which journalists change). Validated by the real schema in the
 * tests, so it cannot drift from the contract.
 */
import type { Dataset, Quantity, Transfer } from '../../src/data/schema.ts';

function transfer(id: string, quantity: Quantity, extra: Partial<Transfer> = {}): Transfer {
  return {
    id,
    direction: 'dprk-to-russia',
    category: 'troops',
    label: { de: id, en: id },
    quantity,
    unit: 'soldiers',
    inReport: true,
    sources: ['src-a'],
    confidence: 'high',
    ...extra,
  };
}

export const fixture: Dataset = {
  $schema: './transfers.schema.json',
  meta: {
    title: { de: 'Titel', en: 'Title' },
    description: { de: 'Beschreibung', en: 'Description' },
    updated: '2025-06-30',
    version: 2,
    changelog: [
      {
        version: 1,
        date: '2025-06-01',
        kind: 'update',
        de: 'Erste Fassung.',
        en: 'First version.',
      },
      {
        version: 2,
        date: '2025-06-30',
        kind: 'update',
        de: 'Zahlen ergänzt.',
        en: 'Figures added.',
      },
    ],
    report: {
      title: 'Report',
      publisher: 'MSMT',
      date: '2025-05-29',
      sources: ['src-report'],
    },
  },
  sources: [
    {
      id: 'src-a',
      publisher: 'Agency A',
      title: 'Story A',
      url: 'https://example.org/a',
      date: '2025-05-29',
    },
    {
      id: 'src-b',
      publisher: 'Agency B',
      title: 'Story B',
      url: 'https://example.org/b',
      date: '2025-05',
      via: 'Mirror',
    },
    {
      id: 'src-report',
      publisher: 'MSMT',
      title: 'The report',
      url: 'https://example.org/report',
      date: '2025-05-29',
    },
  ],
  transfers: [
    transfer('q-exact', { qualifier: 'exact', value: 49 }, { unit: 'voyages', sources: ['src-b'] }),
    transfer('q-about', { qualifier: 'about', value: 3000 }),
    transfer('q-at-least', { qualifier: 'at-least', value: 100 }, { unit: 'missiles' }),
    transfer(
      'q-over',
      { qualifier: 'over', value: 11000 },
      { period: { start: '2024-10', end: '2024-12' } },
    ),
    transfer('q-up-to', { qualifier: 'up-to', value: 4800000 }, { unit: 'rounds' }),
    transfer('q-up-to-about', { qualifier: 'up-to-about', value: 9000000 }, { unit: 'rounds' }),
    transfer('q-nearly', { qualifier: 'nearly', value: 2000 }),
    transfer('q-range', { qualifier: 'range', low: 10000, high: 12000 }),
    transfer('q-none', { qualifier: 'not-quantified' }, { unit: undefined }),
    transfer('q-one', { qualifier: 'at-least', value: 1 }, { unit: 'systems' }),
    transfer('q-twelve', { qualifier: 'exact', value: 12 }, { unit: 'missiles' }),
    transfer('q-thirteen', { qualifier: 'exact', value: 13 }, { unit: 'missiles' }),
    transfer(
      'q-since',
      { qualifier: 'at-least', value: 100 },
      { unit: 'missiles', period: { start: '2023-09' } },
    ),
    transfer(
      'q-announced',
      { qualifier: 'exact', value: 6000 },
      { unit: 'personnel', announced: '2025-06-17' },
    ),
  ],
  totals: [{ id: 'q-total', label: { de: 'Summe', en: 'Total' }, parts: ['q-over', 'q-about'] }],
  estimates: [
    {
      id: 'e-oil-cap',
      topic: 'refined-oil',
      estimator: { de: 'UN', en: 'UN' },
      origin: 'united-nations',
      label: { de: 'Obergrenze', en: 'Cap' },
      quantity: { qualifier: 'exact', value: 500000 },
      unit: 'barrels-per-year',
      date: '2017-12-22',
      basis: 'count',
      msmt: false,
      sources: ['src-b'],
      confidence: 'high',
    },
  ],
  places: [],
  routes: [],
};
