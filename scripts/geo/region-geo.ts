/**
 * Build step for the routes map: country outlines from the world-atlas package, simplified with
 * topojson-simplify, then projected and clipped with the same panel projections the chart uses
 * (src/charts/routes/projection.ts). Output is SVG path data in each panel's 1000-unit frame with
 * whole-number coordinates: a few kilobytes, no TopoJSON decoding in the browser.
 *
 * Occupied territory (src/charts/routes/territories.ts) is taken out of the country that holds it
 * in Natural Earth's de-facto borders and shipped as a shape of its own, drawn hatched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  FRAME_WIDTH,
  PANELS,
  panelProjection,
  type OccupiedShape,
  type PanelGeo,
  type PanelSpec,
  type RegionGeo,
} from '../../src/charts/routes/projection.ts';
import { OCCUPIED, type OccupiedTerritory } from '../../src/charts/routes/territories.ts';

const require = createRequire(import.meta.url);

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Shape = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

/** A panel's shapes before projection: countries, and occupied territory cut out of its holder. */
export interface RegionFeatures {
  countries: Shape[];
  occupied: (Shape & { territory: OccupiedTerritory })[];
}

const ATLAS_FILES: Record<PanelSpec['resolution'], string> = {
  '50m': require.resolve('world-atlas/countries-50m.json'),
  '110m': require.resolve('world-atlas/countries-110m.json'),
};

function atlasFile(resolution: PanelSpec['resolution']): string {
  return ATLAS_FILES[resolution];
}

function loadAtlas(resolution: PanelSpec['resolution']): Countries {
  return JSON.parse(readFileSync(atlasFile(resolution), 'utf8')) as Countries;
}

function polygons(shape: Shape): GeoJSON.Position[][][] {
  return shape.geometry.type === 'Polygon'
    ? [shape.geometry.coordinates]
    : shape.geometry.coordinates;
}

/**
 * Splits `territory` out of its holder's outline: the holder keeps every polygon but those that
 * contain the territory's anchor. Fails loudly when the atlas no longer draws it that way, so a
 * new world-atlas cannot silently put Crimea back inside Russia or drop it.
 */
export function splitTerritory(
  countries: Shape[],
  territory: OccupiedTerritory,
  file: string,
): { countries: Shape[]; occupied: Shape } {
  const holder = countries.find((c) => c.properties.name === territory.heldBy);
  if (!holder) throw new Error(`${file}: no country named "${territory.heldBy}"`);
  const inside = (poly: GeoJSON.Position[][]) =>
    geoContains({ type: 'Polygon', coordinates: poly }, territory.anchor);
  const all = polygons(holder);
  const taken = all.filter(inside);
  const kept = all.filter((p) => !inside(p));
  if (taken.length === 0 || kept.length === 0)
    throw new Error(
      `${file}: expected ${territory.name.en} as a separate polygon of ${territory.heldBy} ` +
        `(one containing ${territory.anchor.join(', ')}); the atlas draws it differently now, ` +
        'so src/charts/routes/territories.ts needs another look',
    );
  const rest: Shape = {
    ...holder,
    geometry: { type: 'MultiPolygon', coordinates: kept },
  };
  const occupied: Shape = {
    type: 'Feature',
    id: territory.id,
    properties: { name: territory.name.en },
    geometry: { type: 'MultiPolygon', coordinates: taken },
  };
  return { countries: countries.map((c) => (c === holder ? rest : c)), occupied };
}

/** The panel's outlines, simplified, with occupied territory split out (unprojected). */
export function regionFeatures(panel: PanelSpec): RegionFeatures {
  const topology = simplify(
    presimplify(loadAtlas(panel.resolution), sphericalTriangleArea),
    panel.simplify,
  ) as Countries;
  const collection = feature(topology, topology.objects.countries);
  let countries = collection.features.filter(
    (f): f is Shape =>
      (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
      panel.countries.includes(f.properties?.name ?? ''),
  );
  const occupied: RegionFeatures['occupied'] = [];
  for (const territory of OCCUPIED) {
    if (!panel.countries.includes(territory.heldBy)) continue;
    const split = splitTerritory(countries, territory, atlasFile(panel.resolution));
    countries = split.countries;
    occupied.push({ ...split.occupied, territory });
  }
  return { countries, occupied };
}

export function buildPanel(panel: PanelSpec): PanelGeo {
  const { countries: features, occupied: territories } = regionFeatures(panel);
  const projection = panelProjection(panel).clipExtent([
    [0, 0],
    [FRAME_WIDTH, panel.frameHeight],
  ]);
  // Whole units: 1/1000 of the panel width, under a pixel at any width the chart is drawn.
  const path = geoPath(projection).digits(0);
  const countries: PanelGeo['countries'] = [];
  for (const f of features) {
    const name = f.properties.name;
    const d = path(f);
    if (d) countries.push({ id: String(f.id ?? name), name, d });
  }
  const occupied: PanelGeo['occupied'] = [];
  for (const t of territories) {
    const d = path(t);
    // Where the hatch is drawn: only over the territory, not over the whole panel.
    const [[x0, y0], [x1, y1]] = path.bounds(t);
    const bounds: OccupiedShape['bounds'] = [
      [Math.floor(x0), Math.floor(y0)],
      [Math.ceil(x1), Math.ceil(y1)],
    ];
    if (d) occupied.push({ id: t.territory.id, name: t.territory.name.en, d, bounds });
  }
  return { id: panel.id, width: FRAME_WIDTH, height: panel.frameHeight, countries, occupied };
}

export function buildRegionGeo(): RegionGeo {
  return { detail: buildPanel(PANELS.detail), overview: buildPanel(PANELS.overview) };
}
