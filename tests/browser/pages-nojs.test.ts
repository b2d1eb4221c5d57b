/**
 * Every built page reads with JavaScript off in real Chromium: the story's text and every chart
 * (its figures are SVG files), each embed's title and chart SVG.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/types.ts';
import {
  EMBED_PAGES,
  STORY_PAGES,
  listProblems,
  openPage,
  requireBuilt,
  waitForHydration,
} from './harness.ts';
import { distAndBrowserForFile } from './shared-env.ts';

const env = distAndBrowserForFile();

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
  it.each(STORY_PAGES)('%s: the article text and every chart are visible', async (path) => {
    requireBuilt(path);
    const url = `${env.server.url}${path.replace(/index\.html$/, '')}`;
    const noJs = await openPage(env.browser, env.server.origin, { javaScriptEnabled: false });
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
    const js = await openPage(env.browser, env.server.origin);
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

  it.each(EMBED_PAGES)('%s: title and chart SVG are visible', async (path) => {
    requireBuilt(path);
    const { context, page, problems } = await openPage(env.browser, env.server.origin, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    await page.goto(`${env.server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    const off = await page.evaluate(probe);
    const id = path.split('/')[1]!;
    expect(off.charts[id] ?? 0, `chart ${id}`).toBeGreaterThan(0);
    expect(off.text).toBeGreaterThan(80);
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });
});
