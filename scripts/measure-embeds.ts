/**
 * npm run measure:embeds: measure every built embed page (every dist/embed/…/index.html) at every frame
 * width from 280 to 1280 px in Chromium and write src/embed/fixed-heights.json, the heights the
 * fixed-height embed code, oEmbed and AMP use (src/embed/fixed-height.ts). Run after `npm run
 * build` when the charts, their text or the data change; the browser tests say when it is due.
 * `-- --step 4` measures every fourth pixel (quicker, for a look; the file says so).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fixedHeightFor, type FixedHeights } from '../src/embed/fixed-height.ts';
import { pageTextHash } from './build/fixed-heights-check.ts';
import { CHROMIUM_ARGS, DIST, ROOT, findChromium, serveDir } from '../tests/browser/harness.ts';
import {
  SWEEP_FROM,
  SWEEP_TO,
  embedPageDirs,
  openSweepPage,
  sweepHeights,
} from '../tests/browser/height-sweep.ts';

async function main() {
  const stepArg = process.argv.indexOf('--step');
  const step = stepArg > 0 ? Math.max(1, Number(process.argv[stepArg + 1]) || 1) : 1;
  if (!existsSync(join(DIST, 'embed'))) {
    console.error('measure:embeds: dist/embed is missing; run `npm run build` first.');
    process.exit(1);
  }
  const server = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const pages: Record<string, number> = {};
  const text: Record<string, string> = {};
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 } })
    ).newPage();
    await openSweepPage(page, server.origin);
    for (const dir of embedPageDirs(DIST)) {
      const sweep = await sweepHeights(page, dir, step);
      if (sweep.labelsChangedHeight.length > 0)
        throw new Error(
          `${dir}: hiding the chart's labels changed the page's height (${JSON.stringify(sweep.labelsChangedHeight.slice(0, 3))}), so the sweep's shortcut does not hold for this page; see tests/browser/height-sweep.ts.`,
        );
      pages[dir] = fixedHeightFor(sweep.max);
      text[dir] = pageTextHash(readFileSync(join(DIST, dir, 'index.html'), 'utf8'));
      console.info(
        `${dir}: tallest ${sweep.max.toFixed(1)} px at ${sweep.at} px wide → ${pages[dir]} px`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table: FixedHeights & { step: number; text: Record<string, string> } = {
    widths: [SWEEP_FROM, SWEEP_TO],
    step,
    pages,
    text,
  };
  writeFileSync(join(ROOT, 'src/embed/fixed-heights.json'), `${JSON.stringify(table, null, 2)}\n`);
  console.info(
    `src/embed/fixed-heights.json: ${Object.keys(pages).length} pages, every ${step} px.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
