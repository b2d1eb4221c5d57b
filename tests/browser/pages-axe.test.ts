/** Every built page (story de/en, the seven embeds) has no axe violation, in light and dark. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBED_IDS,
  PAGES,
  axeViolations,
  launchBrowser,
  openPage,
  requireBuilt,
  scrollThrough,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

const STORY: string[] = [PAGES.storyDe, PAGES.storyEn];
const EMBEDS = EMBED_IDS.map(PAGES.embed);

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

describe('axe-core: no violations, light and dark', () => {
  const cases = [
    ...STORY.flatMap((p) => [
      { path: p, query: '', scheme: 'light' as const },
      { path: p, query: '', scheme: 'dark' as const },
    ]),
    ...EMBEDS.flatMap((p) => [
      { path: p, query: '', scheme: 'light' as const },
      { path: p, query: '?theme=dark', scheme: 'dark' as const },
    ]),
  ];
  it.each(cases)('$path $query ($scheme)', async ({ path, query, scheme }) => {
    requireBuilt(path);
    const { context, page } = await openPage(browser, server.origin, {
      colorScheme: scheme,
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${server.url}${path.replace(/index\.html$/, '')}${query}`, {
      waitUntil: 'load',
    });
    await waitForHydration(page);
    if (STORY.includes(path)) await scrollThrough(page, 60);
    await page.waitForTimeout(700); // let state transitions finish before measuring contrast
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
