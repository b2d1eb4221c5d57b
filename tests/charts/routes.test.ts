import { describe, expect, it } from 'vitest';
import { buildRegionGeo } from '../../scripts/geo/region-geo.ts';
import { findOverlaps } from '../../src/charts/shared/labels.ts';
import {
  ROUTE_STATES,
  isHighlighted,
  labelBox,
  layoutRoutes,
  placeLabel,
  routesTexts,
} from '../../src/charts/routes/layout.ts';
import { meta } from '../../src/charts/routes/meta.ts';
import { OCCUPIED, legendText } from '../../src/charts/routes/territories.ts';
import { testData } from './estimates.fixture.ts';

const data = testData();
const geo = buildRegionGeo();

describe('layoutRoutes()', () => {
  for (const width of [320, 390, 768, 1280])
    for (const state of ROUTE_STATES)
      it(`at ${width}px (${state}): labels clear of each other and of dots, ≥ 12 px, inside`, () => {
        const layout = layoutRoutes(data, { width, state, lang: 'de' }, geo);
        const texts = routesTexts(layout);
        const boxes = texts.map(labelBox);
        expect(findOverlaps(boxes)).toEqual([]);
        for (const t of texts) expect(t.size).toBeGreaterThanOrEqual(12);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
        }
        // A label never covers another place's dot.
        for (const p of layout.places) {
          if (!p.label) continue;
          const box = labelBox(p.label);
          for (const q of layout.places)
            if (q !== p)
              expect(
                q.x > box.x && q.x < box.x + box.width && q.y > box.y && q.y < box.y + box.height,
              ).toBe(false);
        }
      });

  it('projects every place inside its panel', () => {
    for (const width of [320, 1280]) {
      const layout = layoutRoutes(data, { width, state: 'front', lang: 'en' }, geo);
      for (const p of layout.places) {
        const panel = layout.panels.find((x) => x.id === p.panel);
        expect(panel).toBeDefined();
        if (!panel) continue;
        expect(p.x).toBeGreaterThan(panel.x);
        expect(p.x).toBeLessThan(panel.x + panel.width);
        expect(p.y).toBeGreaterThan(panel.y);
        expect(p.y).toBeLessThan(panel.y + panel.height);
      }
    }
  });

  it('draws every stop of every route as a place, and only dataset places', () => {
    const layout = layoutRoutes(data, { width: 390, state: 'sea', lang: 'de' }, geo);
    const ids = new Set(layout.places.map((p) => p.id));
    for (const r of data.routes) for (const s of r.stops) expect(ids.has(s)).toBe(true);
    for (const p of layout.places) expect(data.places.some((d) => d.id === p.id)).toBe(true);
  });

  it('flags approximate places, and labels them with "ca."', () => {
    const layout = layoutRoutes(data, { width: 1280, state: 'sea', lang: 'de' }, geo);
    for (const p of layout.places) {
      const source = data.places.find((d) => d.id === p.id);
      expect(p.approximate).toBe(source?.approximate);
      if (p.label) expect(p.label.text.startsWith('ca. ')).toBe(p.approximate);
    }
    const rajin = data.places.find((p) => p.id === 'rajin');
    if (rajin && !rajin.approximate) expect(placeLabel(rajin, 'de')).toBe('Rajin');
  });

  it('labels the main ports at 390 px', () => {
    const layout = layoutRoutes(data, { width: 390, state: 'sea', lang: 'de' }, geo);
    const labelled = layout.places.filter((p) => p.label).map((p) => p.id);
    expect(labelled).toEqual(expect.arrayContaining(['rajin', 'vostochny', 'dunai']));
  });

  it('highlights the state’s routes in the direction’s colour family', () => {
    for (const state of ROUTE_STATES) {
      const layout = layoutRoutes(data, { width: 390, state, lang: 'en' }, geo);
      const lit = layout.routes.filter((r) => r.highlighted);
      expect(lit.length).toBeGreaterThan(0);
      for (const r of lit) {
        const route = data.routes.find((x) => x.id === r.id);
        expect(route && isHighlighted(route, state)).toBe(true);
      }
    }
    const oil = layoutRoutes(data, { width: 390, state: 'oil', lang: 'en' }, geo).routes.filter(
      (r) => r.highlighted,
    );
    expect(oil.every((r) => r.direction === 'russia-to-dprk')).toBe(true);
  });

  it('hatches Crimea on the overview, with a legend line under the panel in each language', () => {
    const crimea = OCCUPIED.find((t) => t.id === 'crimea');
    if (!crimea) throw new Error('no Crimea');
    for (const lang of ['de', 'en'] as const)
      for (const width of [320, 390, 768, 1280]) {
        const layout = layoutRoutes(data, { width, state: 'front', lang }, geo);
        const overview = layout.panels.find((p) => p.id === 'overview');
        const detail = layout.panels.find((p) => p.id === 'detail');
        expect(overview?.occupied.map((o) => o.id)).toEqual(['crimea']);
        expect(detail?.legend).toBeNull();
        const legend = overview?.legend;
        expect(legend).toBeTruthy();
        if (!overview || !legend) continue;
        expect(legend.texts.map((t) => t.text).join(' ')).toBe(legendText(crimea, lang));
        expect(legend.texts.length).toBe(width < 390 ? 2 : 1);
        expect(legend.swatch.y).toBeGreaterThanOrEqual(overview.y + overview.height);
        // The hatch runs over Crimea's box, inside the panel, not over the whole map.
        const hatch = overview.hatch;
        expect(hatch).toBeTruthy();
        if (!hatch) continue;
        expect(hatch.x).toBeGreaterThanOrEqual(overview.x);
        expect(hatch.y).toBeGreaterThanOrEqual(overview.y);
        expect(hatch.x + hatch.width).toBeLessThanOrEqual(overview.x + overview.width);
        expect(hatch.y + hatch.height).toBeLessThanOrEqual(overview.y + overview.height);
        expect(hatch.width * hatch.height).toBeLessThan((overview.width * overview.height) / 20);
        expect(detail?.hatch).toBeNull();
        for (const box of [legend.swatch, ...legend.texts.map(labelBox)]) {
          expect(box.x).toBeGreaterThanOrEqual(overview.x);
          expect(box.x + box.width).toBeLessThanOrEqual(overview.x + overview.width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        }
      }
    expect(legendText(crimea, 'de')).toBe(
      'Krim: seit 2014 von Russland besetztes Gebiet der Ukraine',
    );
    expect(legendText(crimea, 'en')).toBe(
      'Crimea: Ukrainian territory occupied by Russia since 2014',
    );
  });

  it('sends routes that leave the Far East on to the overview and the front', () => {
    const layout = layoutRoutes(data, { width: 390, state: 'front', lang: 'de' }, geo);
    const overview = layout.routes.filter((r) => r.panel === 'overview');
    expect(overview.length).toBeGreaterThan(0);
    expect(overview.every((r) => r.d.startsWith('M'))).toBe(true);
    expect(layout.routes.some((r) => r.panel === 'detail' && r.stub)).toBe(true);
  });
});

