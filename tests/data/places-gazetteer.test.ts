/**
 * The map's places against the GeoNames gazetteer: well-known cities are drawn at their gazetteer
 * coordinates with the record cited, and only places with no record stay "approximate".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  distanceKm,
  geonamesIds,
  loadGazetteer,
  placeProblems,
  type Gazetteer,
} from '../../scripts/geo/gazetteer.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const data = loadDatasetFile();
let gazetteer: Gazetteer;

beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function withPlace(id: string, change: (p: Dataset['places'][number]) => void): Dataset {
  const copy = structuredClone(data);
  const place = copy.places.find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id} in the dataset`);
  change(place);
  return copy;
}

describe('places and the GeoNames gazetteer', () => {
  it('every place drawn as exact sits on its cited GeoNames record', () => {
    expect(placeProblems(data, gazetteer)).toEqual([]);
  });

  it('draws the well-known cities as exact, each citing its record', () => {
    const cities = [
      'pyongyang',
      'vladivostok',
      'kursk',
      'chongjin',
      'hamhung',
      'rajin',
      'kyiv',
      'zaporizhzhia',
      'sudzha',
      'tikhoretsk',
      'krasnoyarsk',
    ];
    for (const id of cities) {
      const place = data.places.find((p) => p.id === id);
      expect(place?.approximate, id).toBe(false);
      expect(geonamesIds(data, place?.sources ?? []), id).toHaveLength(1);
    }
  });

  it('keeps ports, border stations and sites without a record approximate', () => {
    for (const id of ['dunai', 'vostochny', 'khasan', 'tumangang', 'alabuga']) {
      const place = data.places.find((p) => p.id === id);
      if (place) expect(place.approximate, id).toBe(true);
    }
  });

  it('names each GeoNames source after its record, with the record’s own page as url', () => {
    const sources = data.sources.filter((s) => s.publisher === 'GeoNames');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const id = /^geonames-(\d+)$/.exec(s.id)?.[1];
      expect(id, s.id).toBeDefined();
      expect(s.url).toBe(`https://www.geonames.org/${id}`);
      expect(s.title).toContain(`record ${id}`);
      expect(gazetteer(Number(id)), s.id).toBeDefined();
    }
  });

  it('reports a place moved off its record, with the distance', () => {
    const moved = withPlace('vladivostok', (p) => {
      p.lat += 0.05;
    });
    const problems = placeProblems(moved, gazetteer);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^places\[\d+\] \(vladivostok\): .* is 5\.6 km from GeoNames 2013348/,
    );
  });

  it('reports an exact place without a record, and a record in another country', () => {
    const uncited = withPlace('kursk', (p) => {
      p.sources = p.sources.filter((s) => !s.startsWith('geonames-'));
    });
    expect(placeProblems(uncited, gazetteer)).toEqual([
      expect.stringMatching(/\(kursk\): drawn as exact, .* found 0; cite the record/),
    ]);
    const noRecord = withPlace('tumangang', (p) => {
      p.approximate = false;
    });
    expect(placeProblems(noRecord, gazetteer)).toEqual([
      expect.stringMatching(/\(tumangang\): drawn as exact/),
    ]);
    const wrongCountry = withPlace('kyiv', (p) => {
      p.country = 'RU';
    });
    expect(placeProblems(wrongCountry, gazetteer)).toEqual([
      expect.stringMatching(/\(kyiv\): country RU, but GeoNames 703448 \(Kyiv\) is in UA/),
    ]);
  });

  it('measures great-circle distance in km', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.6, 1);
  });
});
