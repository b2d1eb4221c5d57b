/**
 * Corrections a reader can see, in real Chromium: the story's line under the headline links to the
 * corrections list near the end (German and English), and an embedded chart whose records were
 * corrected says so, with the details behind a disclosure that works without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
  launchBrowser,
  openPage,
  requireBuilt,
  serveDist,
  type StaticServer,
} from './harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const WORDS = {
  de: {
    corrected: 'Korrigiert am',
    wrong: 'Falsch war:',
    right: 'Richtig ist:',
    all: 'Zu den Korrekturen',
  },
  en: {
    corrected: 'Corrected on',
    wrong: 'What was wrong:',
    right: 'What is right:',
    all: 'See the corrections',
  },
} as const;

describe('corrections on the story', () => {
  for (const [lang, path] of [
    ['de', PAGES.storyDe],
    ['en', PAGES.storyEn],
  ] as const)
    it(`${lang}: the line under the headline leads to the corrections list`, async () => {
      requireBuilt(path);
      const { context, page } = await openPage(browser, server.origin, {
        viewport: { width: 390, height: 844 },
      });
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      const line = page.locator('.story-header__correction');
      await expect.poll(() => line.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await line.textContent()).toContain(WORDS[lang].corrected);
      const box = await line.boundingBox();
      expect(box!.y + box!.height).toBeLessThan(844 * 2);
      await line.getByRole('link', { name: WORDS[lang].all }).click();
      const list = page.locator('#korrekturen');
      await expect.poll(() => list.isVisible(), { timeout: 15_000 }).toBe(true);
      await expect
        .poll(
          async () => {
            const b = await list.boundingBox();
            return b !== null && b.y < 844 && b.y + b.height > 0;
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      const text = (await list.textContent()) ?? '';
      expect(text).toContain(WORDS[lang].wrong);
      expect(text).toContain(WORDS[lang].right);
      await context.close();
    });
});

describe('corrections on an embedded chart', () => {
  it('missiles, de without JavaScript and en with it: dated line, details on demand', async () => {
    const path = PAGES.embed('missiles');
    requireBuilt(path);
    for (const [lang, js, query] of [
      ['de', false, ''],
      ['en', true, '?lang=en'],
    ] as const) {
      const { context, page } = await openPage(browser, server.origin, {
        javaScriptEnabled: js,
        viewport: { width: 320, height: 640 },
      });
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}${query}`, {
        waitUntil: 'load',
      });
      const note = page.locator('.chart-corrections');
      await expect
        .poll(async () => (await note.textContent()) ?? '')
        .toContain(WORDS[lang].corrected);
      const details = note.locator('.corrections__list');
      expect(await details.isVisible()).toBe(false);
      await note.locator('summary').click();
      await expect.poll(() => details.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await details.textContent()).toContain(WORDS[lang].wrong);
      await context.close();
    }
  });
});
