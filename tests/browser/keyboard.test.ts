/**
 * The keyboard in real Chromium: a chart is one stop in the tab order, in the story and in an
 * embed on someone else's page. Tab through the story: one stop for the sticky chart before the
 * first paragraph, none for charts between the steps. Tab through a host article with an embedded
 * chart (another origin): one stop for the chart. In every chart and state the arrow keys reach
 * every mark, each with its callout and a visible focus ring, without scrolling the page or
 * changing the story's step; Escape leaves the marks for the chart, and Tab moves on past it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import {
  PAGES,
  axeViolations,
  launchBrowser,
  listProblems,
  openPage,
  requireBuilt,
  serveDir,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

let server: StaticServer;
let host: StaticServer;
let hostDir: string;
let browser: Browser;

/** A host article on another origin: text and links around one embedded chart. */
function hostArticle(child: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:680px;padding:8px;font-family:serif}</style></head><body>
<h1>Ein Artikel mit eingebetteter Grafik</h1>
<p>Text vor der Grafik mit <a id="before" href="#before">einem Link</a>.</p>
<iframe data-transfers-embed src="${child}/embed/troops/?state=estimates" title="Soldaten" width="100%" height="640" style="display:block;width:100%;border:0"></iframe>
<p>Text nach der Grafik mit <a id="after" href="#after">einem zweiten Link</a>.</p>
<script async src="${child}/embed.js"></script>
</body></html>`;
}

beforeAll(async () => {
  requireBuilt(PAGES.storyDe);
  for (const id of CHART_IDS) requireBuilt(PAGES.embed(id));
  server = await serveDist();
  hostDir = mkdtempSync(join(tmpdir(), 'keyboard-host-'));
  host = await serveDir(hostDir);
  writeFileSync(join(hostDir, 'article.html'), hostArticle(server.origin));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Where focus is, in a document (not following iframes). */
interface FocusAt {
  tag: string;
  mark: string | null;
  chartSvg: boolean;
  inGraphic: boolean;
  /** The story step focus is on or in, if any. */
  step: number | null;
  id: string;
}

const FOCUS_AT = () => {
  const el = document.activeElement;
  const step = el?.closest('[data-step-index]')?.getAttribute('data-step-index');
  return {
    tag: el?.tagName.toLowerCase() ?? 'none',
    mark: el?.getAttribute('data-mark-id') ?? null,
    chartSvg: Boolean(el?.matches('svg.chart-svg')),
    inGraphic: Boolean(el?.closest('.scrolly__graphic')),
    step: step === undefined || step === null ? null : Number(step),
    id: el?.id ?? '',
  };
};

async function focusAt(where: Page | Frame): Promise<FocusAt> {
  return where.evaluate(FOCUS_AT);
}

/** Which mark has focus, and what it shows: its callout's text and its focus ring (drawn, and where). */
async function focusedMarkState(where: Page | Frame) {
  return where.evaluate(() => {
    const mark = document.activeElement;
    const svg = mark?.closest('svg.chart-svg');
    const ring = mark?.querySelector(':scope > .chart-mark__ring');
    const box = ring?.querySelector('.chart-mark__ring-line')?.getBoundingClientRect();
    return {
      mark: mark?.getAttribute('data-mark-id') ?? null,
      callout: svg?.querySelector('.chart-callout')?.textContent ?? null,
      focusVisible: Boolean(mark?.matches(':focus-visible')),
      ring: ring ? getComputedStyle(ring).visibility : 'none',
      box: box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null,
    };
  });
}

/** The ring's box on the page the reader sees: inside the frame's box when it is in a frame. */
async function ringInView(page: Page, where: Page | Frame, box: Rect | null): Promise<boolean> {
  if (!box || box.right - box.left <= 0 || box.bottom - box.top <= 0) return false;
  let offset = { x: 0, y: 0 };
  if (where !== page) {
    const frameBox = await (await (where as Frame).frameElement()).boundingBox();
    if (!frameBox) return false;
    offset = { x: frameBox.x, y: frameBox.y };
  }
  const view = page.viewportSize()!;
  return (
    box.left + offset.x >= -4 &&
    box.top + offset.y >= -4 &&
    box.right + offset.x <= view.width + 4 &&
    box.bottom + offset.y <= view.height + 4
  );
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The marks of the chart that holds focus (or the first live chart), in document order: those of
 * the drawing shown (a prerendered page carries one drawing per layout width; CSS hides the rest).
 */
async function marksOf(where: Page | Frame, scope: string): Promise<string[]> {
  return where.$$eval(`${scope} [data-mark-id]`, (els) =>
    els
      .filter((e) => !e.closest('[inert]') && e.checkVisibility())
      .map((e) => e.getAttribute('data-mark-id') ?? ''),
  );
}

/** Tab stops among a chart's marks, in the drawing shown. */
async function markTabStops(where: Page | Frame, scope: string): Promise<number> {
  return where.$$eval(
    `${scope} [data-mark-id][tabindex="0"]`,
    (els) => els.filter((e) => e.checkVisibility()).length,
  );
}

/**
 * From a focused mark: Home, then ArrowRight until focus stops moving. Every mark on the way shows
 * its callout and ring. Returns the marks visited, in order.
 */
async function walkMarks(page: Page, where: Page | Frame): Promise<string[]> {
  await page.keyboard.press('Home');
  const visited: string[] = [];
  for (let i = 0; i < 80; i++) {
    const state = await focusedMarkState(where);
    const at = state.mark;
    expect(at, `focus left the marks after ${visited.join(', ')}`).not.toBeNull();
    if (at === visited.at(-1)) break;
    visited.push(at!);
    expect(state.callout, `${at}: callout on focus`).toBeTruthy();
    expect(state.focusVisible, `${at}: keyboard focus is :focus-visible`).toBe(true);
    expect(state.ring, `${at}: focus ring drawn`).toBe('visible');
    expect(await ringInView(page, where, state.box), `${at}: focus ring in view`).toBe(true);
    await page.keyboard.press('ArrowRight');
  }
  return visited;
}

describe('tabbing through the story', () => {
  it.each([
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])(
    '$name: one stop for the chart before the first paragraph, none between the steps',
    async (viewport) => {
      const { context, page, problems } = await openPage(browser, server.origin, { viewport });
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForHydration(page);
      const steps = await page.$$eval('[data-step-index]', (els) => els.length);
      const stops: FocusAt[] = [];
      for (let i = 0; i < 600; i++) {
        await page.keyboard.press('Tab');
        const at = await focusAt(page);
        stops.push(at);
        // Past the last step's own stops: the scrolly is done.
        if (stops.some((s) => s.step === steps - 1) && at.step === null && !at.inGraphic) break;
      }
      const firstStep = stops.findIndex((s) => s.step !== null);
      expect(firstStep, 'tabbing reached the first step').toBeGreaterThan(0);
      const before = stops.slice(0, firstStep);
      expect(before.filter((s) => s.mark !== null)).toHaveLength(1);
      expect(before.find((s) => s.mark !== null)?.inGraphic).toBe(true);
      const between = stops.slice(firstStep);
      expect(
        between.filter((s) => s.mark !== null || s.chartSvg),
        'chart marks between the steps',
      ).toEqual([]);
      expect(new Set(between.map((s) => s.step).filter((s) => s !== null)).size).toBe(steps);
      expect(listProblems(problems)).toEqual([]);
      await context.close();
    },
  );

  it('arrow keys reach every mark of the opening chart with its callout; Escape leaves', async () => {
    const { context, page, problems } = await openPage(browser, server.origin, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await waitForHydration(page);
    for (let i = 0; i < 20 && (await focusAt(page)).mark === null; i++)
      await page.keyboard.press('Tab');
    const start = await focusAt(page);
    expect(start.inGraphic && start.mark !== null, 'Tab reached the sticky chart').toBe(true);
    const step = await activeStep(page);
    const marks = await marksOf(page, '.scrolly__graphic');
    // At the top of the story the sticky box is not yet stuck, partly below the fold: moving
    // through its marks brings the box into view (every mark's ring is checked in view) and
    // keeps the story on its step.
    const visited = await walkMarks(page, page);
    expect(visited).toHaveLength(marks.length);
    expect(new Set(visited)).toEqual(new Set(marks));
    expect(await activeStep(page), 'moving focus does not change the step').toBe(step);

    await page.keyboard.press('Escape');
    const escaped = await focusAt(page);
    expect(escaped.chartSvg, 'Escape puts focus on the chart itself').toBe(true);
    expect(await page.$$eval('.scrolly__graphic .chart-callout', (c) => c.length)).toBe(0);
    expect(
      await page.$eval('.scrolly__graphic svg.chart-svg', (s) => s.matches(':focus-visible')),
    ).toBe(true);
    await page.keyboard.press('Tab');
    const next = await focusAt(page);
    expect(next.mark, 'Tab after Escape moves past the marks').toBeNull();
    expect(next.chartSvg).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focusAt(page)).mark, 'Shift+Tab comes back to the mark last focused').toBe(
      visited.at(-1),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });

  it('a reader on the server-drawn chart stays on its mark when the live chart takes over', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    // Hold the graphic's code until the reader is on the chart's mark.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/islands-graphic-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: 'load' });
    for (let i = 0; i < 20 && (await focusAt(page)).mark === null; i++)
      await page.keyboard.press('Tab');
    const before = await focusAt(page);
    expect(before.mark, 'Tab reached the server-drawn chart').not.toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
    release();
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('.scrolly__stage svg.chart-svg'));
    const after = await focusAt(page);
    expect(after.mark, 'focus is on the same mark of the live chart').toBe(before.mark);
    await page.keyboard.press('ArrowDown');
    const moved = await focusAt(page);
    expect(moved.mark).not.toBeNull();
    expect(moved.mark).not.toBe(before.mark);
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])(
    'mid-story ($width px): moving through the marks neither scrolls nor changes the step',
    async (viewport) => {
      const { context, page, problems } = await openPage(browser, server.origin, { viewport });
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForHydration(page);
      // A step of the troops chart's estimates: phases and numbered markers.
      const id = await page.$eval(
        '[data-chart="troops"][data-state="estimates"][data-step-index]',
        (el) => {
          (el as HTMLElement).focus(); // the scroll engine brings a focused step to its trigger line
          return el.getAttribute('data-step-id');
        },
      );
      await page.waitForFunction(
        (want) =>
          document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want &&
          document.querySelector(
            '.scrolly__graphic figure[data-chart="troops"][data-state="estimates"]',
          ),
        id,
      );
      await page.waitForTimeout(800); // the crossfade and the marks' motion
      // The live figure's tab stop (the chart before it may stay on the stage, inert).
      await page.$$eval('.scrolly__graphic [data-mark-id][tabindex="0"]', (els) =>
        (
          els.find((el) => !el.closest('[inert]') && el.checkVisibility()) as SVGElement | undefined
        )?.focus(),
      );
      await page.keyboard.press('ArrowRight'); // keyboard focus from here on (:focus-visible)
      const y = await page.evaluate(() => scrollY);
      const marks = await marksOf(page, '.scrolly__graphic');
      const visited = await walkMarks(page, page);
      expect(new Set(visited)).toEqual(new Set(marks));
      expect(await page.evaluate(() => scrollY)).toBe(y);
      expect(await activeStep(page)).toBe(id);
      expect(listProblems(problems)).toEqual([]);
      await context.close();
    },
  );
});

async function activeStep(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null,
  );
}

describe('tabbing through a host page with an embedded chart', () => {
  it('the chart is one stop; arrow keys reach every mark inside the frame; Escape leaves', async () => {
    // Not openPage: it aborts requests to other origins, and the embed is on one.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${host.url}article.html`, { waitUntil: 'load' });
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no embed frame');
    // The frame's own script is running; React hydrates on the reader's first key or pointer.
    await frame.waitForSelector('html[data-embed-ready]', { state: 'attached' });

    /** Where focus is: on the host page, or inside the frame when the frame has it. */
    const where = async () => {
      const outer = await focusAt(page);
      return outer.tag === 'iframe'
        ? { frame: true, ...(await focusAt(frame)) }
        : { frame: false, ...outer };
    };
    const stops: Awaited<ReturnType<typeof where>>[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const at = await where();
      stops.push(at);
      if (!at.frame && at.id === 'after') break;
    }
    const ids = stops.map((s) => (s.frame ? `frame:${s.mark ?? s.tag}` : `host:${s.id || s.tag}`));
    expect(ids[0], ids.join(' ')).toBe('host:before');
    expect(ids.at(-1), ids.join(' ')).toBe('host:after');
    expect(
      stops.filter((s) => s.frame && s.mark !== null),
      ids.join(' '),
    ).toHaveLength(1);

    // Back to the chart's stop, then through its marks.
    for (let i = 0; i < 40 && !((await where()).frame && (await where()).mark); i++)
      await page.keyboard.press('Shift+Tab');
    // Focus reaching the chart was the first engagement: the live chart takes over in place.
    await frame.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    expect((await where()).mark, 'focus stays on the mark when the chart hydrates').not.toBeNull();
    const marks = await marksOf(frame, 'figure');
    expect(marks.length).toBeGreaterThan(3);
    // Here focus may scroll the host page: a mark below the fold comes into view (checked).
    const visited = await walkMarks(page, frame);
    expect(new Set(visited)).toEqual(new Set(marks));
    expect(visited).toHaveLength(marks.length);
    await page.keyboard.press('Escape');
    expect((await where()).chartSvg).toBe(true);
    await page.keyboard.press('Tab');
    const next = await where();
    expect(next.mark).toBeNull();
    expect(next.chartSvg).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the newsroom page', () => {
  it('every chart on it is one tab stop', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    await page.goto(`${server.url}newsroom/`, { waitUntil: 'load' });
    await page.waitForSelector('svg.chart-svg [data-mark-id]');
    const charts = await page.$$eval('svg.chart-svg', (svgs) =>
      svgs
        .filter((s) => s.querySelector('[data-mark-id]'))
        .map((s) => s.querySelectorAll('[data-mark-id][tabindex="0"]').length),
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(
      charts.every((stops) => stops === 1),
      JSON.stringify(charts),
    ).toBe(true);
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });
});

