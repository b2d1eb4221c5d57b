/**
 * Test dataset for the ammunition, missiles, artillery and routes charts: figures as in
 * /work/shared/facts (FACTS.md, CHECK.md wins), written before data/transfers.json landed.
 * `testData()` prefers the real dataset when it exists, so the tests also guard the shipped data.
 */
import { existsSync } from 'node:fs';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { dataset, type Dataset, type Estimate } from '../../src/data/schema.ts';

const src = (id: string, publisher: string, date: string) => ({
  id,
  publisher,
  title: `${publisher} report`,
  url: `https://example.org/${id}`,
  date,
});

/** The country or kind an estimator's English name points to, as the dataset records it. */
function originOf(estimator: string, msmt: boolean): Estimate['origin'] {
  if (msmt) return 'msmt';
  if (/Ukrain|HUR|Budanov|Zelensky/.test(estimator)) return 'ukraine';
  if (/Pentagon|US |Kirby/.test(estimator)) return 'united-states';
  if (/UK /.test(estimator)) return 'united-kingdom';
  if (/Reuters|Washington Post|Open Source/.test(estimator)) return 'independent';
  return 'south-korea';
}

const est = (
  e: Omit<Estimate, 'confidence' | 'msmt' | 'basis' | 'sources' | 'origin'> &
    Partial<Pick<Estimate, 'basis' | 'msmt' | 'sources' | 'origin'>>,
): Estimate => ({
  confidence: 'medium',
  msmt: false,
  basis: 'count',
  sources: ['src-other'],
  origin: originOf(e.estimator.en, e.msmt ?? false),
  ...e,
});

const l = (de: string, en: string) => ({ de, en });

