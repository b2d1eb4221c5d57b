/**
 * One embed page on its own, in Chromium: it reads without JavaScript, switches language, theme and
 * state from the query without console errors, offers its data files, and saves PNG/SVG images
 * that carry the title and source line.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import {
  ROOT,
  axeViolations,
  cspViolations,
  downloadBytes,
  launchBrowser,
  listProblems,
  openPage,
  requireBuilt,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

const data = loadDatasetFile(`${ROOT}/data/transfers.json`);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const id of CHART_IDS) requireBuilt(`embed/${id}/index.html`);
  server = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('embed pages without JavaScript', () => {
  it.each(CHART_IDS)('%s shows drawing, title, source and story link', async (id) => {
    const { context, page } = await openPage(browser, server.origin, { javaScriptEnabled: false });
    try {
      await page.goto(`${server.url}embed/${id}/`);
      const meta = chartMeta[id];
      expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
      expect((await page.locator('h2').first().textContent())?.trim()).toBe(meta.title(data, 'de'));
      const source = meta.sourceLine(data, 'de');
      if (source) expect(await page.locator('.chart-figure__source').textContent()).toBe(source);
      expect(await page.locator(`a[href="../../index.html#${id}"]`).count()).toBe(1);
      // Data links work without scripts: the files are there.
      const csv = await page.locator('a[href$=".csv"]').getAttribute('href');
      const res = await page.request.get(new URL(csv ?? '', page.url()).href);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('id,kind,label');
    } finally {
      await context.close();
    }
  });
});

describe('embed pages with JavaScript', () => {
  it.each(CHART_IDS)(
    '%s in English, dark, in its last state: no errors, no CSP or axe violations',
    async (id) => {
      const meta = chartMeta[id];
      const state = meta.states[meta.states.length - 1]?.id ?? 'default';
      const { context, page, problems } = await openPage(browser, server.origin, {
        viewport: { width: 400, height: 800 },
      });
      try {
        await page.goto(`${server.url}embed/${id}/?lang=en&theme=dark&state=${state}`);
        await waitForHydration(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        expect(await page.locator('figure').getAttribute('data-state')).toBe(state);
        expect((await page.locator('h2').first().textContent())?.trim()).toBe(
          meta.title(data, 'en'),
        );
        expect(await page.locator('a[href$="-en.csv"]').count()).toBe(1);
        expect(await page.locator('button', { hasText: 'PNG' }).isVisible()).toBe(true);
        expect(listProblems(problems)).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['ammunition', 'routes'] as const)(
    '%s fetches its scripts when they have work: at once in a frame or with a query, on its own page at the first touch',
    async (id) => {
      const { context, page, problems } = await openPage(browser, server.origin);
      try {
        /** In the page it runs in: first contentful paint, end of parsing, script fetches. */
        const timings = () => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name))
            .map((e) => e.startTime);
          return { paint, parsed: nav?.domContentLoadedEventEnd ?? NaN, scripts };
        };
        const ready = () => 'embedReady' in document.documentElement.dataset;

        // In a frame of a host page: at once (heights for the host), as early as a static tag.
        await page.route(`${server.origin}/__host.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body><iframe title="chart" src="/embed/${id}/" style="width:600px;height:800px;border:0"></iframe></body></html>`,
          }),
        );
        await page.goto(`${server.origin}/__host.html`);
        const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`))!;
        await frame.waitForFunction(ready);
        const framed = await frame.evaluate(timings);
        expect(framed.scripts.length).toBeGreaterThanOrEqual(2);
        expect(Math.min(...framed.scripts)).toBeLessThanOrEqual(framed.parsed);

        // On its own: nothing to tell a parent, so nothing is fetched until the reader reaches.
        await page.goto(`${server.url}embed/${id}/`);
        await page.waitForTimeout(1500);
        expect((await page.evaluate(timings)).scripts).toEqual([]);
        await waitForHydration(page);
        expect((await page.evaluate(timings)).scripts.length).toBeGreaterThanOrEqual(2);

        // A pinned theme is applied at once, by the loader's own request.
        await page.goto(`${server.url}embed/${id}/?theme=dark`);
        await page.waitForFunction(ready);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        const query = await page.evaluate(timings);
        expect(query.scripts.length).toBeGreaterThanOrEqual(2);
        expect(Math.min(...query.scripts)).toBeLessThanOrEqual(query.parsed);
        expect(listProblems(problems)).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('bad query values fall back to the defaults', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    try {
      await page.goto(`${server.url}embed/troops/?lang=xx&theme=%3Cb%3E&state=nope&childId=%22`);
      await waitForHydration(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      // No theme named (a hostile one is none): light, whatever the reader's system.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await page.locator('figure').getAttribute('data-state')).toBe(
        chartMeta.troops.states[0]?.id,
      );
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['troops', 'routes'] as const)(
    '%s saves SVG and PNG with title and source line',
    async (id) => {
      const { context, page, problems } = await openPage(browser, server.origin, {
        acceptDownloads: true,
      });
      try {
        await page.goto(`${server.url}embed/${id}/`);
        await waitForHydration(page);
        const [svgDownload] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'SVG', exact: true }).click(),
        ]);
        expect(svgDownload.suggestedFilename()).toBe(`msmt-transfers-${id}-de.svg`);
        const svg = (await downloadBytes(svgDownload)).toString('utf8');
        const meta = chartMeta[id];
        const escape = (s: string) =>
          s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
        expect(svg).toContain(escape(meta.title(data, 'de')).slice(0, 20));
        expect(svg).toContain('Quelle');
        expect(svg).not.toContain('var(--');

        const [pngDownload] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'PNG', exact: true }).click(),
        ]);
        expect(pngDownload.suggestedFilename()).toBe(`msmt-transfers-${id}-de.png`);
        const png = await downloadBytes(pngDownload);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // 2× density: the PNG is twice the composed SVG's width.
        const svgWidth = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
        expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
        expect(listProblems(problems)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
