/**
 * Vitest config for the real-browser tests (tests/browser/run.ts runs it after a build). Kept apart
 * from the unit config in vite.config.ts: node environment, one file at a time (Chromium is heavy
 * on two shared cores), generous timeouts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    reporters: ['default'],
  },
});
