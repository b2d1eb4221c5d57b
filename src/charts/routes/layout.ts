/**
 * Pure layout of the routes map: two panels (Far East detail, Russia overview to the front), the
 * dataset's places projected onto them, its routes drawn per state, and place labels placed
 * greedily so none overlaps another label, a dot or a country name, from 320 to 1400 px.
 */
import { max } from 'd3-array';
import { geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import type { Dataset, Direction, Place, Route } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { FONT } from '../shared/colors.ts';
import { overlaps, textBox, type Box } from '../shared/labels.ts';
import { textWidth, wrapText } from '../shared/text.ts';
import type { TextMark } from '../kinds/estimates/layout.ts';
import {
  FRAME_WIDTH,
  PANELS,
  insideBbox,
  panelProjection,
  type PanelId,
  type GeoShape,
  type OccupiedShape,
  type PanelSpec,
  type RegionGeo,
} from './projection.ts';
import { isHighlighted, resolveRouteState, type RouteState } from './states.ts';
import type { LayoutInput } from '../types.ts';
import { OCCUPIED, legendText } from './territories.ts';

export { ROUTE_STATES, isHighlighted, type RouteState } from './states.ts';

export interface PanelMark {
  id: PanelId;
  /** Top-left of the map area in the chart. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Frame units → px. */
  scale: number;
  countries: GeoShape[];
  /** Occupied territory, drawn in its country's fill and hatched. */
  occupied: OccupiedShape[];
  /** Where the hatch lines run (clipped to the occupied shapes): around them, inside the panel. */
  hatch: Box | null;
  /** The legend line for the hatch, under the panel; null when the panel shows no such territory. */
  legend: LegendMark | null;
  title: TextMark;
  carto: (TextMark & { kind: 'country' | 'sea' })[];
  /** Outline of the detail panel's area, drawn on the overview. */
  locator: string | null;
}

/** A hatched swatch and the words for it (one or two lines). */
export interface LegendMark {
  key: string;
  swatch: Box;
  texts: TextMark[];
}

export interface RouteMark {
  key: string;
  id: string;
  panel: PanelId;
  mode: Route['mode'];
  direction: Direction;
  d: string;
  arrow: string;
  highlighted: boolean;
  /** Leaves the panel: only the first leg is drawn, pointing on to the other panel. */
  stub: boolean;
  title: string;
}

export interface PlaceMark {
  key: string;
  id: string;
  panel: PanelId;
  x: number;
  y: number;
  approximate: boolean;
  emphasis: boolean;
  label: (TextMark & { leader: { x1: number; y1: number; x2: number; y2: number } | null }) | null;
  title: string;
  /** The callout's lines: the full name, then the place's role. */
  detail: string[];
}

export interface RoutesLayout {
  width: number;
  height: number;
  state: RouteState;
  panels: PanelMark[];
  routes: RouteMark[];
  places: PlaceMark[];
}

const TITLE_H = 22;
const PANEL_GAP = 16;
const DOT_R = 4;
/** Legend under a panel: gap above, swatch size, line height. */
const LEGEND_GAP = 8;
const SWATCH = { width: 16, height: 11 };
const LEGEND_LINE = 16;

/** "Tumangang (Freundschaftsbrücke)" → "Tumangang": the map label; the full name goes in titles. */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*$/, '');
}

export function placeLabel(place: Place, lang: Lang): string {
  const name = shortName(place.name[lang]);
  return place.approximate ? `ca. ${name}` : name;
}

/** The panel's projection in chart pixels. */
function pixelProjection(panel: PanelSpec, mark: PanelMark): GeoProjection {
  const p = panelProjection(panel);
  const [tx, ty] = p.translate();
  return p
    .scale(p.scale() * mark.scale)
    .translate([tx * mark.scale + mark.x, ty * mark.scale + mark.y]);
}

function arrowAt(x: number, y: number, angle: number, size = 8): string {
  const a1 = angle + Math.PI * 0.85;
  const a2 = angle - Math.PI * 0.85;
  const p = (a: number) =>
    `${(x + Math.cos(a) * size).toFixed(1)},${(y + Math.sin(a) * size).toFixed(1)}`;
  return `M${x.toFixed(1)},${y.toFixed(1)}L${p(a1)}L${p(a2)}Z`;
}

/**
 * The two panels, or with `maxHeight` on a narrow chart where both do not fit, only the one this
 * state is about (the front: the overview; everything else: the Far East detail), narrowed until
 * it fits.
 */