export const fixture: Dataset = dataset.parse({
  $schema: './transfers.schema.json',
  meta: {
    title: l('Titel', 'Title'),
    description: l('Beschreibung', 'Description'),
    updated: '2025-09-10',
    version: 1,
    changelog: [],
    report: {
      title: 'Unlawful Military Cooperation',
      publisher: 'MSMT',
      date: '2025-05-29',
      sources: ['msmt-report'],
    },
  },
  sources: [
    src('msmt-report', 'MSMT', '2025-05-29'),
    src('reuters', 'Reuters', '2025-05-29'),
    src('src-other', 'Yonhap', '2024-11-01'),
  ],
  transfers: [
    {
      id: 'artillery-ammunition',
      direction: 'dprk-to-russia',
      category: 'artillery-ammunition',
      label: l('Artillerie- und Raketenwerfermunition', 'Artillery and rocket ammunition'),
      quantity: { qualifier: 'up-to-about', value: 9_000_000 },
      unit: 'rounds',
      period: { start: '2024-01', end: '2024-12' },
      inReport: true,
      sources: ['msmt-report', 'reuters'],
      confidence: 'high',
    },
    {
      id: 'ammunition-voyages',
      direction: 'dprk-to-russia',
      category: 'munitions-shipments',
      label: l('Schiffsfahrten mit Munition', 'Voyages carrying munitions'),
      quantity: { qualifier: 'exact', value: 49 },
      unit: 'voyages',
      period: { start: '2024-01', end: '2024-12' },
      inReport: true,
      sources: ['msmt-report'],
      confidence: 'high',
    },
    {
      id: 'munitions-containers',
      direction: 'dprk-to-russia',
      category: 'munitions-shipments',
      label: l('Container mit Munition und Material', 'Containers of munitions and materiel'),
      quantity: { qualifier: 'over', value: 20_000 },
      unit: 'containers',
      period: { start: '2023-09', end: '2025-04' },
      inReport: true,
      sources: ['msmt-report'],
      confidence: 'high',
    },
    {
      id: 'ballistic-missiles',
      direction: 'dprk-to-russia',
      category: 'ballistic-missiles',
      label: l('Ballistische Raketen', 'Ballistic missiles'),
      quantity: { qualifier: 'at-least', value: 100 },
      unit: 'missiles',
      period: { start: '2023-09', end: '2025-04' },
      inReport: true,
      sources: ['msmt-report'],
      confidence: 'high',
    },
    {
      id: 'artillery-systems',
      direction: 'dprk-to-russia',
      category: 'artillery-systems',
      label: l('Schwere Artilleriesysteme', 'Heavy artillery pieces'),
      quantity: { qualifier: 'over', value: 200 },
      unit: 'pieces',
      period: { start: '2024-01', end: '2024-12' },
      inReport: true,
      sources: ['msmt-report'],
      note: l('Genug für etwa drei Brigaden.', 'Enough for about three brigades.'),
      confidence: 'high',
    },
    {
      id: 'refined-oil',
      direction: 'russia-to-dprk',
      category: 'refined-oil',
      label: l('Raffinierte Ölprodukte', 'Refined oil products'),
      quantity: { qualifier: 'over', value: 1_000_000 },
      unit: 'barrels',
      period: { start: '2024-03', end: '2024-10' },
      inReport: true,
      sources: ['msmt-report'],
      confidence: 'high',
    },
  ],
  totals: [],
  estimates: [
    est({
      id: 'ammo-mnd-2024-02',
      topic: 'artillery-ammunition',
      estimator: l('Südkoreas Verteidigungsministerium', 'South Korea’s defence ministry'),
      label: l('6.700 Container, umgerechnet', '6,700 containers, converted'),
      quantity: { qualifier: 'over', value: 3_000_000 },
      unit: 'rounds',
      date: '2024-02',
      basis: 'conversion',
    }),
    est({
      id: 'ammo-wapo-2024-06',
      topic: 'artillery-ammunition',
      estimator: l('Washington Post/C4ADS', 'Washington Post/C4ADS'),
      label: l('74.000 t Sprengstoff', '74,000 t of explosives'),
      quantity: { qualifier: 'about', value: 1_600_000 },
      unit: 'rounds',
      date: '2024-06',
      basis: 'conversion',
    }),
    est({
      id: 'ammo-shin-2024-06',
      topic: 'artillery-ammunition',
      estimator: l('Verteidigungsminister Shin Won-sik', 'Defence minister Shin Won-sik'),
      label: l('über 10.000 Container', 'over 10,000 containers'),
      quantity: { qualifier: 'up-to', value: 4_800_000 },
      unit: 'rounds',
      date: '2024-06',
      basis: 'conversion',
    }),
    est({
      id: 'ammo-intel-2024-08',
      topic: 'artillery-ammunition',
      estimator: l('Südkoreas Militärgeheimdienst', 'South Korean military intelligence'),
      label: l('über 13.000 Container', 'over 13,000 containers'),
      quantity: { qualifier: 'over', value: 6_000_000 },
      unit: 'rounds',
      date: '2024-08',
      basis: 'conversion',
    }),
    est({
      id: 'ammo-dia-2025-07',
      topic: 'artillery-ammunition',
      estimator: l('Südkoreas DIA', 'South Korea’s DIA'),
      label: l('rund 28.000 Container', 'about 28,000 containers'),
      quantity: { qualifier: 'over', value: 12_000_000 },
      unit: 'rounds',
      date: '2025-07',
      basis: 'conversion',
    }),
    est({
      id: 'bm-kirby-2024-01',
      topic: 'ballistic-missiles',
      estimator: l('US-Regierung (Kirby)', 'US government (Kirby)'),
      label: l('geliefert', 'supplied'),
      quantity: { qualifier: 'not-quantified', wording: l('mehrere Dutzend', 'several dozen') },
      unit: 'missiles',
      date: '2024-01',
    }),
    est({
      id: 'bm-pgo-2024-02',
      topic: 'ballistic-missiles',
      estimator: l('Ukrainische Generalstaatsanwaltschaft', 'Ukraine’s Prosecutor General'),
      label: l('abgefeuert', 'fired'),
      quantity: { qualifier: 'at-least', value: 24 },
      unit: 'missiles',
      date: '2024-02',
    }),
    est({
      id: 'bm-pgo-2024-05',
      topic: 'ballistic-missiles',
      estimator: l('Ukrainische Generalstaatsanwaltschaft', 'Ukraine’s Prosecutor General'),
      label: l('abgefeuert', 'fired'),
      quantity: { qualifier: 'about', value: 50 },
      unit: 'missiles',
      date: '2024-05',
    }),
    est({
      id: 'bm-gur-2024-12-supplied',
      topic: 'ballistic-missiles',
      estimator: l('Ukrainischer Militärgeheimdienst', 'Ukrainian military intelligence'),
      label: l('geliefert', 'supplied'),
      quantity: { qualifier: 'exact', value: 100 },
      unit: 'missiles',
      date: '2024-12',
    }),
    est({
      id: 'bm-gur-2024-12-fired',
      topic: 'ballistic-missiles',
      estimator: l('Ukrainischer Militärgeheimdienst', 'Ukrainian military intelligence'),
      label: l('abgefeuert', 'fired'),
      quantity: { qualifier: 'about', value: 60 },
      unit: 'missiles',
      date: '2024-12',
    }),
    est({
      id: 'bm-budanov-2025-01',
      topic: 'ballistic-missiles',
      estimator: l('Budanow (HUR)', 'Budanov (HUR)'),
      label: l('KN-23 geliefert 2024', 'KN-23 supplied in 2024'),
      quantity: { qualifier: 'exact', value: 148 },
      unit: 'missiles',
      date: '2025-01-23',
    }),
    est({
      id: 'art-ft-2024-11-spg',
      topic: 'artillery-systems',
      estimator: l('Ukrainischer Geheimdienst (FT)', 'Ukrainian intelligence (FT)'),
      label: l('Koksan-Selbstfahrlafetten', 'Koksan self-propelled guns'),
      quantity: { qualifier: 'about', value: 50 },
      unit: 'systems',
      date: '2024-11-16',
      group: 'art-ft-2024-11',
    }),
    est({
      id: 'art-ft-2024-11-mrl',
      topic: 'artillery-systems',
      estimator: l('Ukrainischer Geheimdienst (FT)', 'Ukrainian intelligence (FT)'),
      label: l('240-mm-Raketenwerfer', '240 mm rocket launchers'),
      quantity: { qualifier: 'about', value: 20 },
      unit: 'systems',
      date: '2024-11-16',
      group: 'art-ft-2024-11',
    }),
    est({
      id: 'art-nsa-2024-11',
      topic: 'artillery-systems',
      estimator: l('Südkoreas Sicherheitsberater', 'South Korea’s national security adviser'),
      label: l('Systeme', 'systems'),
      quantity: { qualifier: 'exact', value: 160 },
      unit: 'systems',
      date: '2024-11',
    }),
    est({
      id: 'art-ccd-2024-11',
      topic: 'artillery-systems',
      estimator: l(
        'Ukrainisches Zentrum gegen Desinformation',
        'Ukraine’s Centre for Countering Disinformation',
      ),
      label: l('Systeme', 'systems'),
      quantity: { qualifier: 'about', value: 100 },
      unit: 'systems',
      date: '2024-11-30',
    }),
    est({
      id: 'art-budanov-2025-01-spg',
      topic: 'artillery-systems',
      estimator: l('Budanow (HUR)', 'Budanov (HUR)'),
      label: l('M1989 (170 mm)', 'M1989 (170 mm)'),
      quantity: { qualifier: 'exact', value: 120 },
      unit: 'systems',
      date: '2025-01',
      group: 'art-budanov-2025-01',
    }),
    est({
      id: 'art-budanov-2025-01-mrl',
      topic: 'artillery-systems',
      estimator: l('Budanow (HUR)', 'Budanov (HUR)'),
      label: l('M1991 (240 mm)', 'M1991 (240 mm)'),
      quantity: { qualifier: 'exact', value: 120 },
      unit: 'systems',
      date: '2025-01',
      group: 'art-budanov-2025-01',
    }),
    est({
      id: 'art-mnd-2025-02',
      topic: 'artillery-systems',
      estimator: l('Südkoreas Verteidigungsministerium', 'South Korea’s defence ministry'),
      label: l('Langstreckenartillerie', 'long-range artillery'),
      quantity: { qualifier: 'exact', value: 200 },
      unit: 'systems',
      date: '2025-02-11',
    }),
    est({
      id: 'art-jcs-2025-03',
      topic: 'artillery-systems',
      estimator: l('Südkoreas Generalstab (JCS)', 'South Korea’s Joint Chiefs (JCS)'),
      label: l('170-mm-Geschütze und 240-mm-Raketenwerfer', '170 mm guns and 240 mm launchers'),
      quantity: { qualifier: 'about', value: 220 },
      unit: 'systems',
      date: '2025-03-27',
    }),
  ],
  places: [
    place('pyongyang', 'Pjöngjang', 'Pyongyang', 'KP', 39.03, 125.75, true),
    place('rajin', 'Rajin', 'Rajin', 'KP', 42.2271, 130.2826, false),
    place('tumangang', 'Tumangang', 'Tumangang', 'KP', 42.4217, 130.6026, false),
    place('khasan', 'Chassan', 'Khasan', 'RU', 42.43, 130.64, true),
    place('vladivostok', 'Wladiwostok', 'Vladivostok', 'RU', 43.12, 131.89, true),
    place('dunai', 'Dunai', 'Dunai', 'RU', 42.88, 132.35, true),
    place('vostochny', 'Wostotschny', 'Vostochny', 'RU', 42.76, 133.07, true),
    place('tikhoretsk', 'Tichorezk', 'Tikhoretsk', 'RU', 45.85, 40.13, true),
    place('kursk', 'Kursk (Front)', 'Kursk (front)', 'RU', 51.19, 35.27, true),
  ],
  routes: [
    route('sea-rajin-dunai', 'sea', 'dprk-to-russia', ['rajin', 'dunai'], 'Seeweg', 'Sea route'),
    route(
      'sea-rajin-vostochny',
      'sea',
      'dprk-to-russia',
      ['rajin', 'vostochny'],
      'Seeweg',
      'Sea route',
    ),
    route(
      'rail-tumangang-khasan',
      'rail',
      'dprk-to-russia',
      ['tumangang', 'khasan'],
      'Bahnbrücke',
      'Rail bridge',
    ),
    route(
      'air-pyongyang-vladivostok',
      'air',
      'dprk-to-russia',
      ['pyongyang', 'vladivostok'],
      'Luftbrücke',
      'Air route',
    ),
    route(
      'rail-vostochny-tikhoretsk',
      'rail',
      'dprk-to-russia',
      ['vostochny', 'tikhoretsk', 'kursk'],
      'Bahn zur Front',
      'Rail to the front',
    ),
    route('oil-vostochny-rajin', 'sea', 'russia-to-dprk', ['vostochny', 'rajin'], 'Öl', 'Oil'),
  ],
});

function place(
  id: string,
  de: string,
  en: string,
  country: 'KP' | 'RU' | 'UA',
  lat: number,
  lon: number,
  approximate: boolean,
) {
  return {
    id,
    name: l(de, en),
    country,
    lat,
    lon,
    approximate,
    role: l('Rolle', 'Role'),
    sources: ['msmt-report'],
  };
}

function route(
  id: string,
  mode: 'sea' | 'rail' | 'air' | 'road',
  direction: 'dprk-to-russia' | 'russia-to-dprk',
  stops: string[],
  de: string,
  en: string,
) {
  return {
    id,
    mode,
    direction,
    stops,
    label: l(de, en),
    carries: l('Munition', 'Munitions'),
    sources: ['msmt-report'],
    confidence: 'high',
  };
}

/** The shipped dataset when it exists, else the fixture. */
export function testData(): Dataset {
  return existsSync('data/transfers.json') ? loadDatasetFile('data/transfers.json') : fixture;
}
