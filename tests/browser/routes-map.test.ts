/**
 * The routes map in Chromium: Crimea is painted hatched (the hatch's pixels are there, inside
 * Crimea's outline and nowhere else), and the legend line under the overview says what the hatch
 * means, in German and English, light and dark, on a phone and a desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OCCUPIED, legendText } from '../../src/charts/routes/territories.ts';
import {
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
  requireBuilt('embed/routes/index.html');
  server = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const crimea = OCCUPIED.find((t) => t.id === 'crimea');

/** Screenshot of Crimea's box, with the hatch shown or hidden. */
async function crimeaShot(page: Page, hatch: boolean): Promise<Buffer> {
  await page.evaluate((show) => {
    for (const el of document.querySelectorAll<SVGElement>('[data-hatch="occupied"]'))
      el.style.visibility = show ? '' : 'hidden';
  }, hatch);
  const box = await page.locator('[data-occupied="crimea"]:visible').boundingBox();
  if (!box) throw new Error('Crimea is not drawn');
  return page.screenshot({ clip: box });
}

describe('routes map: Crimea hatched, with its legend line', () => {
  for (const { width, lang, theme } of [
    { width: 390, lang: 'de', theme: 'light' },
    { width: 1280, lang: 'en', theme: 'dark' },
  ] as const)
    it(`${width} px, ${lang}, ${theme}`, async () => {
      if (!crimea) throw new Error('no Crimea in territories.ts');
      const { context, page, problems } = await openPage(browser, server.origin, {
        viewport: { width, height: 900 },
      });
      try {
        await page.goto(`${server.url}embed/routes/?lang=${lang}&state=front&theme=${theme}`);
        await waitForHydration(page);
        // One Crimea in the drawing shown (the page carries a drawing per layout width).
        const shape = page.locator('[data-occupied="crimea"]:visible');
        expect(await shape.count()).toBe(1);
        const box = await shape.boundingBox();
        expect(box?.width).toBeGreaterThan(4);
        expect(box?.height).toBeGreaterThan(4);

        // The hatch paints inside Crimea: its pixels change when the hatch is hidden.
        const hatched = await crimeaShot(page, true);
        const plain = await crimeaShot(page, false);
        expect(hatched.equals(plain)).toBe(false);
        await crimeaShot(page, true);

        // …and only there: at the centre of Crimea the hatch is on top, in Russia it is not.
        const hits = await page.evaluate(() => {
          const crimeaBox = [...document.querySelectorAll('[data-occupied="crimea"]')]
            .find((el) => el.checkVisibility())
            ?.getBoundingClientRect();
          const at = (x: number, y: number) =>
            document.elementFromPoint(x, y)?.closest('[data-hatch]')?.getAttribute('data-hatch') ??
            null;
          const cx = (crimeaBox?.x ?? 0) + (crimeaBox?.width ?? 0) / 2;
          const cy = (crimeaBox?.y ?? 0) + (crimeaBox?.height ?? 0) / 2;
          return {
            centre: at(cx, cy),
            // 30 px east of Crimea's box: Russia (the Kuban) or the Sea of Azov, never the hatch.
            east: at((crimeaBox?.right ?? 0) + 30, cy),
          };
        });
        expect(hits.centre).toBe('occupied');
        expect(hits.east).toBeNull();

        const legend = page.locator('[data-legend="occupied"]:visible');
        await expect.poll(() => legend.isVisible()).toBe(true);
        const text = (await legend.locator('text').allTextContents()).join(' ');
        expect(text).toBe(legendText(crimea, lang));
        expect(listProblems(problems)).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