function fittedPanels(
  width: number,
  lang: Lang,
  state: RouteState,
  maxHeight: number | undefined,
  geo: RegionGeo,
): PanelMark[] {
  const both = withLegends(panelMarks(width, lang), geo, lang);
  if (maxHeight === undefined || width >= 760 || panelsBottom(both) <= maxHeight) return both;
  const focus: PanelId = state === 'front' ? 'overview' : 'detail';
  const frame = PANELS[focus].frameHeight / FRAME_WIDTH;
  // The legend's height depends on the width it wraps in: fit for one line, then for what it takes.
  let single: PanelMark[] = [];
  let legendH = 0;
  for (let pass = 0; pass < 2; pass++) {
    const fitWidth = Math.min(width, (maxHeight - TITLE_H - 6 - legendH) / frame);
    single = withLegends([singlePanel(focus, Math.max(200, fitWidth), lang)], geo, lang);
    const legend = single[0]?.legend;
    const needed = legend ? legendHeight(legend) : 0;
    if (needed <= legendH) break;
    legendH = needed;
  }
  return single;
}

function singlePanel(id: PanelId, width: number, lang: Lang): PanelMark {
  const mark = panelMarks(width, lang).find((p) => p.id === id);
  if (!mark) throw new Error(`no panel ${id}`);
  return { ...mark, y: TITLE_H, title: { ...mark.title, y: 14 } };
}

/** Lowest point of the panels and their legends, plus a margin. */
function panelsBottom(panels: PanelMark[]): number {
  return (
    Math.max(0, max(panels, (p) => p.y + p.height + (p.legend ? legendHeight(p.legend) : 0)) ?? 0) +
    4
  );
}

function legendHeight(legend: LegendMark): number {
  return LEGEND_GAP + legend.texts.length * LEGEND_LINE;
}

/** Gives each panel that shows occupied territory its shapes and a legend line under it. */
function withLegends(panels: PanelMark[], geo: RegionGeo, lang: Lang): PanelMark[] {
  return panels.map((panel) => {
    const occupied = geo[panel.id].occupied;
    const territories = OCCUPIED.filter((t) => occupied.some((o) => o.id === t.id));
    const first = territories[0];
    if (!first) return { ...panel, occupied, hatch: null, legend: null };
    const size = FONT.small;
    const textX = panel.x + SWATCH.width + 6;
    const lines = wrapText(
      territories.map((t) => legendText(t, lang)).join('; '),
      panel.x + panel.width - textX,
      size,
      2,
    ).lines;
    const top = panel.y + panel.height + LEGEND_GAP;
    const texts: TextMark[] = lines.map((line, i) => ({
      key: `${panel.id}-legend-${i}`,
      text: line,
      x: textX,
      y: top + i * LEGEND_LINE + size * 0.85,
      size,
      weight: 400,
      tone: 'muted',
      anchor: 'start',
    }));
    return {
      ...panel,
      occupied,
      hatch: hatchBox(panel, occupied),
      legend: {
        key: `${panel.id}-legend`,
        swatch: { x: panel.x, y: top + 1, width: SWATCH.width, height: SWATCH.height },
        texts,
      },
    };
  });
}

/** The occupied shapes' bounds in chart px, a pixel wider each way, inside the panel. */
function hatchBox(panel: PanelMark, occupied: OccupiedShape[]): Box | null {
  if (!occupied.length) return null;
  const at = (v: number) => v * panel.scale;
  const x0 = Math.max(0, Math.min(...occupied.map((o) => at(o.bounds[0][0]))) - 1);
  const y0 = Math.max(0, Math.min(...occupied.map((o) => at(o.bounds[0][1]))) - 1);
  const x1 = Math.min(panel.width, Math.max(...occupied.map((o) => at(o.bounds[1][0]))) + 1);
  const y1 = Math.min(panel.height, Math.max(...occupied.map((o) => at(o.bounds[1][1]))) + 1);
  if (x1 <= x0 || y1 <= y0) return null;
  return { x: panel.x + x0, y: panel.y + y0, width: x1 - x0, height: y1 - y0 };
}

