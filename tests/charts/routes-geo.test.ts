import { resolve } from 'node:path';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildRegionGeo, regionFeatures, splitTerritory } from '../../scripts/geo/region-geo.ts';
import { geoPlugin } from '../../scripts/vite/geo-plugin.ts';
import { FRAME_WIDTH, PANELS, panelProjection } from '../../src/charts/routes/projection.ts';
import { OCCUPIED } from '../../src/charts/routes/territories.ts';

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

/** Rings of an SVG path of M/L/Z commands (what geoPath emits), as point lists. */
function rings(d: string): [number, number][][] {
  return d
    .split(/(?=M)/)
    .filter(Boolean)
    .map((part) => points(part.replace(/Z/g, '')));
}

/** Even-odd point in polygon on projected path data: the test reads the shipped file itself. */
function pathContains(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(d))
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

// GeoNames 693805 and 694423.
const SIMFEROPOL: [number, number] = [34.11079, 44.95719];
const SEVASTOPOL: [number, number] = [33.52134, 44.60795];

describe('occupied territory (Crimea)', () => {
  const crimea = OCCUPIED.find((t) => t.id === 'crimea');

  it('is a territory of Ukraine held by Russia, found by Simferopol', () => {
    expect(crimea).toMatchObject({ heldBy: 'Russia', belongsTo: 'Ukraine', anchor: SIMFEROPOL });
  });

  for (const panel of [PANELS.overview, PANELS.detail])
    it(`${panel.id} (${panel.resolution}): Simferopol and Sevastopol lie in the occupied shape, not in Russia`, () => {
      const { countries, occupied } = regionFeatures(panel);
      const russia = countries.find((c) => c.properties.name === 'Russia');
      const shape = occupied.find((o) => o.territory.id === 'crimea');
      expect(russia).toBeDefined();
      expect(shape).toBeDefined();
      if (!russia || !shape) return;
      for (const city of [SIMFEROPOL, SEVASTOPOL]) {
        expect(geoContains(shape, city)).toBe(true);
        // In no country's outline: not Russia's, and not drawn twice inside Ukraine's.
        expect(countries.filter((c) => geoContains(c, city)).map((c) => c.properties.name)).toEqual(
          [],
        );
      }
      // Russia keeps the rest of itself: Kursk and Vladivostok (GeoNames) are still inside.
      expect(geoContains(russia, [36.18735, 51.73733])).toBe(true);
      expect(geoContains(russia, [131.87353, 43.10562])).toBe(true);
    });

  it('ships Crimea as its own hatched shape on the overview, containing Simferopol and Sevastopol', () => {
    const projection = panelProjection(PANELS.overview);
    const shipped = geo.overview.occupied.find((o) => o.id === 'crimea');
    const russia = geo.overview.countries.find((c) => c.name === 'Russia');
    const ukraine = geo.overview.countries.find((c) => c.name === 'Ukraine');
    expect(shipped).toBeDefined();
    for (const city of [SIMFEROPOL, SEVASTOPOL]) {
      const xy = projection(city) as [number, number];
      expect(pathContains(shipped?.d ?? '', xy)).toBe(true);
      expect(pathContains(russia?.d ?? '', xy)).toBe(false);
      expect(pathContains(ukraine?.d ?? '', xy)).toBe(false);
    }
    // Its bounds (where the chart draws the hatch) hold every point of its outline.
    const [[x0, y0], [x1, y1]] = shipped!.bounds;
    const points = [...shipped!.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(x0);
      expect(x).toBeLessThanOrEqual(x1);
      expect(y).toBeGreaterThanOrEqual(y0);
      expect(y).toBeLessThanOrEqual(y1);
    }
    expect(x1 - x0).toBeLessThan(geo.overview.width / 4);
    // The check itself can fail: Kursk is in Russia's shipped outline, Kyiv in Ukraine's.
    expect(
      pathContains(russia?.d ?? '', projection([36.18735, 51.73733]) as [number, number]),
    ).toBe(true);
    expect(
      pathContains(ukraine?.d ?? '', projection([30.5238, 50.45466]) as [number, number]),
    ).toBe(true);
    // Out of the Far East panel's frame: nothing shipped there.
    expect(geo.detail.occupied).toEqual([]);
  });

  it('leaves the occupied parts of Donetsk, Luhansk, Zaporizhzhia and Kherson inside Ukraine', () => {
    const { countries } = regionFeatures(PANELS.overview);
    const ukraine = countries.find((c) => c.properties.name === 'Ukraine');
    expect(ukraine).toBeDefined();
    if (!ukraine) return;
    // Donetsk, Luhansk, Mariupol, Melitopol, Nova Kakhovka (approximate centres).
    for (const city of [
      [37.8, 48.0],
      [39.3, 48.57],
      [37.55, 47.1],
      [35.37, 46.84],
      [33.37, 46.75],
    ] as [number, number][])
      expect(geoContains(ukraine, city), city.join(',')).toBe(true);
  });

  it('fails the build with the file named when the atlas no longer draws Crimea apart', () => {
    const { countries } = regionFeatures(PANELS.overview);
    const territory = OCCUPIED[0];
    if (!territory) throw new Error('no territory');
    expect(() =>
      splitTerritory(countries, { ...territory, anchor: [10, 0] }, 'countries-110m.json'),
    ).toThrow(/countries-110m\.json: expected Crimea as a separate polygon of Russia/);
    expect(() =>
      splitTerritory(countries, { ...territory, heldBy: 'Atlantis' }, 'countries-110m.json'),
    ).toThrow('countries-110m.json: no country named "Atlantis"');
  });
});

describe('geoPlugin()', () => {
  type Load = (
    this: { emitFile(f: { type: string; name: string; source: string }): string },
    id: string,
    options?: { ssr?: boolean },
  ) => string | undefined;
  const file = resolve(import.meta.dirname, '../../src/charts/routes/region-geo.ts');
  function plugin(command: 'build' | 'serve') {
    const p = geoPlugin();
    (p.configResolved as (c: { command: string }) => void)({ command });
    const emitted: { type: string; name: string; source: string }[] = [];
    const context = {
      emitFile: (f: { type: string; name: string; source: string }) => {
        emitted.push(f);
        return 'REF';
      },
    };
    const load = (id: string, options?: { ssr?: boolean }) =>
      (p.load as Load).call(context, id, options);
    return { load, emitted };
  }

  it('serves src/charts/routes/region-geo.ts inline to the server build and the dev server', () => {
    const dev = plugin('serve');
    expect(dev.load(resolve(import.meta.dirname, '../../src/charts/routes/projection.ts'))).toBe(
      undefined,
    );
    expect(dev.load(file)).toBe(`export default ${JSON.stringify(geo)};`);
    const server = plugin('build');
    expect(server.load(file, { ssr: true })).toBe(`export default ${JSON.stringify(geo)};`);
    expect([...dev.emitted, ...server.emitted]).toEqual([]);
  });

  it('gives the browser build a JSON file that the module fetches before its importers run', () => {
    const client = plugin('build');
    const code = client.load(file) ?? '';
    expect(client.emitted).toEqual([
      { type: 'asset', name: 'region-geo.json', source: JSON.stringify(geo) },
    ]);
    expect(code).toContain('await fetch(import.meta.ROLLUP_FILE_URL_REF)');
    expect(code).toContain('export default await response.json();');
  });
});
