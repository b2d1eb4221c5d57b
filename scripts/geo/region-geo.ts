/**
 * Build step for the routes map: country outlines from the world-atlas package, simplified with
 * topojson-simplify, then projected and clipped with the same panel projections the chart uses
 * (src/charts/routes/projection.ts). Output is SVG path data in each panel's 1000-unit frame with
 * whole-number coordinates: a few kilobytes, no TopoJSON decoding in the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  FRAME_WIDTH,
  PANELS,
  panelProjection,
  type PanelGeo,
  type PanelSpec,
  type RegionGeo,
} from '../../src/charts/routes/projection.ts';

const require = createRequire(import.meta.url);

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function loadAtlas(resolution: PanelSpec['resolution']): Countries {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Countries;
}

export function buildPanel(panel: PanelSpec): PanelGeo {
  const topology = simplify(
    presimplify(loadAtlas(panel.resolution), sphericalTriangleArea),
    panel.simplify,
  ) as Countries;
  const collection = feature(topology, topology.objects.countries);
  const projection = panelProjection(panel).clipExtent([
    [0, 0],
    [FRAME_WIDTH, panel.frameHeight],
  ]);
  // Whole units: 1/1000 of the panel width, under a pixel at any width the chart is drawn.
  const path = geoPath(projection).digits(0);
  const countries: PanelGeo['countries'] = [];
  for (const f of collection.features) {
    const name = f.properties?.name ?? '';
    if (!panel.countries.includes(name)) continue;
    const d = path(f);
    if (d) countries.push({ id: String(f.id ?? name), name, d });
  }
  return { id: panel.id, width: FRAME_WIDTH, height: panel.frameHeight, countries };
}

export function buildRegionGeo(): RegionGeo {
  return { detail: buildPanel(PANELS.detail), overview: buildPanel(PANELS.overview) };
}