function panelMarks(width: number, lang: Lang): PanelMark[] {
  // Side by side from 760 px, the detail (where most routes are) wider than the overview.
  const side = width >= 760;
  const gap = 24;
  const detailW = side ? (width - gap) * 0.56 : width;
  const overviewW = side ? width - gap - detailW : width;
  const make = (spec: PanelSpec, x: number, top: number, w: number): PanelMark => {
    const scale = w / FRAME_WIDTH;
    const title: TextMark = {
      key: `${spec.id}-title`,
      text: spec.title[lang],
      x,
      y: top + 14,
      size: FONT.label,
      weight: 600,
      tone: 'text',
      anchor: 'start',
    };
    return {
      id: spec.id,
      x,
      y: top + TITLE_H,
      width: w,
      height: spec.frameHeight * scale,
      scale,
      countries: [],
      occupied: [],
      hatch: null,
      legend: null,
      title,
      carto: [],
      locator: null,
    };
  };
  const detail = make(PANELS.detail, 0, 0, detailW);
  const overview = side
    ? make(PANELS.overview, detailW + gap, 0, overviewW)
    : make(PANELS.overview, 0, detail.y + detail.height + PANEL_GAP, overviewW);
  return [detail, overview];
}

/**
 * The map for the chart's input, over `geo`: the outlines the build step cut (region-geo.ts), an
 * argument of their own because they are data beside the dataset, not a prop of the chart.
 */
export function layoutRoutes(data: Dataset, input: LayoutInput, geo: RegionGeo): RoutesLayout {
  const { width, lang, maxHeight } = input;
  const state = resolveRouteState(input.state);
  const w = Math.max(280, width);
  const panels = fittedPanels(w, lang, state, maxHeight, geo);
  const projections = new Map<PanelId, GeoProjection>();
  for (const mark of panels) {
    const spec = PANELS[mark.id];
    const proj = pixelProjection(spec, mark);
    projections.set(mark.id, proj);
    mark.countries = geo[mark.id].countries;
    mark.carto = spec.labels.flatMap((l) => {
      const xy = proj([l.lon, l.lat]);
      if (!xy) return [];
      const size = l.kind === 'country' ? FONT.small : FONT.small;
      return [
        {
          key: `${mark.id}-carto-${l.text.en}`,
          text: l.text[lang],
          x: xy[0],
          y: xy[1],
          size,
          weight: l.kind === 'country' ? 600 : 400,
          tone: 'muted' as const,
          anchor: 'middle' as const,
          italic: l.kind === 'sea',
          kind: l.kind,
        },
      ];
    });
  }
  const overviewMark = panels.find((p) => p.id === 'overview');
  const overviewProj = projections.get('overview');
  if (overviewMark && overviewProj) {
    const [west, south, east, north] = PANELS.detail.bbox;
    overviewMark.locator =
      geoPath(overviewProj).digits(1)({
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [west, north],
            [east, north],
            [east, south],
            [west, south],
          ],
        ],
      }) ?? null;
  }

  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const inDetail = (p: Place) => insideBbox(PANELS.detail.bbox, p.lon, p.lat);

  // Routes: those inside the detail area are drawn there in full; those that run on to the west
  // get a short stub there and their whole course (great circle, schematic) on the overview.
  const routes: RouteMark[] = [];
  const highlightedStops = new Set<string>();
  for (const route of data.routes) {
    const stops = route.stops.map((id) => placeById.get(id)).filter((p) => p !== undefined);
    if (stops.length < 2) continue;
    const highlighted = isHighlighted(route, state);
    if (highlighted) route.stops.forEach((s) => highlightedStops.add(s));
    const title = `${route.label[lang]}: ${route.carries[lang]}`;
    const allInside = stops.every(inDetail);
    const detailProj = projections.get('detail');
    if (detailProj) {
      if (allInside) routes.push(detailRoute(route, stops, detailProj, highlighted, title));
      else if (stops[0] && inDetail(stops[0]))
        routes.push(stubRoute(route, stops[0], detailProj, highlighted, title, w));
    }
    if (!allInside && overviewProj)
      routes.push(overviewRoute(route, stops, overviewProj, highlighted, title));
  }

  // Places: detail panel shows those inside its area; the overview those outside it that routes use.
  const routeStops = new Set(data.routes.flatMap((r) => r.stops));
  const places: PlaceMark[] = [];
  for (const place of data.places) {
    const panel: PanelId | null = inDetail(place)
      ? 'detail'
      : routeStops.has(place.id)
        ? 'overview'
        : null;
    if (!panel) continue;
    const xy = projections.get(panel)?.([place.lon, place.lat]);
    if (!xy) continue;
    const name = `${place.name[lang]}${place.approximate ? (lang === 'de' ? ' (Lage ungefähr)' : ' (approximate location)') : ''}`;
    places.push({
      key: `${panel}-${place.id}`,
      id: place.id,
      panel,
      x: xy[0],
      y: xy[1],
      approximate: place.approximate,
      emphasis: highlightedStops.has(place.id),
      label: null,
      title: `${name}: ${place.role[lang]}`,
      detail: [name, place.role[lang]],
    });
  }
  dropCrowdedCarto(panels, places);
  placeLabels(places, panels, data, lang);

  return { width: w, height: Math.ceil(panelsBottom(panels)), state, panels, routes, places };
}

