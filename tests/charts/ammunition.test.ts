import { describe, expect, it } from 'vitest';
import { findOverlaps, textBox } from '../../src/charts/shared/labels.ts';
import { textWidth } from '../../src/charts/shared/text.ts';
import type { TextMark } from '../../src/charts/kinds/estimates/layout.ts';
import {
  ROUNDS_PER_MARK,
  isotypeTexts,
  layoutIsotype,
} from '../../src/charts/ammunition/layout.ts';
import { meta } from '../../src/charts/ammunition/meta.ts';
import { testData } from './estimates.fixture.ts';

const data = testData();
const box = (t: TextMark) =>
  textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor);
const rounds = data.transfers.find((t) => t.id === 'artillery-ammunition');
const voyages = data.transfers.find((t) => t.id === 'ammunition-voyages');

describe('layoutIsotype()', () => {
  for (const width of [320, 390, 768, 1280])
    for (const state of ['msmt', 'voyages'] as const)
      it(`at ${width}px (${state}): one square per 100,000 rounds, clear labels, squares inside`, () => {
        const layout = layoutIsotype(data, { width, state, lang: 'de' });
        expect(layout.squares).toHaveLength(
          Math.round((rounds?.quantity.value ?? 0) / ROUNDS_PER_MARK),
        );
        expect(layout.ships).toHaveLength(voyages?.quantity.value ?? -1);
        const texts = isotypeTexts(layout);
        expect(findOverlaps(texts.map(box))).toEqual([]);
        for (const t of texts) expect(t.size).toBeGreaterThanOrEqual(12);
        for (const s of layout.squares) {
          expect(s.x + s.size).toBeLessThanOrEqual(width);
          expect(s.y + s.size).toBeLessThanOrEqual(layout.height);
        }
        const squareBoxes = layout.squares.map((s) => ({
          x: s.x,
          y: s.y,
          width: s.size,
          height: s.size,
        }));
        expect(
          findOverlaps([...texts.map(box), ...squareBoxes]).filter(([a]) => a < texts.length),
        ).toEqual([]);
      });

  it('shows a ceiling cap for "as many as"', () => {
    expect(rounds?.quantity.qualifier).toBe('up-to-about');
    expect(layoutIsotype(data, { width: 390, state: 'msmt', lang: 'de' }).cap).not.toBeNull();
  });

  it('shows voyages and containers only in the voyages state', () => {
    expect(layoutIsotype(data, { width: 390, state: 'msmt', lang: 'de' }).showVoyages).toBe(false);
    const v = layoutIsotype(data, { width: 390, state: 'voyages', lang: 'en' });
    expect(v.showVoyages).toBe(true);
    expect(
      isotypeTexts(v)
        .map((t) => t.text)
        .join(' '),
    ).toContain('49 voyages');
    expect(
      isotypeTexts(v)
        .map((t) => t.text)
        .join(' '),
    ).toContain('over 20,000 containers');
  });
});

describe('ammunition meta', () => {
  it('has the states msmt, voyages, estimates (msmt first = default)', () => {
    expect(meta.states.map((s) => s.id)).toEqual(['msmt', 'voyages', 'estimates']);
  });

  it('words the MSMT figure as the source does, in both languages', () => {
    expect(meta.title(data, 'de')).toContain('Bis zu rund 9 Mio. Schuss');
    expect(meta.title(data, 'en')).toContain('As many as 9 million rounds');
    expect(meta.describe(data, 'de', 'msmt')).toContain('bis zu rund 9 Mio.');
    expect(meta.describe(data, 'en', 'msmt')).toContain('as many as 9 million');
  });

  it('says which estimates are conversions in the text, table and records', () => {
    const text = meta.describe(data, 'de', 'estimates');
    expect(text).toContain('Umrechnung, keine Zählung');
    const table = meta.table(data, 'en');
    expect(table.rows.some((r) => r[0]?.includes('converted, not a count'))).toBe(true);
    const records = meta.records(data, 'en');
    expect(records.filter((r) => r.msmt).map((r) => r.id)).toEqual([
      'artillery-ammunition',
      'ammunition-voyages',
      'munitions-containers',
    ]);
    expect(records.filter((r) => r.kind === 'estimate').length).toBeGreaterThanOrEqual(4);
  });

  it('mentions voyages in the voyages description and subtitle', () => {
    expect(meta.describe(data, 'de', 'voyages')).toContain('49 Schiffsfahrten');
    expect(meta.subtitle(data, 'en', 'voyages')).toContain('49 voyages');
  });
});
