/**
 * Vitest config for the real-browser tests (tests/browser/run.ts runs it after a build). Kept apart
 * from the unit config in vite.config.ts: node environment, generous timeouts, one Chromium and one
 * server for dist/ shared by every file (./global-setup.ts). Two files at a time, since most of a
 * browser test is waiting on the page; the files that time the page against the clock (a message
 * flood's rate, kills at fractions of an import's run, a dev server's start) run afterwards, alone.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that measure against the clock, so a neighbour's load would change what they measure. */
const ALONE = [
  'tests/browser/embed-host.test.ts',
  'tests/browser/sheets-atomic.test.ts',
  'tests/browser/dev-data.test.ts',
];

/**
 * The files that take minutes, longest first (measured 2026-12-07). Vitest starts files largest
 * first until it has timings of its own, so on a fresh clone a short file with a long run (the
 * every-pixel height sweep) would start last and run alone while the other worker idles.
 */
const SLOW_FIRST = [
  'embed-fixed-height',
  'pages-axe',
  'story',
  'keyboard',
  'embed-render',
  'pages-csp',
  'embed-page',
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    const group = (file: TestSpecification) => file.project.config.sequence.groupOrder;
    // Stable: the rest keep Vitest's own order.
    return (await super.sort(files)).sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowFirstSequencer },
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