function detailRoute(
  route: Route,
  stops: Place[],
  proj: GeoProjection,
  highlighted: boolean,
  title: string,
): RouteMark {
  const pts: [number, number][] = stops.map((s) => proj([s.lon, s.lat]) ?? [0, 0]);
  const a: [number, number] = pts[0] ?? [0, 0];
  const b: [number, number] = pts[pts.length - 1] ?? [0, 0];
  let d: string;
  let angle: number;
  if (pts.length === 2 && route.mode !== 'rail') {
    // Sea routes bow south (out to sea), air routes north; returns bow further, so two
    // directions on one lane stay apart.
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    let nx = -dy / len;
    let ny = dx / len;
    const wantSouth = route.mode === 'sea';
    if (ny > 0 !== wantSouth) {
      nx = -nx;
      ny = -ny;
    }
    const bow = len * (route.direction === 'russia-to-dprk' ? 0.32 : 0.16);
    const cx = (a[0] + b[0]) / 2 + nx * bow;
    const cy = (a[1] + b[1]) / 2 + ny * bow;
    d = `M${a[0].toFixed(1)},${a[1].toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`;
    angle = Math.atan2(b[1] - cy, b[0] - cx);
  } else {
    d = pts.map((p, i) => `${i ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`).join('');
    const prev = pts[pts.length - 2] ?? a;
    angle = Math.atan2(b[1] - prev[1], b[0] - prev[0]);
  }
  const tip = shorten(b, angle, DOT_R + 1);
  return {
    key: `detail-${route.id}`,
    id: route.id,
    panel: 'detail',
    mode: route.mode,
    direction: route.direction,
    d,
    arrow: arrowAt(tip[0], tip[1], angle),
    highlighted,
    stub: false,
    title,
  };
}

function shorten(p: [number, number], angle: number, by: number): [number, number] {
  return [p[0] - Math.cos(angle) * by, p[1] - Math.sin(angle) * by];
}

function stubRoute(
  route: Route,
  start: Place,
  proj: GeoProjection,
  highlighted: boolean,
  title: string,
  width: number,
): RouteMark {
  const a: [number, number] = proj([start.lon, start.lat]) ?? [0, 0];
  // The Trans-Siberian leaves Primorye northwards (via Khabarovsk): point the stub that way.
  const length = Math.max(36, width * 0.09);
  const angle = -Math.PI / 2 - 0.25;
  const b: [number, number] = [a[0] + Math.cos(angle) * length, a[1] + Math.sin(angle) * length];
  return {
    key: `detail-${route.id}`,
    id: route.id,
    panel: 'detail',
    mode: route.mode,
    direction: route.direction,
    d: `M${a[0].toFixed(1)},${a[1].toFixed(1)}L${b[0].toFixed(1)},${b[1].toFixed(1)}`,
    arrow: arrowAt(b[0], b[1], angle),
    highlighted,
    stub: true,
    title,
  };
}

function overviewRoute(
  route: Route,
  stops: Place[],
  proj: GeoProjection,
  highlighted: boolean,
  title: string,
): RouteMark {
  const line: GeoJSON.LineString = {
    type: 'LineString',
    coordinates: stops.map((s) => [s.lon, s.lat]),
  };
  const d = geoPath(proj).digits(1)(line) ?? '';
  const from = stops[stops.length - 2];
  const to = stops[stops.length - 1];
  let arrow = '';
  if (from && to) {
    const interp = geoInterpolate([from.lon, from.lat], [to.lon, to.lat]);
    const p0 = proj(interp(0.97));
    const p1 = proj([to.lon, to.lat]);
    if (p0 && p1) {
      const angle = Math.atan2(p1[1] - p0[1], p1[0] - p0[0]);
      const tip = shorten(p1, angle, DOT_R);
      arrow = arrowAt(tip[0], tip[1], angle, 7);
    }
  }
  return {
    key: `overview-${route.id}`,
    id: route.id,
    panel: 'overview',
    mode: route.mode,
    direction: route.direction,
    d,
    arrow,
    highlighted,
    stub: false,
    title,
  };
}

/**
 * Country and sea names are decoration: on a narrow overview "UKRAINE" can be wider than Ukraine's
 * share of the panel. Drop any that would cover a place's dot, leave the panel, or touch another.
 */
