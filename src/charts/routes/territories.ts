/**
 * Territory that the map draws as the country it belongs to, not as the country that holds it.
 *
 * The outlines come from Natural Earth (via world-atlas), which draws borders as they are
 * controlled: Crimea is a polygon of Russia there. This piece follows German and most Western
 * newsrooms: Crimea is Ukrainian territory under Russian occupation, drawn hatched with a legend
 * line. The build step (scripts/geo/region-geo.ts) takes the polygon that contains `anchor` out of
 * `heldBy` and ships it as a shape of its own. The areas of Donetsk, Luhansk, Zaporizhzhia and
 * Kherson that Russia occupies are inside Ukraine's outline in Natural Earth already; the map
 * draws no front line.
 */
import type { LocalText } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';

export interface OccupiedTerritory {
  id: string;
  /** world-atlas name of the country whose outline contains it. */
  heldBy: string;
  /** world-atlas name of the country it belongs to. */
  belongsTo: string;
  /** [lon, lat] of a place inside it, by which the build finds its polygon. */
  anchor: [number, number];
  name: LocalText;
  /** What it is, for the legend line ("name: status") and the data table. */
  status: LocalText;
  /** Dataset source ids for its status. */
  sources: string[];
}

export const OCCUPIED: readonly OccupiedTerritory[] = [
  {
    id: 'crimea',
    heldBy: 'Russia',
    belongsTo: 'Ukraine',
    // Simferopol (GeoNames 693805).
    anchor: [34.11079, 44.95719],
    name: { de: 'Krim', en: 'Crimea' },
    status: {
      de: 'seit 2014 von Russland besetztes Gebiet der Ukraine',
      en: 'Ukrainian territory occupied by Russia since 2014',
    },
    sources: ['un-ga-2014-03-27'],
  },
];

/** The legend line: "Krim: seit 2014 von Russland besetztes Gebiet der Ukraine". */
export function legendText(t: OccupiedTerritory, lang: Lang): string {
  return `${t.name[lang]}: ${t.status[lang]}`;
}
