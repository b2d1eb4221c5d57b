/**
 * The build subsets the web fonts to the characters the piece uses (scripts/vite/font-subset-plugin.ts).
 * Chromium says which font actually drew each text (CSS.getPlatformFontsForNode): on every page,
 * with the live charts drawn, every text set in a web font must be drawn by that font, except the
 * characters its @font-face `unicode-range` leaves out (the fontsource latin files have no "→").
 * A character dropped from the subset would be drawn by a fallback and show up here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBED_IDS,
  PAGES,
  launchBrowser,
  openPage,
  readBuilt,
  requireBuilt,
  scrollThrough,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(PAGES.storyDe);
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The family names the fonts carry inside (what Chromium reports), by CSS family. */
const WEB_FONTS: Record<string, string> = {
  'Source Serif 4 Variable': 'Source Serif 4',
  'Source Sans 3 Variable': 'Source Sans 3',
};

const TEXT_SELECTOR = 'h1,h2,h3,h4,p,li,a,button,figcaption,td,th,caption,label,option,text,tspan';

async function fallbackGlyphs(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  // Per element set in a web font: the font that must draw it, and how many of its characters no
  // web font claims (outside both unicode-ranges), in document order.
  const marked = await page.evaluate(
    ({ selector, webFonts }) => {
      const ranges = [...document.fonts]
        .filter((f) => f.family.replace(/["']/g, '') in webFonts)
        .flatMap((f) => f.unicodeRange.split(','))
        .map((r) => {
          const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
        });
      const claimed = (ch: string) => {
        const cp = ch.codePointAt(0)!;
        return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
      };
      document.querySelectorAll(selector).forEach((el) => {
        const family = getComputedStyle(el).fontFamily;
        const expected =
          webFonts[
            family
              .split(',')[0]!
              .trim()
              .replace(/^["']|["']$/g, '')
          ];
        if (!expected || !el.textContent?.trim()) return;
        // Chromium reports the fonts of the element's whole text: skip mixed ones (a <code> inside).
        if ([...el.querySelectorAll('*')].some((d) => getComputedStyle(d).fontFamily !== family))
          return;
        const outside = [...el.textContent].filter((ch) => !claimed(ch)).length;
        el.setAttribute('data-font-check', `${outside}|${expected}`);
      });
      return [...document.querySelectorAll('[data-font-check]')].map((el) => {
        const [outside, expected] = el.getAttribute('data-font-check')!.split('|');
        return { outside: Number(outside), expected: expected! };
      });
    },
    { selector: TEXT_SELECTOR, webFonts: WEB_FONTS },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  // The same elements in the same (document) order as `marked`.
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-font-check]',
  });
  expect(nodeIds).toHaveLength(marked.length);
  // Sent all at once: the protocol answers in order without a round trip per element.
  const reports = await Promise.all(
    nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })),
  );
  const problems: string[] = [];
  for (const [i, { fonts }] of reports.entries()) {
    const { expected, outside } = marked[i]!;
    // Chromium adds the named instance ("Source Sans 3 ExtraLight") to the family.
    const fallback = fonts.filter((f) => !f.familyName.startsWith(expected));
    const glyphs = fallback.reduce((n, f) => n + f.glyphCount, 0);
    if (glyphs > outside) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: nodeIds[i]! });
      const names = fallback.map((f) => f.familyName).join(', ');
      problems.push(`${glyphs} glyph(s) in ${names}, not ${expected}: ${outerHTML.slice(0, 160)}`);
    }
  }
  await cdp.detach();
  return problems;
}

describe('subset web fonts', () => {
  it('the build ships the subset fonts, not the full fontsource files', () => {
    const html = readBuilt(PAGES.storyDe);
    const preloads = [...html.matchAll(/href="([^"]+\.woff2)"/g)].map((m) => m[1]!);
    expect(preloads).toHaveLength(2);
    for (const href of preloads) expect(href).toMatch(/^\.\/assets\/source-(serif-4|sans-3)-/);
  });

  it.each([PAGES.storyDe, PAGES.storyEn, ...EMBED_IDS.map(PAGES.embed), PAGES.newsroom])(
    '%s: every text in a web font is drawn by it alone',
    async (path) => {
      const { context, page } = await openPage(browser, server.origin, {
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      // Drawn by React (embeds and newsroom re-render on hydrating, the story on engagement).
      await page.mouse.move(600, 400);
      await waitForHydration(page);
      // The story: every chart state once, so each live figure's text is checked too.
      if (path === PAGES.storyDe || path === PAGES.storyEn) await scrollThrough(page, 60);
      expect(await fallbackGlyphs(page)).toEqual([]);
      await context.close();
    },
  );
});