describe('every chart and state, as an embed', () => {
  it.each(CHART_IDS)('%s: arrow keys reach every mark from the one tab stop', async (id) => {
    const { context, page, problems } = await openPage(browser, server.origin, {
      viewport: { width: 390, height: 844 },
    });
    const states = chartMeta[id].states.map((s) => s.id);
    for (const state of states) {
      await page.goto(`${server.url}embed/${id}/?state=${state}`, { waitUntil: 'load' });
      await waitForHydration(page);
      const marks = await marksOf(page, 'figure');
      expect(marks.length, `${id}/${state} has marks`).toBeGreaterThan(0);
      expect(await markTabStops(page, 'figure')).toBe(1);
      await page.keyboard.press('Tab');
      expect(
        (await focusAt(page)).mark,
        `${id}/${state}: the first Tab reaches the chart`,
      ).not.toBeNull();
      // Some drawings are taller than the phone's view: focus scrolls each mark into view.
      const visited = await walkMarks(page, page);
      expect(new Set(visited), `${id}/${state}`).toEqual(new Set(marks));
      expect(visited).toHaveLength(marks.length);
      if (state === states[0]) {
        await page.keyboard.press('End'); // a callout shown: it must pass axe too
        expect(await axeViolations(page), `${id}/${state}`).toEqual([]);
      }
      await page.keyboard.press('Escape');
      expect((await focusAt(page)).chartSvg).toBe(true);
    }
    expect(listProblems(problems)).toEqual([]);
    await context.close();
  });
});
