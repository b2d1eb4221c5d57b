/**
 * npm run build: validate the data, build the client, build the server entry, prerender every page,
 * then the extra artefacts (downloads, embed host script, share images). Fails on the first error
 * with a message that names the file and what to fix.
 */
// Must stay the first import: React picks its development or production build when first loaded.
import './build/production-env.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { DatasetError, formatProblem } from '../src/data/check.ts';
import { loadDatasetFile } from '../src/data/load-file.ts';
import type { Dataset } from '../src/data/schema.ts';
import { NO_SITE_URL_WARNING, siteBase } from '../src/pages/site-url.ts';
import type { PageSpec } from '../src/pages/types.ts';
import { FIGURE_STYLESHEETS } from '../src/story/figure-path.ts';
import { withFigureFonts } from './build/figure-fonts.ts';
import { prerender } from './build/prerender.ts';
import { postBuildSteps } from './build/steps.ts';
import { writeDistFiles } from './build/write-files.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules/.cache/msmt-ssr');

/** What a static figure file needs of the page's CSS: the colour tokens and the chart rules. */
function figureCss(projectRoot: string): string {
  return FIGURE_STYLESHEETS.map((f) =>
    readFileSync(join(projectRoot, 'src/styles', f), 'utf8'),
  ).join('\n');
}

async function main() {
  const started = performance.now();
  // A wrong SITE_URL stops the build here, with what is wrong; a missing one only warns.
  if (!siteBase(process.env.SITE_URL)) console.warn(`Warning: ${NO_SITE_URL_WARNING}`);
  let data: Dataset;
  try {
    data = loadDatasetFile(join(root, 'data/transfers.json'));
  } catch (error) {
    if (error instanceof DatasetError) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(`\nBuild stopped: the dataset has ${error.problems.length} problem(s).`);
      process.exit(1);
    }
    throw error;
  }

  await build({ root, logLevel: 'warn' });
  await build({
    root,
    logLevel: 'warn',
    build: {
      ssr: 'src/ssr.tsx',
      outDir: ssrOut,
      emptyOutDir: true,
      rollupOptions: { input: 'src/ssr.tsx' },
    },
  });
  const ssr = (await import(pathToFileURL(join(ssrOut, 'ssr.js')).href)) as {
    pages(d: Dataset): PageSpec[];
    files(d: Dataset, css: string): { out: string; content: string }[];
  };
  const written = prerender(dist, ssr.pages(data));
  const figures = ssr.files(data, figureCss(root));
  const withFonts = await withFigureFonts(
    root,
    figures.map((f) => f.content),
  );
  writeDistFiles(
    dist,
    figures.map((f, i) => [f.out, withFonts[i]!] as const),
  );
  rmSync(join(dist, 'src'), { recursive: true, force: true });

  for (const step of postBuildSteps) await step.run({ root, dist, data });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`Built ${written.length} pages into dist/ in ${seconds} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
