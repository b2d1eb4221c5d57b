/**
 * Embeds are final at first paint, in real Chromium:
 *  - the English page the dialog gives paints English with JavaScript off; old `?lang=`/`?state=`
 *    URLs move to their page once scripts run;
 *  - every chart × language × state × frame width (every 10 px from 280 to 1280, and ±1 px around
 *    each layout width): without script exactly one drawing shows, the one for the box, filling
 *    it; and the hydrated page draws exactly the same (same layout, size, height, every mark).
 * The widths are walked inside one page: two same-origin frames of each embed page, one sandboxed
 * without scripts (the prerendered HTML as a reader without JavaScript gets it), one hydrated,
 * resized together and compared after each step.
 *  - a publisher's page with three embeds, read top to bottom at 390 and 1280 px: the layout
 *    shifts inside the embed frames sum to at most 0.01 (Chromium counts them toward the host's
 *    CLS), and the host's own stay at most 0.01.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import {
  LAYOUT_WIDTHS,
  layoutWidthFor,
  maxDrawnWidth,
  type LayoutWidth,
} from '../../src/charts/shared/layout-widths.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { embedPageKeys } from '../../src/embed/page-keys.ts';
import { embedDir } from '../../src/embed/paths.ts';
import { embedUrls } from '../../src/embed/snippets.ts';
import { measureHostShifts } from './host-cls.ts';
import {
  ROOT,
  launchBrowser,
  listProblems,
  openPage,
  requireBuilt,
  serveDist,
  type StaticServer,
} from './harness.ts';

const data = loadDatasetFile(`${ROOT}/data/transfers.json`);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const key of embedPageKeys()) requireBuilt(`${embedDir(key, key.defaultState)}index.html`);
  server = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the English embed without JavaScript', () => {
  it.each(CHART_IDS)('%s: the URL the dialog gives paints English', async (id) => {
    const meta = chartMeta[id];
    const { page: url } = embedUrls(
      server.url,
      id,
      { lang: 'en', theme: 'host', state: null },
      meta.states[0]!.id,
    );
    expect(url).toBe(`${server.url}embed/${id}/en/`);
    const { context, page, problems } = await openPage(browser, server.origin, {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 900 },
    });
    try {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect((await page.locator('h2').first().textContent())?.trim()).toBe(meta.title(data, 'en'));
      expect(await page.locator('.chart-figure__source').textContent()).toBe(
        meta.sourceLine(data, 'en'),
      );
      expect(await page.locator('a[href$="-en.csv"]').count()).toBe(1);
      expect(await page.locator(`a[href="../../../en/index.html#${id}"]`).count()).toBe(1);
      // The visible drawing is English too: its accessible description is the English one.
      const desc = await page.evaluate(
        () =>
          [...document.querySelectorAll('.chart-layout')]
            .find((l) => getComputedStyle(l).display !== 'none')
            ?.querySelector('desc')?.textContent,
      );
      expect(desc).toBe(meta.describe(data, 'en', meta.states[0]!.id));
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('old query URLs', () => {
  it('move to the page of their language and state, keeping theme and childId', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    try {
      await page.goto(`${server.url}embed/troops/?lang=en&theme=dark&state=phase-2&childId=c1`);
      await page.waitForURL(/\/embed\/troops\/en\/phase-2\//);
      expect(page.url()).toBe(`${server.url}embed/troops/en/phase-2/?theme=dark&childId=c1`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.locator('figure').getAttribute('data-state')).toBe('phase-2');

      await page.goto(`${server.url}embed/routes/en/?lang=de`);
      await page.waitForURL(/\/embed\/routes\/$/);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

      // Nothing to move for: the page stays (no reload), bad values are ignored.
      await page.goto(`${server.url}embed/missiles/?lang=xx&state=nope`);
      await page.waitForTimeout(300);
      expect(page.url()).toBe(`${server.url}embed/missiles/?lang=xx&state=nope`);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Frame widths to walk: every 10 px, and ±1 px around the frame width of each layout width. */