describe('routes meta', () => {
  it('has the states sea (default), rail, air, oil, front', () => {
    expect(meta.states.map((s) => s.id)).toEqual(['sea', 'rail', 'air', 'oil', 'front']);
  });

  it('describes the highlighted routes of a state in both languages', () => {
    expect(meta.describe(data, 'de', 'oil')).toContain('Wostotschny');
    expect(meta.describe(data, 'en', 'sea')).toContain('Rajin');
    expect(meta.describe(data, 'en', 'unknown')).toBe(meta.describe(data, 'en', 'sea'));
  });

  it('says in description and table that Crimea is hatched as occupied Ukrainian territory', () => {
    expect(meta.describe(data, 'de', 'sea')).toContain(
      'Schraffiert: Krim: seit 2014 von Russland besetztes Gebiet der Ukraine.',
    );
    expect(meta.describe(data, 'en', 'front')).toContain(
      'Hatched: Crimea: Ukrainian territory occupied by Russia since 2014.',
    );
    const row = meta.table(data, 'en').rows.find((r) => r[0] === 'Crimea');
    expect(row?.[1]).toBe('Territory');
    expect(row?.[2]).toMatch(/^Ukrainian territory occupied by Russia since 2014; hatched/);
    expect(row?.[3]).toMatch(/^United Nations \(27 Mar 2014\)$/);
    expect(meta.table(data, 'de').rows.find((r) => r[0] === 'Krim')?.[1]).toBe('Gebiet');
  });

  it('lists routes and places in table and records, approximate places marked', () => {
    const table = meta.table(data, 'de');
    expect(table.rows).toHaveLength(data.routes.length + data.places.length + OCCUPIED.length);
    const records = meta.records(data, 'en');
    const approx = records.filter((r) => r.kind === 'place' && r.qualifier === 'approximate');
    expect(approx.length).toBe(data.places.filter((p) => p.approximate).length);
  });
});
