/**
 * Client builds only: imports of src/charts/registry.ts resolve to registry.lazy.tsx, which loads
 * each chart's drawing code on demand (one chunk per chart). The SSR build, the dev server and
 * vitest keep the static registry, so prerendering and component tests render synchronously.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const STATIC = resolve(root, 'src/charts/registry.ts');
const LAZY = resolve(root, 'src/charts/registry.lazy.tsx');

export function lazyChartsPlugin(): Plugin {
  return {
    name: 'msmt-lazy-charts',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options.ssr || !importer || !source.endsWith('registry.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === STATIC ? LAZY : null;
    },
  };
}
