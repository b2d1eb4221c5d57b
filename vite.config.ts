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
import { ISOLATED_FILES, SERVER_RENDER_FILES } from './tests/projects.ts';

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
    setupFiles: ['tests/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    // One test file per core: Vitest's default leaves one core to its main process, which idles
    // here, so on a 2-core machine the suite would run one file at a time.
    maxWorkers: availableParallelism(),
    // The split, and why: tests/projects.ts.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          isolate: false,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [
            'tests/browser/**',
            'node_modules/**',
            ...ISOLATED_FILES,
            ...SERVER_RENDER_FILES,
          ],
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', environment: 'node', include: ISOLATED_FILES },
      },
      {
        extends: true,
        // The charts' JSX compiled as the build compiles it (jsx, not jsxDEV), for React's build.
        oxc: { jsx: { runtime: 'automatic', development: false } },
        test: {
          name: 'server-render',
          environment: 'node',
          isolate: false,
          include: SERVER_RENDER_FILES,
          env: { TZ: 'UTC', NODE_ENV: 'production' },
        },
      },
    ],
  },
});
