/** Every built page (story de/en, the seven embeds) has no axe violation, in light and dark. */
import { describe, expect, it } from 'vitest';
import {
  EMBED_PAGES,
  STORY_PAGES,
  axeViolations,
  openPage,
  requireBuilt,
  scrollThrough,
  waitForHydration,
} from './harness.ts';
import { distAndBrowserForFile } from './shared-env.ts';

const env = distAndBrowserForFile();

describe('axe-core: no violations, light and dark', () => {
  const cases = [
    ...STORY_PAGES.flatMap((p) => [
      { path: p, query: '', scheme: 'light' as const },
      { path: p, query: '', scheme: 'dark' as const },
    ]),
    ...EMBED_PAGES.flatMap((p) => [
      { path: p, query: '', scheme: 'light' as const },
      { path: p, query: '?theme=dark', scheme: 'dark' as const },
    ]),
  ];
  it.each(cases)('$path $query ($scheme)', async ({ path, query, scheme }) => {
    requireBuilt(path);
    const { context, page } = await openPage(env.browser, env.server.origin, {
      colorScheme: scheme,
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${env.server.url}${path.replace(/index\.html$/, '')}${query}`, {
      waitUntil: 'load',
    });
    await waitForHydration(page);
    if (STORY_PAGES.includes(path)) await scrollThrough(page, 60);
    await page.waitForTimeout(700); // let state transitions finish before measuring contrast
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
