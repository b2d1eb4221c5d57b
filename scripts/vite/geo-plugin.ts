/**
 * `virtual:region-geo`: the routes map's country outlines, clipped, simplified and projected at
 * build time (scripts/geo/region-geo.ts), so the browser gets a few kilobytes of path data instead
 * of the world atlas.
 */
import type { Plugin } from 'vite';
import { buildRegionGeo } from '../geo/region-geo.ts';

const VIRTUAL_ID = 'virtual:region-geo';
const RESOLVED_ID = '\0virtual:region-geo';

export function geoPlugin(): Plugin {
  let cached: string | undefined;
  return {
    name: 'msmt-region-geo',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      cached ??= `export default ${JSON.stringify(buildRegionGeo())};`;
      return cached;
    },
  };
}
