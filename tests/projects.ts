/**
 * How `vitest run` splits the unit tests into projects (vite.config.ts).
 *
 * Most files share their worker's modules (`isolate: false`): importing React, the schema and the
 * charts again for each of ~100 files was a third of the suite's time. A file that mocks a module
 * or replaces a global runs isolated, so what it changes reaches no other file;
 * tests/build/test-projects.test.ts fails when a file does either and is not listed here.
 */

/** Mocks a module, or replaces a global, an environment variable or a built-in's method. */
export const NEEDS_ISOLATION =
  /vi\.(mock|doMock|unmock|stubGlobal|stubEnv|spyOn|useFakeTimers|resetModules)\(|\b(globalThis|window|global)\.\w+ = |Object\.defineProperty\((globalThis|window|navigator|document)\b/;

export const ISOLATED_FILES = [
  'tests/charts/ChartFigure.test.tsx',
  'tests/charts/ssr-console.test.tsx',
  'tests/embed/EmbedDialog.test.tsx',
  'tests/embed/host-script.test.ts',
  'tests/embed/resize.test.ts',
  'tests/scrolly/after-frame.test.ts',
  'tests/scrolly/useScrollEngine.test.tsx',
  'tests/security/error-boundary.test.tsx',
  'tests/story/scrolly-graphic.test.tsx',
];

/**
 * Files that only server-render charts and pages, many times over (fuzzed and hostile datasets).
 * They run React as the build does, in production mode: React's development build records an owner
 * stack for every element, which made these files three times slower, and the warnings it adds are
 * the business of tests/charts/ssr-console.test.tsx. React's production build has no `act`, so
 * nothing here may use Testing Library (checked by the same test).
 */
export const SERVER_RENDER_FILES = [
  'tests/fuzz/dataset-mutations.test.ts',
  'tests/security/hostile-render.test.ts',
  'tests/security/long-and-bidi.test.ts',
];
