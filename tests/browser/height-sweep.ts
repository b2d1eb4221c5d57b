/**
 * The height of an embed page at every frame width from 280 to 1280 px, measured in Chromium: the
 * page in a same-origin iframe whose width steps one pixel at a time; after each step the content's
 * height is read, which lays the page out at once (a hydrated page's charts first redraw for the
 * width: the measure-now event embeds answer hosts with). Used by `npm run measure:embeds` (the fixed heights
 * the embed codes, oEmbed and AMP use) and by the test that proves those heights crop nothing.
 *
 * The labels inside the charts' SVGs are hidden during the sweep. An SVG's box is sized by its
 * width, height and viewBox, never by what it draws, so hiding them changes no height; but a
 * drawing scaled to a new width shapes all its text again, seven eighths of each step's layout
 * (about 4.5 of 5 ms a width). The sweep proves that on the page it measures: at every
 * CHECK_EVERY px it reads the height with the labels shown and hidden, and reports any difference.
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
  /** Widths where hiding the charts' labels changed the height (must be none), and how many were compared. */
  labelsChangedHeight: { width: number; shown: number; hidden: number }[];
  labelsCompared: number;
}

/** Every this many px the height is read with the SVG labels shown and hidden, to compare. */
export const CHECK_EVERY = 50;

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
const SWEEP = `async ({ path, from, to, step, measureEvent, checkEvery }) => {
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
  const heightAt = (width) => {
    frame.style.width = width + 'px';
    win.dispatchEvent(new Event(measureEvent));
    const style = win.getComputedStyle(root);
    return root.getBoundingClientRect().height +
      (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
  };
  // An inline style, not a style sheet: the page's CSP refuses injected style elements.
  const labels = () => doc.querySelectorAll('svg text');
  const setLabels = (display) => labels().forEach((t) => { t.style.display = display; });
  const checks = [];
  for (let width = from; width <= to; width += checkEvery) checks.push(width);
  const shown = checks.map(heightAt);
  setLabels('none');
  const labelsChangedHeight = [];
  checks.forEach((width, i) => {
    const hidden = heightAt(width);
    if (Math.abs(hidden - shown[i]) > 0.01) labelsChangedHeight.push({ width, shown: shown[i], hidden });
  });
  const heights = [];
  let max = 0;
  let at = from;
  for (let width = from; width <= to; width += step) {
    const h = heightAt(width);
    heights.push(h);
    if (h > max) { max = h; at = width; }
    // Let the page breathe now and then (the browser would call a long loop hung).
    if (heights.length % 100 === 0) await new Promise((r) => setTimeout(r, 0));
  }
  setLabels('');
  box.remove();
  return { max, at, heights, labelsChangedHeight, labelsCompared: checks.length };
}`;

/** Sweep the embed page at `path` (relative to the origin, e.g. "embed/troops/en/"). */
export async function sweepHeights(page: Page, path: string, step = 1): Promise<Sweep> {
  const args = {
    path,
    from: SWEEP_FROM,
    to: SWEEP_TO,
    step,
    measureEvent: MEASURE_NOW_EVENT,
    checkEvery: CHECK_EVERY,
  };
  return (await page.evaluate(`(${SWEEP})(${JSON.stringify(args)})`)) as Sweep;
}
