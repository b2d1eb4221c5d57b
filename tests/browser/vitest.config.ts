/**
 * Vitest config for the real-browser tests (tests/browser/run.ts runs it after a build). Kept apart
 * from the unit config in vite.config.ts: node environment, generous timeouts, one Chromium and one
 * server for dist/ shared by every file (./global-setup.ts). Two files at a time, since most of a
 * browser test is waiting on the page; the files that time the page against the clock (a message
 * flood's rate, kills at fractions of an import's run, a dev server's start) run afterwards, alone.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Files that measure against the clock, so a neighbour's load would change what they measure. */
const ALONE = [
  'tests/browser/embed-host.test.ts',
  'tests/browser/sheets-atomic.test.ts',
  'tests/browser/dev-data.test.ts',
];

const common = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 120_000,
  env: { TZ: 'UTC' },
} as const;

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    reporters: ['default'],
    globalSetup: ['tests/browser/global-setup.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ALONE,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...common,
          name: 'browser-alone',
          include: ALONE,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
