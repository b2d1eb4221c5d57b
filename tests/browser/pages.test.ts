/**
 * Every built page (story de/en, the seven embeds, the newsroom page) in real Chromium: carries a
 * strict CSP and works under it, loads with no console error, no failed request and no request to
 * another origin; reads with JavaScript off (text and every chart's SVG); and has no axe violation
 * in light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/types.ts';
import {
  EMBED_IDS,
  PAGES,
  axeViolations,
  builtHtmlPages,
  cspViolations,
  launchBrowser,
  listProblems,
  openPage,
  readBuilt,
  requireBuilt,
  scrollThrough,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

const STORY: string[] = [PAGES.storyDe, PAGES.storyEn];
const EMBEDS = EMBED_IDS.map(PAGES.embed);
const ALL = [...STORY, ...EMBEDS, PAGES.newsroom];

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

/** The directives of the page's CSP meta tag, or null. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return null;
  const content = meta[1]!
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('Content-Security-Policy in the built HTML', () => {
  it('every required page is built', () => {
    for (const page of ALL) requireBuilt(page);
  });

  it.each(ALL)('%s: script-src self, no unsafe-inline/eval, no inline script', (page) => {
    const html = readBuilt(page);
    const csp = cspOf(html);
    expect(csp, 'no CSP meta tag').not.toBeNull();
    const scripts = csp!.get('script-src') ?? csp!.get('default-src');
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    expect(csp!.get('object-src')).toEqual(["'none'"]);
    // Inline scripts would be blocked by this CSP anyway; JSON data islands are fine.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attrs, body]) =>
        !/\bsrc=/.test(attrs!) &&
        !/type="application\/(ld\+)?json"/.test(attrs!) &&
        body!.trim() !== '',
    );
    expect(inline.map((m) => m[0].slice(0, 80))).toEqual([]);
  });

  it('no other built page lacks the CSP', () => {
    const missing = builtHtmlPages().filter((p) => cspOf(readBuilt(p)) === null);
    expect(missing).toEqual([]);
  });
});

/** Load, let it hydrate, visit everything (lazy chunks), and report every problem. */
async function loadAndUse(page: Page, url: string, hydrates: boolean) {
  await page.goto(url, { waitUntil: 'load' });
  if (hydrates) await waitForHydration(page);
  await scrollThrough(page, 60);
  await page.waitForTimeout(300);
}

const VARIANTS = [
  ...STORY.map((p) => ({ page: p, query: '' })),
  ...EMBEDS.map((p) => ({ page: p, query: '' })),
  ...EMBEDS.map((p) => ({ page: p, query: '?lang=en&theme=dark' })),
  { page: EMBEDS[1]!, query: '?lang=xx&theme=%3Cscript%3E&state=../../etc' },
  { page: PAGES.newsroom, query: '' },
];

describe('pages load cleanly under the CSP', () => {
  it.each(VARIANTS)(
    '$page $query: no console error, failed or foreign request, CSP violation',
    async ({ page: path, query }) => {
      requireBuilt(path);
      const { context, page, problems } = await openPage(browser, server.origin, {
        viewport: { width: 390, height: 844 },
      });
      await loadAndUse(
        page,
        `${server.url}${path.replace(/index\.html$/, '')}${query}`,
        path !== PAGES.newsroom,
      );
      expect(listProblems(problems)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      // It did load its own scripts (the CSP let them run).
      expect(problems.requests.some((r) => /\.js(\?|$)/.test(r))).toBe(true);
      await context.close();
    },
  );
});

interface NoJsProbe {
  text: number;
  h1: string;
  charts: Record<string, number>;
}

/**
 * Visible text length, the h1 and, per chart id, how many visible drawings it has: inline SVGs
 * with shapes, or loaded SVG images (the story's static figures are files).
 */
function probe(): NoJsProbe {
  const visible = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0)
        return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const charts: Record<string, number> = {};
  for (const fig of document.querySelectorAll('[data-chart]')) {
    const id = fig.getAttribute('data-chart')!;
    const svgs = [...fig.querySelectorAll('svg')].filter(
      (s) =>
        !s.parentElement?.closest('svg') &&
        visible(s) &&
        s.querySelector('path,rect,circle,line,text,polygon'),
    );
    const images = [...fig.querySelectorAll('img')].filter(
      (img) => visible(img) && img.complete && img.naturalWidth > 0 && /\.svg$/.test(img.src),
    );
    charts[id] = (charts[id] ?? 0) + svgs.length + images.length;
  }
  return {
    text: (document.body.innerText || '').replace(/\s+/g, ' ').trim().length,
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    charts,
  };
}

describe('JavaScript disabled', () => {
  it.each(STORY)('%s: the article text and every chart are visible', async (path) => {
    requireBuilt(path);
    const url = `${server.url}${path.replace(/index\.html$/, '')}`;
    const noJs = await openPage(browser, server.origin, { javaScriptEnabled: false });
    await noJs.page.goto(url, { waitUntil: 'load' });
    // The figures are lazily loaded images: read on with the wheel, as a reader would, until
    // every one is in. (Timers and rAF do not run in a page without JavaScript, so the waiting
    // is done from here.)
    await noJs.page.mouse.move(400, 300);
    const height = await noJs.page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await noJs.page.mouse.wheel(0, 500);
      await noJs.page.waitForTimeout(30);
    }
    for (let i = 0; i < 100; i++) {
      if (await noJs.page.evaluate(() => [...document.images].every((img) => img.complete))) break;
      await noJs.page.waitForTimeout(100);
    }
    const off = await noJs.page.evaluate(probe);
    await noJs.context.close();
    const js = await openPage(browser, server.origin);
    await js.page.goto(url, { waitUntil: 'load' });
    await waitForHydration(js.page);
    const on = await js.page.evaluate(probe);
    await js.context.close();

    expect(off.h1.length).toBeGreaterThan(10);
    expect(off.text).toBeGreaterThan(3000);
    // The article reads without JS: at least 90% of the text a JS reader gets.
    expect(off.text / on.text).toBeGreaterThan(0.9);
    for (const id of CHART_IDS) expect(off.charts[id] ?? 0, `chart ${id}`).toBeGreaterThan(0);
    expect(noJs.problems.foreignRequests).toEqual([]);
  });

  it.each(EMBEDS)('%s: title and chart SVG are visible', async (path) => {
    requireBuilt(path);
    const { context, page, problems } = await openPage(browser, server.origin, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    const off = await page.evaluate(probe);
    const id = path.split('/')[1]!;
    expect(off.charts[id] ?? 0, `chart ${id}`).toBeGreaterThan(0);
    expect(off.text).toBeGreaterThan(80);
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });
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