function dropCrowdedCarto(panels: PanelMark[], places: PlaceMark[]): void {
  for (const panel of panels) {
    const kept: PanelMark['carto'] = [];
    for (const c of panel.carto) {
      const box = labelBox(c);
      const inside =
        box.x >= panel.x + 2 &&
        box.x + box.width <= panel.x + panel.width - 2 &&
        box.y >= panel.y + 2 &&
        box.y + box.height <= panel.y + panel.height - 2;
      const onDot = places.some(
        (p) =>
          p.panel === panel.id && overlaps(box, { x: p.x - 8, y: p.y - 8, width: 16, height: 16 }),
      );
      const onOther = kept.some((k) => overlaps(labelBox(k), box, 2));
      if (inside && !onDot && !onOther) kept.push(c);
    }
    panel.carto = kept;
  }
}

/** Box of a label, for tests and placement. */
export function labelBox(t: TextMark): Box {
  return textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor);
}

/**
 * Greedy label placement: emphasised places first, each tries positions around its dot at growing
 * distances (with a leader line beyond the first ring) and takes the first that clears every dot,
 * every label and every country name and stays inside its panel. A label with no room is left
 * out; the place keeps its dot and its name in the title and the data table.
 */
function placeLabels(places: PlaceMark[], panels: PanelMark[], data: Dataset, lang: Lang): void {
  const taken: Box[] = [];
  for (const panel of panels) {
    taken.push(labelBox(panel.title));
    for (const c of panel.carto) taken.push(labelBox(c));
  }
  const dots: Box[] = places.map((p) => ({
    x: p.x - DOT_R - 1,
    y: p.y - DOT_R - 1,
    width: 2 * DOT_R + 2,
    height: 2 * DOT_R + 2,
  }));
  const order = places
    .map((_, i) => i)
    .sort((a, b) => Number(places[b]?.emphasis) - Number(places[a]?.emphasis));
  for (const i of order) {
    const place = places[i];
    if (!place) continue;
    const panel = panels.find((p) => p.id === place.panel);
    const source = data.places.find((p) => p.id === place.id);
    if (!panel || !source) continue;
    const text = placeLabel(source, lang);
    const size = place.emphasis ? FONT.label : FONT.small;
    const weight = place.emphasis ? 600 : 400;
    const candidates: { dx: number; dy: number; anchor: TextMark['anchor']; dist: number }[] = [];
    for (const dist of [7, 18, 32, 48])
      for (const [ux, uy, anchor] of [
        [1, 0, 'start'],
        [-1, 0, 'end'],
        [0, -1, 'middle'],
        [0, 1, 'middle'],
        [0.7, -0.7, 'start'],
        [0.7, 0.7, 'start'],
        [-0.7, -0.7, 'end'],
        [-0.7, 0.7, 'end'],
      ] as const)
        candidates.push({ dx: ux * dist, dy: uy * dist, anchor, dist });
    for (const c of candidates) {
      // Baseline so the text's middle sits on the candidate point (above/below: its edge).
      const baseline =
        c.dy < 0 && c.anchor === 'middle'
          ? place.y + c.dy
          : c.dy > 0 && c.anchor === 'middle'
            ? place.y + c.dy + size * 0.8
            : place.y + c.dy + size * 0.35;
      const mark: TextMark = {
        key: `${place.key}-label`,
        text,
        x: place.x + c.dx,
        y: baseline,
        size,
        weight,
        tone: place.emphasis ? 'text' : 'muted',
        anchor: c.anchor,
      };
      const box = labelBox(mark);
      const inside =
        box.x >= panel.x &&
        box.y >= panel.y &&
        box.x + box.width <= panel.x + panel.width &&
        box.y + box.height <= panel.y + panel.height;
      if (!inside) continue;
      if (taken.some((b) => overlaps(b, box, 1))) continue;
      if (dots.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      place.label = {
        ...mark,
        leader:
          c.dist > 7
            ? {
                x1: place.x,
                y1: place.y,
                x2: place.x + c.dx * 0.8,
                y2: place.y + c.dy * 0.8,
              }
            : null,
      };
      break;
    }
  }
}

/** Every drawn text of a layout (tests: overlap, size). */
export function routesTexts(layout: RoutesLayout): TextMark[] {
  return [
    ...layout.panels.flatMap((p) => [p.title, ...p.carto, ...(p.legend?.texts ?? [])]),
    ...layout.places.flatMap((p) => (p.label ? [p.label] : [])),
  ];
}
