import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './scripts/vite/dataset-plugin.ts';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { entryOnDemandPlugin } from './scripts/vite/entry-on-demand.ts';
import { storyPlugin } from './scripts/vite/story-plugin.ts';
import { geoPlugin } from './scripts/vite/geo-plugin.ts';
import { lazyChartsPlugin } from './scripts/vite/lazy-charts-plugin.ts';
import { fontSubsetPlugin } from './scripts/vite/font-subset-plugin.ts';
import { devStoryPlugin } from './scripts/vite/dev-story-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  // Relative asset paths, so dist/ can be published under any folder of any static host.
  base: './',
  plugins: [
    react(),
    datasetPlugin(),
    storyPlugin(),
    geoPlugin(),
    lazyChartsPlugin(),
    fontSubsetPlugin(),
    // Before the CSP: the policy allows the inline script this one adds, by its hash.
    entryOnDemandPlugin((file) => file === resolve(root, 'src/pages/embed.html')),
    cspPlugin(),
    devStoryPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        story: resolve(root, 'index.html'),
        embed: resolve(root, 'src/pages/embed.html'),
        newsroom: resolve(root, 'src/pages/newsroom.html'),
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    // One test file per core: Vitest's default leaves one core to its main process, which idles
    // here, so on a 2-core machine the suite would run one file at a time.
    maxWorkers: availableParallelism(),
  },
});
