import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_LENGTH, recordUpdate, summarize } from '../../src/data/changelog.ts';
import { checkDatasetText } from '../../src/data/check.ts';
import { SMALL, load } from './helpers.ts';

describe('recordUpdate()', () => {
  it('bumps the version, sets updated and appends one entry, leaving the input alone', () => {
    const data = load(SMALL);
    const next = recordUpdate(data, { de: 'Neu.', en: 'New.' }, '2025-07-01');
    expect(next.meta.version).toBe(2);
    expect(next.meta.updated).toBe('2025-07-01');
    expect(next.meta.changelog).toEqual([
      { version: 2, date: '2025-07-01', kind: 'update', de: 'Neu.', en: 'New.' },
    ]);
    expect(data.meta.version).toBe(1);
    expect(data.meta.changelog).toEqual([]);
    const again = recordUpdate(next, { de: 'Noch mal.', en: 'Again.' }, '2025-07-02');
    expect(again.meta.changelog.map((c) => c.version)).toEqual([2, 3]);
    expect(checkDatasetText(JSON.stringify(again)).ok).toBe(true);
  });

  it('never moves `updated` backwards (the checker would reject the entry)', () => {
    const data = load(SMALL);
    const next = recordUpdate(data, { de: 'a', en: 'a' }, '2020-01-01');
    expect(next.meta.updated).toBe('2025-06-01');
    expect(checkDatasetText(JSON.stringify(next)).ok).toBe(true);
  });
});

describe('summarize()', () => {
  it('joins lines with semicolons', () => expect(summarize(['a', 'b'], 'en')).toBe('a; b'));
  it('drops whole lines and says how many when too long', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `figure-${i}: ${'x'.repeat(40)}`);
    const text = summarize(lines, 'de');
    expect(text.length).toBeLessThanOrEqual(MAX_ENTRY_LENGTH);
    expect(text).toMatch(/… und \d+ weitere Änderungen$/);
    expect(text).toContain('figure-0: ');
  });
});
