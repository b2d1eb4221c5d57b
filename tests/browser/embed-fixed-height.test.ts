/**
 * The fixed-height embed code (CMSs that strip scripts), the oEmbed code and the AMP code use one
 * height per page (src/embed/fixed-heights.json). Here every built embed page is laid out at every
 * frame width from 280 to 1280 px, one pixel at a time, in Chromium: no width may need more than
 * that height (nothing cropped), and the height may not be far more than the tallest (a stale,
 * wasteful table). When this fails after a change to the charts or the data: `npm run build`,
 * then `npm run measure:embeds`, and commit src/embed/fixed-heights.json.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/types.ts';
import table from '../../src/embed/fixed-heights.json' with { type: 'json' };
import { fixedHeightFor, type FixedHeights } from '../../src/embed/fixed-height.ts';
import { DIST, launchBrowser, requireBuilt, serveDist, type StaticServer } from './harness.ts';
import {
  SWEEP_FROM,
  SWEEP_TO,
  embedPageDirs,
  openSweepPage,
  sweepHeights,
} from './height-sweep.ts';

const heights = table as FixedHeights;
const REMEASURE =
  'run `npm run build && npm run measure:embeds` and commit src/embed/fixed-heights.json';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  for (const id of CHART_IDS) requireBuilt(`embed/${id}/index.html`);
  server = await serveDist();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await openSweepPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('fixed heights', () => {
  const dirs = embedPageDirs(DIST);

  it('cover every built embed page', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(CHART_IDS.length);
    expect(
      dirs.filter((d) => heights.pages[d] === undefined),
      REMEASURE,
    ).toEqual([]);
    expect(heights.widths).toEqual([SWEEP_FROM, SWEEP_TO]);
  });

  it.each(dirs)('%s: crops nothing at any width from 280 to 1280 px', async (dir) => {
    const fixed = heights.pages[dir];
    expect(fixed, REMEASURE).toBeDefined();
    const sweep = await sweepHeights(page, dir);
    expect(sweep.heights).toHaveLength(SWEEP_TO - SWEEP_FROM + 1);
    // The sweep hides the charts' labels (they size no box): proven here at every 50 px.
    expect(sweep.labelsCompared).toBeGreaterThanOrEqual(20);
    expect(sweep.labelsChangedHeight).toEqual([]);
    const over = sweep.heights
      .map((h, i) => ({ width: SWEEP_FROM + i, h }))
      .filter(({ h }) => Math.ceil(h) > fixed!);
    expect(
      over.slice(0, 5).map(({ width, h }) => `${width} px wide: ${h.toFixed(1)} > ${fixed} px`),
      REMEASURE,
    ).toEqual([]);
    // Not a wasteful guess either: within 10 % (plus the margin) of what the page needs.
    expect(fixed!, REMEASURE).toBeLessThanOrEqual(fixedHeightFor(sweep.max * 1.1));
  });
});
