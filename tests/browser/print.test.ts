/**
 * Print in real Chromium: the scrolly unrolls into its static figures, and their drawings (SVG
 * files loaded lazily, so screen readers of the page never download them) are fetched for print.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
  launchBrowser,
  listProblems,
  openPage,
  requireBuilt,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(PAGES.storyDe);
  requireBuilt(PAGES.storyEn);
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('print', () => {
  it.each([PAGES.storyDe, PAGES.storyEn])(
    '%s: every static figure is laid out and its drawing loaded',
    async (path) => {
      const { context, page, problems } = await openPage(browser, server.origin);
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      await waitForHydration(page);
      const figureRequests = () => problems.requests.filter((r) => /\/figures\/.+\.svg$/.test(r));
      // On screen the figures are hidden and lazy: a scripted reader downloads none of them.
      expect(figureRequests()).toEqual([]);

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.byteLength).toBeGreaterThan(50_000);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLImageElement>('.step-figure img')].every(
            (img) => img.complete && img.naturalWidth > 0,
          ),
        null,
        { timeout: 10_000 },
      );
      const figures = await page.$$eval('.step-figure', (els) =>
        els.map((el) => {
          const img = el.querySelector('img');
          return {
            src: img?.src ?? '',
            shown: getComputedStyle(el).display !== 'none',
            imageHeight: img?.getBoundingClientRect().height ?? 0,
          };
        }),
      );
      expect(figures.length).toBeGreaterThan(10);
      for (const [i, f] of figures.entries()) {
        expect(f.shown, `figure ${i} shown in print`).toBe(true);
        expect(f.imageHeight, `figure ${i} drawing height`).toBeGreaterThan(100);
      }
      expect(new Set(figureRequests())).toEqual(new Set(figures.map((f) => f.src)));

      // The drawings print as vectors: no bitmap in the PDF. (Chromium prints an SVG pattern fill
      // as one; the hatch as a pattern made 30 MB of bitmaps in a 34 MB story.)
      const printed = Buffer.from(await page.pdf({ format: 'A4', printBackground: false }));
      expect(printed.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).toEqual([]);
      expect(printed.byteLength).toBeLessThan(8_000_000);
      expect(listProblems(problems)).toEqual([]);
      await context.close();
    },
  );
});
