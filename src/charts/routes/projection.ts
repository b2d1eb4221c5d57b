/**
 * The two map panels of the routes chart and their projections, shared by the build step that
 * clips and projects the country shapes (scripts/geo/region-geo.ts) and by the layout that places
 * the dataset's places on them, so both agree to the unit. Each panel is drawn in a fixed frame
 * 1000 units wide; the chart only scales that frame to its width.
 *
 * Two panels because the front is about 90 degrees of longitude west of the ports: one projection
 * for both would shrink Rajin, the rail bridge and Vladivostok into a few pixels on a phone.
 */
import { geoConicConformal, geoMercator, type GeoProjection } from 'd3-geo';
import type { LocalText } from '../../data/schema.ts';

export const FRAME_WIDTH = 1000;

export type PanelId = 'detail' | 'overview';

export interface PanelSpec {
  id: PanelId;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Frame height in units (width is FRAME_WIDTH). */
  frameHeight: number;
  /** world-atlas resolution used for this panel. */
  resolution: '50m' | '110m';
  /** Douglas–Peucker-like tolerance for topojson-simplify, in steradians (planar area weight). */
  simplify: number;
  /** Countries (world-atlas names) kept in the shipped file; all others are dropped. */
  countries: string[];
  /** Cartographic labels: countries and seas, placed by hand (not data). */
  labels: { text: LocalText; lon: number; lat: number; kind: 'country' | 'sea' }[];
  title: LocalText;
  /** Factory of the unfitted projection. */
  projection: () => GeoProjection;
}

export const PANELS: Record<PanelId, PanelSpec> = {
  detail: {
    id: 'detail',
    bbox: [124.6, 38.6, 134.4, 44.4],
    frameHeight: 760,
    resolution: '50m',
    simplify: 1e-8,
    countries: ['North Korea', 'South Korea', 'Russia', 'China', 'Japan'],
    labels: [
      { text: { de: 'NORDKOREA', en: 'NORTH KOREA' }, lon: 127.3, lat: 40.5, kind: 'country' },
      { text: { de: 'RUSSLAND', en: 'RUSSIA' }, lon: 133.2, lat: 44.0, kind: 'country' },
      { text: { de: 'CHINA', en: 'CHINA' }, lon: 127.6, lat: 43.6, kind: 'country' },
      { text: { de: 'Japanisches Meer', en: 'Sea of Japan' }, lon: 132.0, lat: 40.2, kind: 'sea' },
    ],
    title: { de: 'Fernost: Häfen, Brücke, Luftweg', en: 'Far East: ports, bridge, air route' },
    projection: () => geoMercator(),
  },
  overview: {
    id: 'overview',
    bbox: [27, 37, 138, 64],
    frameHeight: 430,
    resolution: '110m',
    simplify: 8e-6,
    countries: [
      'Russia',
      'Ukraine',
      'Belarus',
      'Kazakhstan',
      'Mongolia',
      'China',
      'North Korea',
      'South Korea',
      'Japan',
      'Georgia',
      'Azerbaijan',
      'Armenia',
      'Turkey',
      'Uzbekistan',
      'Turkmenistan',
      'Kyrgyzstan',
      'Poland',
      'Romania',
      'Moldova',
      'Finland',
      'Estonia',
      'Latvia',
      'Lithuania',
      'Iran',
    ],
    labels: [
      { text: { de: 'RUSSLAND', en: 'RUSSIA' }, lon: 95, lat: 60.5, kind: 'country' },
      { text: { de: 'UKRAINE', en: 'UKRAINE' }, lon: 31.5, lat: 48.3, kind: 'country' },
      { text: { de: 'CHINA', en: 'CHINA' }, lon: 104, lat: 40.5, kind: 'country' },
    ],
    title: { de: 'Von Fernost zur Front', en: 'From the Far East to the front' },
    projection: () => geoConicConformal().parallels([45, 58]).rotate([-85, 0]),
  },
};

/** Points along the bbox edges, so a fit respects the curved edges of a conic projection. */
export function bboxOutline(bbox: PanelSpec['bbox']): GeoJSON.MultiPoint {
  const [w, s, e, n] = bbox;
  const points: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    points.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

/** The panel's projection, fitted so its bbox fills the frame. */
export function panelProjection(panel: PanelSpec): GeoProjection {
  return panel.projection().fitSize([FRAME_WIDTH, panel.frameHeight], bboxOutline(panel.bbox));
}

export function insideBbox(bbox: PanelSpec['bbox'], lon: number, lat: number): boolean {
  const [w, s, e, n] = bbox;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** One projected outline as SVG path data in the panel's frame. */
export interface GeoShape {
  id: string;
  name: string;
  d: string;
}

/** Occupied territory: its outline, and its bounding box in the frame ([[x0, y0], [x1, y1]]). */
export interface OccupiedShape extends GeoShape {
  bounds: [[number, number], [number, number]];
}

/** What the build step ships per panel: projected country outlines as SVG path data. */
export interface PanelGeo {
  id: PanelId;
  width: number;
  height: number;
  countries: GeoShape[];
  /** Occupied territory (territories.ts), drawn in its country's fill and hatched; id = territory id. */
  occupied: OccupiedShape[];
}

export interface RegionGeo {
  detail: PanelGeo;
  overview: PanelGeo;
}
