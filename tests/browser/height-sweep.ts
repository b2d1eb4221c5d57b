/**
 * The height of an embed page at every frame width from 280 to 1280 px, measured in Chromium: the
 * page in a same-origin iframe whose width steps one pixel at a time; after each step the content's
 * height is read, which lays the page out at once (a hydrated page's charts first redraw for the
 * width: the measure-now event embeds answer hosts with). Used by `npm run measure:embeds` (the fixed heights
 * the embed codes, oEmbed and AMP use) and by the test that proves those heights crop nothing.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { MEASURE_NOW_EVENT } from '../../src/charts/shared/measure-now.ts';

export const SWEEP_FROM = 280;
export const SWEEP_TO = 1280;

export interface Sweep {
  /** Tallest content height, px (fractional), and the frame width where it occurs. */
  max: number;
  at: number;
  /** Height at each width, SWEEP_FROM first. */
  heights: number[];
}

/** Directories under dist/embed that hold an embed page, as "embed/<chart>/…/". */
export function embedPageDirs(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html')
        out.push(`${relative(dist, dir).split(sep).join('/')}/`);
  };
  walk(join(dist, 'embed'));
  return out.sort();
}

/** A blank page on `origin`, so embed pages load same-origin in it. */
export async function openSweepPage(page: Page, origin: string): Promise<void> {
  const url = `${origin}/__height-sweep.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sweep</title><link rel="icon" href="data:,"></head><body style="margin:0"></body></html>',
    }),
  );
  await page.goto(url);
}

/**
 * The sweep, as source text: under tsx (the measuring script) esbuild wraps named functions in a
 * `__name()` helper that does not exist in the page, so the in-page code is not a compiled function.
 */
const SWEEP = `async ({ path, from, to, step, measureEvent }) => {
  document.body.replaceChildren();
  const box = document.createElement('div');
  // Off screen but laid out: the iframe has a real width and any height.
  box.style.cssText = 'position:absolute;left:0;top:0;width:2000px;height:0;overflow:hidden';
  const frame = document.createElement('iframe');
  frame.style.cssText = 'border:0;display:block;height:900px;width:' + from + 'px';
  frame.src = '/' + path;
  box.append(frame);
  document.body.append(box);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  await doc.fonts.ready;
  // Its own script has started (theme, height messages). React waits for a reader's first touch
  // (src/embed/first-touch.ts), which never comes here: the page measured is the prerendered one,
  // every layout width drawn and chosen by CSS, which the hydrated page draws the same
  // (embed-render.test.ts). A page that hydrated anyway answers measure-now below.
  const end = performance.now() + 5000;
  while (!('embedReady' in doc.documentElement.dataset) && performance.now() < end)
    await new Promise((r) => setTimeout(r, 50));
  const root = doc.getElementById('root');
  const heights = [];
  let max = 0;
  let at = from;
  for (let width = from; width <= to; width += step) {
    frame.style.width = width + 'px';
    win.dispatchEvent(new Event(measureEvent));
    const style = win.getComputedStyle(root);
    const h = root.getBoundingClientRect().height +
      (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
    heights.push(h);
    if (h > max) { max = h; at = width; }
    // Let the page breathe now and then (the browser would call a long loop hung).
    if (heights.length % 100 === 0) await new Promise((r) => setTimeout(r, 0));
  }
  box.remove();
  return { max, at, heights };
}`;

/** Sweep the embed page at `path` (relative to the origin, e.g. "embed/troops/en/"). */
export async function sweepHeights(page: Page, path: string, step = 1): Promise<Sweep> {
  const args = { path, from: SWEEP_FROM, to: SWEEP_TO, step, measureEvent: MEASURE_NOW_EVENT };
  return (await page.evaluate(`(${SWEEP})(${JSON.stringify(args)})`)) as Sweep;
}
