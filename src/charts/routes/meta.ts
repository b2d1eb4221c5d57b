/** Routes: how the goods travel, from North Korea's ports and border to the Kursk front, and back. */
import type { Dataset, Route } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { buildSourceLine, sourceNames, sourceUrls } from '../shared/sources.ts';
import type { ChartMeta, ChartRecord } from '../types.ts';
import { isHighlighted, resolveRouteState, type RouteState } from './states.ts';
import { OCCUPIED, legendText } from './territories.ts';

const MODE: Record<Route['mode'], { de: string; en: string }> = {
  sea: { de: 'Schiff', en: 'ship' },
  rail: { de: 'Bahn', en: 'rail' },
  air: { de: 'Flugzeug', en: 'aircraft' },
  road: { de: 'Straße', en: 'road' },
};
const DIRECTION = {
  'dprk-to-russia': { de: 'Nordkorea → Russland', en: 'North Korea → Russia' },
  'russia-to-dprk': { de: 'Russland → Nordkorea', en: 'Russia → North Korea' },
} as const;

const SUBTITLE: Record<RouteState, { de: string; en: string }> = {
  sea: {
    de: 'Der Hauptweg: Munition wird in Rajin verladen und nach Dunai und Wostotschny verschifft.',
    en: 'The main route: munitions are loaded at Rajin and shipped to Dunai and Vostochny.',
  },
  rail: {
    de: 'Über die Bahnbrücke Tumangang–Chassan und per Bahn quer durch Russland zu Depots nahe der Ukraine.',
    en: 'Across the Tumangang–Khasan rail bridge, and by rail across Russia to depots near Ukraine.',
  },
  air: {
    de: 'Frachtflugzeuge zwischen Pjöngjang und Wladiwostok – in beide Richtungen.',
    en: 'Cargo aircraft between Pyongyang and Vladivostok – in both directions.',
  },
  oil: {
    de: 'Zurück nach Nordkorea: Erdölprodukte per Tanker, Flugabwehr per Flugzeug.',
    en: 'Back to North Korea: oil products by tanker, air defence by aircraft.',
  },
  front: {
    de: 'Alle Wege nach Westen: von den Häfen im Fernen Osten zu Depots und an die Front bei Kursk.',
    en: 'Every route west: from the Far East ports to depots and the front near Kursk.',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fromReport(data: Dataset, sources: readonly string[]): boolean {
  return sources.some((id) => data.meta.report.sources.includes(id));
}

function placeName(data: Dataset, id: string, lang: Lang): string {
  return data.places.find((p) => p.id === id)?.name[lang] ?? id;
}

function routeLine(data: Dataset, r: Route, lang: Lang): string {
  const path = r.stops.map((s) => placeName(data, s, lang)).join(' → ');
  return `${r.label[lang]} (${MODE[r.mode][lang]}, ${path}): ${r.carries[lang]}`;
}

export const meta: ChartMeta = {
  id: 'routes',
  states: [
    { id: 'sea', label: { de: 'Seeweg', en: 'By sea' } },
    { id: 'rail', label: { de: 'Bahn', en: 'By rail' } },
    { id: 'air', label: { de: 'Luftweg', en: 'By air' } },
    { id: 'oil', label: { de: 'Rückfluss: Öl', en: 'Return flow: oil' } },
    { id: 'front', label: { de: 'Bis zur Front', en: 'To the front' } },
  ],
  title: (_data, lang) =>
    lang === 'de'
      ? 'Per Schiff, Bahn und Flugzeug: Nordkoreas Wege an die Front'
      : 'By ship, rail and air: North Korea’s routes to the front',
  subtitle: (_data, lang, state) => SUBTITLE[resolveRouteState(state)][lang],
  sourceLine: (data, lang) =>
    buildSourceLine(
      data,
      [
        ...data.routes.flatMap((r) => r.sources),
        ...data.places.flatMap((p) => p.sources),
        ...OCCUPIED.flatMap((t) => t.sources),
      ],
      lang,
    ),
  note: (_data, lang) =>
    lang === 'de'
      ? 'Linien schematisch, nicht der genaue Verlauf. Volle Punkte: Lage nach dem Ortsverzeichnis GeoNames; hohle, gestrichelte Kreise und „ca.“: Lage ungefähr (Häfen, Grenzbahnhöfe und andere Orte ohne Eintrag dort). Rot: Nordkorea → Russland; Blau: Russland → Nordkorea. Grenzen: Natural Earth; die Krim ist als besetztes Gebiet der Ukraine schraffiert.'
      : 'Lines are schematic, not exact courses. Solid dots: location from the GeoNames gazetteer; hollow dashed rings and “ca.”: approximate location (ports, border stations and other sites it does not list). Red: North Korea → Russia; blue: Russia → North Korea. Borders: Natural Earth; Crimea is hatched as occupied Ukrainian territory.',
  describe: (data, lang, state) => {
    const s = resolveRouteState(state);
    const shown = data.routes.filter((r) => isHighlighted(r, s));
    const intro = SUBTITLE[s][lang];
    const list = shown.map((r) => routeLine(data, r, lang)).join('; ');
    const hatched = OCCUPIED.map((t) => `${legendText(t, lang)}.`).join(' ');
    return lang === 'de'
      ? `Karte. ${intro} Hervorgehoben: ${list}. Schraffiert: ${hatched}`
      : `Map. ${intro} Highlighted: ${list}. Hatched: ${hatched}`;
  },
  table: (data, lang) => ({
    caption: lang === 'de' ? 'Routen und Orte' : 'Routes and places',
    columns:
      lang === 'de'
        ? ['Route oder Ort', 'Art', 'Details', 'Quelle']
        : ['Route or place', 'Kind', 'Details', 'Source'],
    rows: [
      ...data.routes.map((r) => [
        r.label[lang],
        `${MODE[r.mode][lang]}, ${DIRECTION[r.direction][lang]}`,
        `${r.stops.map((s) => placeName(data, s, lang)).join(' → ')}: ${r.carries[lang]}`,
        sourceNames(data, r.sources, lang).join('; '),
      ]),
      ...data.places.map((p) => [
        p.name[lang],
        lang === 'de' ? 'Ort' : 'Place',
        `${p.role[lang]} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}${
          p.approximate ? (lang === 'de' ? ', Lage ungefähr' : ', approximate') : ''
        })`,
        sourceNames(data, p.sources, lang).join('; '),
      ]),
      ...OCCUPIED.map((t) => [
        t.name[lang],
        lang === 'de' ? 'Gebiet' : 'Territory',
        lang === 'de'
          ? `${capitalise(t.status[lang])}; auf der Karte schraffiert (Natural Earth zeichnet die tatsächlich kontrollierten Grenzen, die Krim also als Teil Russlands)`
          : `${capitalise(t.status[lang])}; hatched on the map (Natural Earth draws borders as controlled, and so Crimea as part of Russia)`,
        sourceNames(data, t.sources, lang).join('; '),
      ]),
    ],
  }),
  records: (data, lang): ChartRecord[] => [
    ...data.routes.map((r) => ({
      id: r.id,
      kind: 'route' as const,
      label: r.label[lang],
      qualifier: r.mode,
      value: null,
      low: null,
      high: null,
      unit: '',
      date: '',
      msmt: fromReport(data, r.sources),
      sources: sourceNames(data, r.sources, lang).join('; '),
      sourceUrls: sourceUrls(data, r.sources).join(' '),
    })),
    ...data.places.map((p) => ({
      id: p.id,
      kind: 'place' as const,
      // Coordinates in the label: the record's number fields are for figures, not positions.
      label: `${p.name[lang]} (${p.lat}, ${p.lon})`,
      qualifier: p.approximate ? 'approximate' : 'sourced',
      value: null,
      low: null,
      high: null,
      unit: '',
      date: '',
      msmt: fromReport(data, p.sources),
      sources: sourceNames(data, p.sources, lang).join('; '),
      sourceUrls: sourceUrls(data, p.sources).join(' '),
    })),
  ],
};