function frameWidths(padding: number): number[] {
  const widths = new Set<number>();
  for (let w = 280; w <= 1280; w += 10) widths.add(w);
  for (const lw of LAYOUT_WIDTHS.slice(1))
    for (const d of [-1, 0, 1]) widths.add(Math.round(lw + padding) + d);
  return [...widths].filter((w) => w >= 280 && w <= 1280).sort((a, b) => a - b);
}

interface Drawn {
  /** The one visible layout's width, or a problem. */
  layout: string;
  box: number;
  svg: [number, number];
  /** Height of the whole embed (what the host page's frame must be). */
  page: number;
  /** Every element of the drawing: tag, box relative to the drawing, text. */
  marks: string;
}

/** Runs in the test page: what a frame shows (written as a string for tsx, see harness.ts). */
const DRAWN_FN = `(frame) => {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  const shown = [...doc.querySelectorAll('.chart-layout')].filter((l) => win.getComputedStyle(l).display !== 'none');
  const box = doc.querySelector('.chart-layouts').getBoundingClientRect().width;
  const page = doc.getElementById('root').getBoundingClientRect().height;
  if (shown.length !== 1) return { layout: shown.length + ' layouts shown', box, svg: [0, 0], page, marks: '' };
  const svg = shown[0].querySelector('svg');
  const o = svg.getBoundingClientRect();
  const f = (v) => v.toFixed(2);
  const marks = [...svg.querySelectorAll('*')].map((e) => {
    const r = e.getBoundingClientRect();
    const text = e.tagName === 'text' ? ' ' + e.textContent : '';
    return e.tagName + ' ' + f(r.x - o.x) + ' ' + f(r.y - o.y) + ' ' + f(r.width) + ' ' + f(r.height) + text;
  }).join('\\n');
  return { layout: shown[0].dataset.layoutWidth, box, svg: [o.width, o.height], page, marks };
}`;

/**
 * Runs in the test page: where two drawings differ, or '' when they are the same. Every mark's
 * tag, position, height and text must match exactly; a text's width may differ by less than half
 * a pixel, the advance of its glyphs at a scaled-up layout (two frames drawing the same label at
 * 710 px measured 174.14 and 174.30 px, in either order from run to run).
 */
const DIFFERENCE_FN = `(a, b) => {
  for (const k of ['layout', 'box', 'page']) if (a[k] !== b[k]) return k + ' ' + a[k] + ' vs ' + b[k];
  if (a.svg.join() !== b.svg.join()) return 'svg ' + a.svg.join('×') + ' vs ' + b.svg.join('×');
  const x = a.marks.split('\\n');
  const y = b.marks.split('\\n');
  if (x.length !== y.length) return x.length + ' vs ' + y.length + ' marks';
  const sameMark = (p, q) => {
    if (p === q) return true;
    const [pt, px, py, pw, ph, ...ptext] = p.split(' ');
    const [qt, qx, qy, qw, qh, ...qtext] = q.split(' ');
    return pt === 'text' && pt === qt && px === qx && py === qy && ph === qh &&
      ptext.join(' ') === qtext.join(' ') && Math.abs(Number(pw) - Number(qw)) < 0.5;
  };
  const i = x.findIndex((line, n) => !sameMark(line, y[n]));
  return i < 0 ? '' : 'mark ' + i + ': ' + x[i] + ' vs ' + y[i] + ' (' + x.length + ' marks)';
}`;

