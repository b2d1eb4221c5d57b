/**
 * The routes map's country outlines, clipped, simplified and projected at build time
 * (scripts/geo/region-geo.ts). What this file says is never run: scripts/vite/geo-plugin.ts serves
 * the built outlines in its place, so the browser gets a few kilobytes of path data instead of the
 * world atlas. A real file rather than a `virtual:` id, so tools that bundle without the project's
 * plugins (Vite bundling its own config, which reaches the charts' definitions) can follow it.
 */
import type { RegionGeo } from './projection.ts';

function servedByThePlugin(): never {
  throw new Error(
    'src/charts/routes/region-geo.ts is built by scripts/vite/geo-plugin.ts: load it through Vite',
  );
}

const built: RegionGeo = servedByThePlugin();
export default built;
