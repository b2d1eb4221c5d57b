import { describe, expect, it } from 'vitest';
import { buildRegionGeo } from '../../scripts/geo/region-geo.ts';
import { geoPlugin } from '../../scripts/vite/geo-plugin.ts';
import { FRAME_WIDTH, PANELS } from '../../src/charts/routes/projection.ts';

const geo = buildRegionGeo();

/** Every coordinate pair of an SVG path made of M/L/Z commands (what geoPath emits). */
function points(d: string): [number, number][] {
  const nums = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  return out;
}

describe('buildRegionGeo()', () => {
  it('ships at most 30 KB of geometry', () => {
    const size = Buffer.byteLength(`export default ${JSON.stringify(geo)};`);
    expect(size).toBeLessThanOrEqual(30 * 1024);
    expect(size).toBeGreaterThan(2 * 1024);
  });

  it('clips every outline to its panel frame, in whole units', () => {
    for (const panel of [geo.detail, geo.overview]) {
      expect(panel.width).toBe(FRAME_WIDTH);
      for (const c of panel.countries) {
        expect(c.d).not.toMatch(/\.\d/);
        for (const [x, y] of points(c.d)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(panel.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(panel.height);
        }
      }
    }
  });

  it('keeps only the listed countries that reach into each panel', () => {
    const detail = geo.detail.countries.map((c) => c.name);
    expect(detail).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'China']));
    expect(detail.every((n) => PANELS.detail.countries.includes(n))).toBe(true);
    expect(detail).not.toContain('Ukraine');
    const overview = geo.overview.countries.map((c) => c.name);
    expect(overview).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'North Korea']));
    expect(overview).not.toContain('France');
  });
});

describe('geoPlugin()', () => {
  it('serves virtual:region-geo as an ES module of the built geometry', () => {
    const plugin = geoPlugin();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const resolved = resolveId('virtual:region-geo');
    expect(resolved).toBe('\0virtual:region-geo');
    expect(resolveId('virtual:other')).toBeUndefined();
    const code = load(resolved ?? '');
    expect(code).toBe(`export default ${JSON.stringify(geo)};`);
  });
});