async function openFrames(page: Page, path: string): Promise<void> {
  await page.evaluate(async (src) => {
    const load = (frame: HTMLIFrameElement) =>
      new Promise<void>((resolve) => {
        frame.onload = () => resolve();
        frame.src = src;
      });
    const [still, live] = ['still', 'live'].map(
      (id) => document.getElementById(id) as HTMLIFrameElement,
    );
    await Promise.all([load(still!), load(live!)]);
    await Promise.all([still!, live!].map((f) => f.contentDocument!.fonts.ready));
  }, `${server.url}${path}`);
  // The reader engages: the live frame loads React and hydrates.
  await page.evaluate(() => {
    const win = (document.getElementById('live') as HTMLIFrameElement).contentWindow!;
    win.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
  await page
    .frameLocator('#live')
    .locator('html[data-hydrated="true"]')
    .waitFor({ state: 'attached', timeout: 15_000 });
}

describe('every embed page, at every width', () => {
  let page: Page;
  let problems: Awaited<ReturnType<typeof openPage>>['problems'];
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openPage(browser, server.origin, {
      viewport: { width: 1400, height: 900 },
    });
    ({ page, problems } = opened);
    close = () => opened.context.close();
    // Same origin as the embeds, so the test can read both frames; `sandbox` without
    // allow-scripts gives the prerendered HTML as a reader without JavaScript sees it.
    await page.goto(`${server.url}embed/charts.json`);
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><title>frames</title></head><body style="margin:0">
       <iframe id="still" sandbox="allow-same-origin" style="display:block;border:0;height:4000px"></iframe>
       <iframe id="live" style="display:block;border:0;height:4000px"></iframe></body></html>`,
    );
  });
  afterAll(async () => close?.());

  for (const key of embedPageKeys()) {
    const path = embedDir(key, key.defaultState);
    it(`${path}: one drawing for the box without script, and the hydrated page draws the same`, async () => {
      await openFrames(page, path);
      const padding = await page.evaluate(() => {
        const f = document.getElementById('still') as HTMLIFrameElement;
        f.style.width = '1000px';
        const box = f.contentDocument!.querySelector('.chart-layouts')!.getBoundingClientRect();
        return 1000 - box.width;
      });
      const results = await page.evaluate(
        async ({ widths, fn, diffFn }) => {
          const drawn = new Function(`return ${fn}`)() as (f: HTMLIFrameElement) => Drawn;
          const difference = new Function(`return ${diffFn}`)() as (a: Drawn, b: Drawn) => string;
          const frames = ['still', 'live'].map(
            (id) => document.getElementById(id) as HTMLIFrameElement,
          );
          const results: { w: number; still: Drawn; diff: string }[] = [];
          for (const w of widths) {
            for (const f of frames) f.style.width = `${w}px`;
            // A layout shown for the first time may need a font face no earlier one used: laying
            // the frames out starts its load, and the measurement sees what the reader is left with.
            for (const f of frames) f.contentDocument!.body.getBoundingClientRect();
            await Promise.all(frames.map((f) => f.contentDocument!.fonts.ready));
            const [still, live] = frames.map(drawn);
            results.push({ w, still: still!, diff: difference(still!, live!) });
          }
          return results;
        },
        { widths: frameWidths(padding), fn: DRAWN_FN, diffFn: DIFFERENCE_FN },
      );
      const wrong: string[] = [];
      for (const { w, still, diff } of results) {
        const expected: LayoutWidth = layoutWidthFor(still.box);
        if (still.layout !== String(expected))
          wrong.push(`${w}px: shows ${still.layout}, box ${still.box} wants ${expected}`);
        const width = Math.min(still.box, maxDrawnWidth(expected));
        if (Math.abs(still.svg[0] - width) > 0.5)
          wrong.push(`${w}px: drawing ${still.svg[0]} px wide, box wants ${width}`);
        if (diff) wrong.push(`${w}px: the hydrated page draws something else: ${diff}`);
      }
      expect(results.length).toBeGreaterThan(110);
      expect(wrong).toEqual([]);
      // The sandboxed frame refusing the page's script is the point of it, not a problem.
      const sandboxed = /^Blocked script execution in .* the document's frame is sandboxed/;
      problems.consoleErrors = problems.consoleErrors.filter((m) => !sandboxed.test(m));
      expect(listProblems(problems)).toEqual([]);
    }, 120_000);
  }
});

describe('a host page with three embeds, read top to bottom', () => {
  it.each([390, 1280])('at %i px: the embeds shift by at most 0.01 in all', async (width) => {
    const shifts = await measureHostShifts(browser, width);
    const detail = shifts.entries.map((e) => `${e.chart} ${e.value.toFixed(4)} at ${e.time} ms`);
    expect(shifts.framesTotal, detail.join('; ')).toBeLessThanOrEqual(0.01);
    expect(shifts.host).toBeLessThanOrEqual(0.01);
  });
});
