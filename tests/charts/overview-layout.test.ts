import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import {
  layoutOverview,
  ledgerItems,
  OVERVIEW_STATES,
  shortLabel,
} from '../../src/charts/overview/layout.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { expectLegibleLabels, WIDTHS } from './helpers.ts';

const data = loadDatasetFile();

describe('ledgerItems(data, lang)', () => {
  it('shows a total instead of its parts, once', () => {
    const ids = ledgerItems(data, 'de').map((i) => i.id);
    expect(ids).toContain('troops-total');
    expect(ids).not.toContain('troops-phase-1');
    expect(ids.filter((id) => id === 'troops-total')).toHaveLength(1);
  });
  it('marks items outside the report, and those announced after it', () => {
    const p3 = ledgerItems(data, 'de').find((i) => i.id === 'troops-phase-3');
    expect(p3?.inReport).toBe(false);
    expect(p3?.afterReport).toBe(true);
  });
});

describe('layoutOverview(data, {width, state})', () => {
  it('puts the directions side by side from 720 px and stacks them below', () => {
    const wide = layoutOverview(data, { width: 1280, state: 'both', lang: 'de' });
    expect(wide.sideBySide).toBe(true);
    expect(wide.sections[1]?.box.x).toBeGreaterThan(0);
    const narrow = layoutOverview(data, { width: 320, state: 'both', lang: 'de' });
    expect(narrow.sideBySide).toBe(false);
    expect(narrow.sections[1]?.box.y).toBeGreaterThan(narrow.sections[0]?.box.y ?? 0);
  });

  it('shows not-quantified items with a hatch and the words, never a number', () => {
    const rows = layoutOverview(data, { width: 390, state: 'both', lang: 'de' }).sections.flatMap(
      (s) => s.rows,
    );
    const ew = rows.find((r) => r.item.id === 'electronic-warfare');
    expect(ew?.hatch).not.toBeNull();
    expect(ew?.figure.map((f) => f.text).join(' ')).toBe('nicht beziffert');
    const oil = rows.find((r) => r.item.id === 'refined-oil');
    expect(oil?.hatch).toBeNull();
    expect(oil?.figure.map((f) => f.text).join(' ')).toBe('über 1 Mio. Barrel');
  });

  it('highlights one direction per state', () => {
    const h = (state: string) =>
      layoutOverview(data, { width: 768, state, lang: 'de' }).sections.map((s) => s.highlighted);
    expect(h('both')).toEqual([true, true]);
    expect(h('dprk-to-russia')).toEqual([true, false]);
    expect(h('russia-to-dprk')).toEqual([false, true]);
  });

  it('cuts a hostile 10,000-character label and keeps the full text', () => {
    const hostile: Dataset = structuredClone(data);
    const t = hostile.transfers.find((x) => x.id === 'workers');
    if (!t) throw new Error('fixture');
    t.label = { de: 'W'.repeat(10_000), en: 'W'.repeat(10_000) };
    const l = layoutOverview(hostile, { width: 320, state: 'both', lang: 'de' });
    const row = l.sections.flatMap((s) => s.rows).find((r) => r.item.id === 'workers');
    expect(row?.labels.length).toBeLessThanOrEqual(3);
    expect(row?.labels[0]?.full).toHaveLength(10_000);
    expectLegibleLabels(l.visibleLabels, 320, 'hostile');
  });

  for (const width of WIDTHS)
    for (const state of OVERVIEW_STATES)
      it(`keeps labels apart, inside and ≥ 12 px at ${width} px (${state})`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutOverview(data, { width, state, lang });
          expectLegibleLabels(l.visibleLabels, width, `${width}px ${state} ${lang}`);
        }
      });
});

/**
 * The drawing heights the story's sticky graphic passes (StickyGraphic: the sticky box's content
 * height minus 150 px for title and subtitle; the box is 60svh minus 20 px padding on phones,
 * 100svh minus 7vh + 24 px padding on desktops).
 */
