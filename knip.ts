/**
 * knip (part of `npm run lint`): every file, export and dependency must be used by something that
 * ships, builds or tests the piece. Entry points beyond what knip's Vite/Vitest/ESLint plugins find
 * on their own are listed here, each with why.
 */
import type { KnipConfig } from 'knip';

/**
 * `@import` and `url('…')` in CSS are imports Vite resolves (the generated fonts.css, the
 * self-hosted fonts); knip does not read CSS.
 */
const cssUrlImports = (text: string): string =>
  [
    ...[...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, spec]) => spec),
    ...[...text.matchAll(/url\(\s*['"]?([^'")]+?)['"]?\s*\)/g)]
      .map(([, spec]) => spec)
      .filter((spec) => !!spec && !/^(data:|#|\.|\/|https?:)/.test(spec)),
  ]
    .filter((spec): spec is string => !!spec)
    .map((spec) => `import '${spec}';`)
    .join('\n');

const config: KnipConfig = {
  entry: [
    // npm scripts run these with tsx; the build and the bench start from them.
    'scripts/*.ts',
    // The build bundles it with Vite in SSR mode (scripts/build.ts) and calls its exports.
    'src/ssr.tsx',
    // The client bundles' chart registry: scripts/vite/lazy-charts-plugin.ts resolves imports of
    // src/charts/registry.ts to it, so it must offer the same exports.
    'src/charts/registry.lazy.tsx',
  ],
  project: ['**/*.{ts,tsx,mjs,js,css}', '!dist/**', '!bench/raw/**'],
  // The browser tests have their own Vitest config (tests/browser/run.ts passes it).
  vitest: { config: ['vite.config.ts', 'tests/browser/vitest.config.ts'] },
  compilers: { css: cssUrlImports },
  ignoreExportsUsedInFile: true,
};

export default config;
