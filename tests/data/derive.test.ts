import { describe, expect, it } from 'vitest';
import { computeTotal, findFigure, requireFigure, sumQualifier } from '../../src/data/derive.ts';
import type { Dataset, Transfer } from '../../src/data/schema.ts';

function transfer(id: string, quantity: Transfer['quantity']): Transfer {
  return {
    id,
    direction: 'dprk-to-russia',
    category: 'troops',
    label: { de: id, en: id },
    quantity,
    unit: 'soldiers',
    inReport: true,
    sources: ['s'],
    confidence: 'high',
  };
}

function dataset(parts: Transfer[]): Dataset {
  return {
    $schema: './transfers.schema.json',
    meta: {
      title: { de: 't', en: 't' },
      description: { de: 'd', en: 'd' },
      updated: '2026-01-01',
      version: 1,
      changelog: [],
      report: { title: 'r', publisher: 'p', date: '2025-05-29', sources: ['s'] },
    },
    sources: [
      { id: 's', publisher: 'P', title: 'T', url: 'https://example.org/s', date: '2025-05-29' },
    ],
    transfers: parts,
    totals: [{ id: 'all', label: { de: 'alle', en: 'all' }, parts: parts.map((p) => p.id) }],
    estimates: [],
    places: [],
    routes: [],
  };
}

describe('sumQualifier()', () => {
  it('keeps exact sums exact', () => expect(sumQualifier(['exact', 'exact'])).toBe('exact'));
  it('keeps floors as floors', () => {
    expect(sumQualifier(['over', 'exact'])).toBe('over');
    expect(sumQualifier(['at-least', 'exact'])).toBe('at-least');
  });
  it('makes a sum with an approximate part approximate', () => {
    expect(sumQualifier(['over', 'about'])).toBe('about');
    expect(sumQualifier(['nearly', 'exact'])).toBe('about');
  });
  it('keeps ceilings as ceilings', () =>
    expect(sumQualifier(['up-to-about', 'up-to'])).toBe('up-to-about'));
});

describe('computeTotal()', () => {
  it('sums its parts, so a changed part changes the total', () => {
    const d = dataset([
      transfer('a', { qualifier: 'over', value: 11000 }),
      transfer('b', { qualifier: 'about', value: 3000 }),
    ]);
    expect(computeTotal(d, d.totals[0]!).quantity).toEqual({ qualifier: 'about', value: 14000 });
    d.transfers[1] = transfer('b', { qualifier: 'about', value: 4500 });
    expect(computeTotal(d, d.totals[0]!).quantity).toEqual({ qualifier: 'about', value: 15500 });
  });
  it('sums ranges as ranges', () => {
    const d = dataset([
      transfer('a', { qualifier: 'range', low: 10, high: 20 }),
      transfer('b', { qualifier: 'exact', value: 5 }),
    ]);
    expect(computeTotal(d, d.totals[0]!).quantity).toEqual({
      qualifier: 'range',
      low: 15,
      high: 25,
    });
  });
  it('collects the sources of every part once', () => {
    const d = dataset([
      transfer('a', { qualifier: 'exact', value: 1 }),
      transfer('b', { qualifier: 'exact', value: 2 }),
    ]);
    expect(computeTotal(d, d.totals[0]!).sources).toEqual(['s']);
  });
});

describe('findFigure() / requireFigure()', () => {
  const d = dataset([
    transfer('a', { qualifier: 'exact', value: 1 }),
    transfer('b', { qualifier: 'exact', value: 2 }),
  ]);
  it('resolves transfers and totals by id', () => {
    expect(findFigure(d, 'a')?.kind).toBe('transfer');
    expect(findFigure(d, 'all')?.quantity.value).toBe(3);
    expect(findFigure(d, 'nope')).toBeUndefined();
  });
  it('names the caller and the id when a figure is missing', () => {
    expect(() => requireFigure(d, 'troops.total', 'story de.aml:12')).toThrow(
      'story de.aml:12: no figure with id "troops.total"',
    );
  });
});