const STORY_MAX_HEIGHTS = [
  { width: 390, maxHeight: 336 }, // 390 × 844
  { width: 1280, maxHeight: 570 }, // 1280 × 800
  { width: 768, maxHeight: 400 },
] as const;

describe('layoutOverview with maxHeight (sticky graphic)', () => {
  for (const { width, maxHeight } of STORY_MAX_HEIGHTS)
    for (const state of OVERVIEW_STATES)
      it(`fits ${maxHeight} px at ${width} px (${state}), every row kept, text ≥ 12 px`, () => {
        for (const lang of ['de', 'en'] as const) {
          const l = layoutOverview(data, { width, state, lang, maxHeight });
          const where = `${width}px/${maxHeight} ${state} ${lang} (${l.mode})`;
          expect(l.height, where).toBeLessThanOrEqual(maxHeight);
          expect(l.sections.flatMap((s) => s.rows)).toHaveLength(ledgerItems(data, lang).length);
          expectLegibleLabels(l.visibleLabels, width, where);
          // Compact rows: the label ends before the figure starts.
          for (const row of l.sections.flatMap((s) => s.rows))
            for (const label of row.labels)
              for (const f of row.figure)
                if (row.mode === 'compact')
                  expect(label.box.x + label.box.width, `${where} ${row.item.id}`).toBeLessThan(
                    row.hatch ? row.hatch.x : f.box.x,
                  );
        }
      });

  it('keeps full detail when there is room, and folds only the direction out of focus', () => {
    expect(
      layoutOverview(data, { width: 390, state: 'both', lang: 'de', maxHeight: 5000 }).mode,
    ).toBe('full');
    const short = layoutOverview(data, {
      width: 320,
      state: 'russia-to-dprk',
      lang: 'de',
      maxHeight: 214,
    });
    expect(short.height).toBeLessThanOrEqual(214);
    expect(short.sections.map((s) => s.folded)).toEqual([true, false]);
    expect(short.sections[0]?.header.text).toMatch(/\(\d+ Posten\)$/);
  });

  it('never hides an item when nothing fits: the narrowest layout, taller than asked', () => {
    const l = layoutOverview(data, { width: 320, state: 'both', lang: 'de', maxHeight: 120 });
    expect(l.mode).toBe('figure');
    const shown = l.sections.flatMap((s) => [
      ...s.rows.map((r) => r.item.id),
      ...(s.unquantified?.ids ?? []),
    ]);
    expect(shown.sort()).toEqual(
      ledgerItems(data, 'de')
        .map((i) => i.id)
        .sort(),
    );
  });

  it.each(['de', 'en'] as const)(
    'at the smallest phone (%s): directions side by side, every item a row or named in full',
    (lang) => {
      for (const state of OVERVIEW_STATES) {
        const l = layoutOverview(data, { width: 288, state, lang, maxHeight: 213 });
        expect(l.height, state).toBeLessThanOrEqual(213);
        expectLegibleLabels(l.visibleLabels, 288, `${lang} ${state}`);
        if (l.mode !== 'figure') continue;
        const items = ledgerItems(data, lang);
        for (const s of l.sections) {
          for (const r of s.rows) expect(r.figure.map((f) => f.text).join(' ')).not.toContain('…');
          // The unquantified items: each named (short form), nothing cut.
          const text = s.unquantified?.labels.map((x) => x.text).join(' ') ?? '';
          expect(text).not.toContain('…');
          for (const id of s.unquantified?.ids ?? []) {
            const item = items.find((i) => i.id === id)!;
            expect(text.replace(/-\s/g, '-')).toContain(shortLabel(item.label).split(' ')[0]);
          }
        }
        // Columns never overlap.
        const [a, b] = l.sections;
        expect(a!.box.x + a!.box.width).toBeLessThanOrEqual(b!.box.x);
      }
    },
  );
});
