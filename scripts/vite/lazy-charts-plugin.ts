/**
 * Client code, built or served by the dev server: imports of src/charts/registry.ts resolve to
 * registry.lazy.tsx, which loads each chart's drawing code on demand (one chunk per chart). Server
 * rendering (the SSR build, the dev server's prerender) and vitest keep the static registry, so
 * prerendering and component tests render synchronously.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const STATIC = resolve(root, 'src/charts/registry.ts');
const LAZY = resolve(root, 'src/charts/registry.lazy.tsx');

export function lazyChartsPlugin(): Plugin {
  return {
    name: 'msmt-lazy-charts',
    // Vitest runs in mode 'test' (a dev server spawned by a browser test runs in 'development').
    apply: (_config, env) => env.command === 'build' || env.mode !== 'test',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options.ssr || !importer || !source.endsWith('registry.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === STATIC ? LAZY : null;
    },
  };
}
