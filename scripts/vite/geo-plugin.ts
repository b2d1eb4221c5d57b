/**
 * src/charts/routes/region-geo.ts: the routes map's country outlines, clipped, simplified and
 * projected at build time (scripts/geo/region-geo.ts), served in place of that file's stand-in, so
 * the browser gets a few kilobytes of path data instead of the world atlas.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildRegionGeo } from '../geo/region-geo.ts';

const MODULE = resolve(import.meta.dirname, '../../src/charts/routes/region-geo.ts');

export function geoPlugin(): Plugin {
  let cached: string | undefined;
  return {
    name: 'msmt-region-geo',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== MODULE) return undefined;
      cached ??= `export default ${JSON.stringify(buildRegionGeo())};`;
      return cached;
    },
  };
}
