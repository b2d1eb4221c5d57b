/** The routes map in a short sticky graphic: only the panel the state is about, narrowed to fit. */
import { describe, expect, it } from 'vitest';
import { buildRegionGeo } from '../../scripts/geo/region-geo.ts';
import { layoutRoutes, type RouteState } from '../../src/charts/routes/layout.ts';
import { meta } from '../../src/charts/routes/meta.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { MIN_FONT_SIZE } from '../../src/charts/shared/colors.ts';

const data = loadDatasetFile();
const geo = buildRegionGeo();
// StickyGraphic's drawing heights at 390 × 844 and 320 × 640 (measured in Chromium: 335 px; 214 px).
const SHORT = [
  { width: 390, maxHeight: 335 },
  { width: 320, maxHeight: 214 },
] as const;

describe('layoutRoutes with maxHeight', () => {
  for (const { width, maxHeight } of SHORT)
    for (const { id } of meta.states)
      it(`fits ${maxHeight} px at ${width} px (${id})`, () => {
        const state = id as RouteState;
        const l = layoutRoutes(data, { width, state, lang: 'de', maxHeight }, geo);
        expect(l.height).toBeLessThanOrEqual(maxHeight);
        expect(l.panels.map((p) => p.id)).toEqual([state === 'front' ? 'overview' : 'detail']);
        expect(l.routes.filter((r) => r.highlighted).length).toBeGreaterThan(0);
        // The overview shows Crimea, so its legend line comes along and fits too.
        expect(Boolean(l.panels[0]?.legend)).toBe(state === 'front');
        for (const p of l.places)
          if (p.label) expect(p.label.size).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
      });

  it('keeps both panels when they fit, and always side by side on wide charts', () => {
    expect(
      layoutRoutes(data, { width: 390, state: 'sea', lang: 'de', maxHeight: 5000 }, geo).panels,
    ).toHaveLength(2);
    expect(
      layoutRoutes(data, { width: 1280, state: 'sea', lang: 'de', maxHeight: 300 }, geo).panels,
    ).toHaveLength(2);
    expect(layoutRoutes(data, { width: 390, state: 'sea', lang: 'de' }, geo).panels).toHaveLength(
      2,
    );
  });
});
