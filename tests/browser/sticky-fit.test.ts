/**
 * The sticky graphic's drawing fits its box: at every story step, in both languages, on a
 * 320 × 640 phone (the smallest the piece supports), a 390 × 844 phone and a 1280 × 800 window, the
 * live chart's drawing lies inside the sticky box (which clips what overflows), and its labels
 * are not scaled below their size.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
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
  requireBuilt(PAGES.storyDe);
  requireBuilt(PAGES.storyEn);
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Step {
  index: number;
  id: string;
  chart: string;
  state: string;
}

/** Bring a step to its trigger line (the scroll engine does so for a focused step) and wait for its chart. */
async function showStep(page: Page, step: Step) {
  await page.$eval(`[data-step-index="${step.index}"]`, (el) => (el as HTMLElement).focus());
  await page.waitForFunction(
    ({ id, chart, state }) => {
      const g = document.querySelector('[data-active-step]');
      const live = [...document.querySelectorAll('.scrolly__stage .scrolly__figure')].filter(
        (f) => !f.hasAttribute('inert'),
      );
      const figure = live[0]?.querySelector('figure');
      return (
        g?.getAttribute('data-active-step') === id &&
        live.length === 1 &&
        figure?.getAttribute('data-chart') === chart &&
        figure.getAttribute('data-state') === state &&
        figure.querySelector('svg.chart-svg') !== null
      );
    },
    step,
    { timeout: 8000, polling: 50 },
  );
  // Two frames: the drawing is laid out at the measured box size.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/** How the live drawing sits in the sticky box, and the scale the CSS applies to it. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const sticky = document.querySelector('.scrolly__sticky')!.getBoundingClientRect();
    const live = [...document.querySelectorAll('.scrolly__stage .scrolly__figure')].find(
      (f) => !f.hasAttribute('inert'),
    )!;
    // The drawing shown: a prerendered figure carries one per layout width, CSS hides the rest.
    const svg = [...live.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) =>
      s.checkVisibility(),
    )!;
    const box = svg.getBoundingClientRect();
    return {
      sticky: { top: sticky.top, bottom: sticky.bottom, left: sticky.left, right: sticky.right },
      drawing: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      scale: box.width / Number(svg.getAttribute('width')),
    };
  });
}

const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

describe.each(VIEWPORTS)('sticky graphic at $width × $height', (viewport) => {
  it.each([PAGES.storyDe, PAGES.storyEn])(
    '%s: at every step the drawing lies inside the sticky box, at full size',
    async (path) => {
      const { context, page, problems } = await openPage(browser, server.origin, {
        viewport,
        reducedMotion: 'reduce',
      });
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      await waitForHydration(page);
      const steps: Step[] = await page.$$eval('[data-step-index]', (els) =>
        els.map((el) => ({
          index: Number(el.getAttribute('data-step-index')),
          id: el.getAttribute('data-step-id') ?? '',
          chart: el.getAttribute('data-chart') ?? '',
          state: el.getAttribute('data-state') ?? '',
        })),
      );
      const misses: string[] = [];
      for (const step of steps) {
        await showStep(page, step);
        const m = await measure(page);
        const where = `${step.chart}/${step.state} (step ${step.id})`;
        if (m.drawing.bottom > m.sticky.bottom + 0.5 || m.drawing.top < m.sticky.top - 0.5)
          misses.push(
            `${where}: drawing ${Math.round(m.drawing.top)}–${Math.round(m.drawing.bottom)} px, box ${Math.round(m.sticky.top)}–${Math.round(m.sticky.bottom)} px`,
          );
        if (m.drawing.right > m.sticky.right + 0.5 || m.drawing.left < m.sticky.left - 0.5)
          misses.push(`${where}: drawing wider than the box`);
        if (m.scale < 0.99) misses.push(`${where}: drawing scaled to ${m.scale.toFixed(2)}`);
      }
      expect(misses).toEqual([]);
      expect(listProblems(problems)).toEqual([]);
      await context.close();
    },
  );
});
