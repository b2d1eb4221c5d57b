/**
 * src/charts/routes/region-geo.ts: the routes map's country outlines, clipped, simplified and
 * projected at build time (scripts/geo/region-geo.ts), served in place of that file's stand-in, so
 * the browser gets a few kilobytes of path data instead of the world atlas. In the browser build
 * the outlines are a JSON file the module fetches (top-level await, so importers see the data as
 * before): JSON.parse instead of a script to parse, and not part of the chart's JS. The server
 * build, the dev server and the tests get them inline.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildRegionGeo } from '../geo/region-geo.ts';

const MODULE = resolve(import.meta.dirname, '../../src/charts/routes/region-geo.ts');

export function geoPlugin(): Plugin {
  let json: string | undefined;
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'msmt-region-geo',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    load(id, options) {
      if (id.split('?')[0] !== MODULE) return undefined;
      json ??= JSON.stringify(buildRegionGeo());
      if (command === 'serve' || options?.ssr) return `export default ${json};`;
      const ref = this.emitFile({ type: 'asset', name: 'region-geo.json', source: json });
      return [
        `const response = await fetch(import.meta.ROLLUP_FILE_URL_${ref});`,
        'if (!response.ok) throw new Error(`routes map: region-geo.json answered ${response.status}`);',
        'export default await response.json();',
      ].join('\n');
    },
  };
}
