/**
 * `npm run dev` serves the story as the build does, in real Chromium: the article comes prerendered
 * by the server entry, the islands start it (no React render of the whole article, so no hydration
 * mismatch), the graphic loads its chart through the lazy registry on the reader's first engagement,
 * and the print/no-JS figure files are there. The newsroom page, which draws every chart through
 * the same lazy registry, logs nothing either.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from './dev-server.ts';
import { launchBrowser, openPage, waitForHydration } from './harness.ts';

let dev: DevServer;
let browser: Browser;

beforeAll(async () => {
  dev = await startDevServer('/');
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

describe('npm run dev: the story page', () => {
  it.each([
    ['/', 'de'],
    ['/en/', 'en'],
  ])('%s starts like a built page, without a React warning', async (path, lang) => {
    const { context, page, problems } = await openPage(browser, dev.origin, {
      viewport: { width: 390, height: 800 },
    });
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    await page.goto(dev.origin + path, { waitUntil: 'load', timeout: 120_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The server's article, before any script of ours could have rendered it.
    const article = await page.evaluateHandle(() => document.querySelector('article'));
    expect(await article.evaluate((el) => el?.querySelectorAll('[data-step-id]').length)).toBe(
      await page.evaluate(() => document.querySelectorAll('.scrolly [data-step-id]').length),
    );
    await waitForHydration(page, page, 90_000);
    // The graphic's live chart is in, and the article is still the server's element: React did
    // not render (or regenerate) the story.
    expect(await article.evaluate((el) => el !== null && el.isConnected)).toBe(true);
    await page.locator('.scrolly__graphic svg').first().waitFor({ timeout: 30_000 });
    const loaded = problems.requests.map((url) => new URL(url).pathname);
    expect(loaded).toContain('/src/story/startup/islands.ts');
    expect(loaded).toContain('/src/charts/registry.lazy.tsx');
    expect(loaded).not.toContain('/src/story/startup/render-client.tsx');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(warnings).toEqual([]);

    // The static figures are in <noscript> for a scripted reader, and in the page once it prints.
    await page.emulateMedia({ media: 'print' });
    const figure = await page.locator('img[src*="figures/"]').first().getAttribute('src');
    const res = await page.request.get(new URL(figure!, page.url()).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(/^<svg[\s>]/);
    await context.close();
  });

  it('the newsroom page draws its charts through the lazy registry without a React error', async () => {
    const { context, page, problems } = await openPage(browser, dev.origin);
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    await page.goto(`${dev.origin}/src/pages/newsroom.html`, {
      waitUntil: 'load',
      timeout: 120_000,
    });
    await page.locator('tr[data-figure="troops-phase-2"]').waitFor({ timeout: 60_000 });
    await page.locator('figure svg').first().waitFor({ timeout: 60_000 });
    const loaded = problems.requests.map((url) => new URL(url).pathname);
    expect(loaded).toContain('/src/charts/registry.lazy.tsx');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(warnings).toEqual([]);
    await context.close();
  });
});
