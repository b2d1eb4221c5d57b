/**
 * A reader on a publisher's page with three embeds (the dialog's code: lazy iframes and embed.js,
 * the embeds on another origin), reading top to bottom with the mouse wheel. Records the layout
 * shifts inside each embed frame (Chromium counts them toward the host's CLS, weighted by the
 * frame's share of the viewport) and the host page's own. Shared by the browser test and the bench.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ChartId } from '../../src/charts/types.ts';
import { DIST, serveDir, serveDist } from './harness.ts';

/** The three embeds the issue measured: a unit chart, a map, bars with tiles. */
export const HOST_CHARTS: readonly ChartId[] = ['troops', 'routes', 'counterflows'];

export interface HostShifts {
  width: number;
  /** Σ of the layout-shift values inside each embed frame, by chart. */
  frames: Record<string, number>;
  /** All frames together. */
  framesTotal: number;
  /** The host page's own shifts (its CLS without the frames' share). */
  host: number;
  /** Every shift inside a frame: chart, value, time (ms since the frame's start). */
  entries: { chart: string; value: number; time: number }[];
}

const PARAGRAPH =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.</p>';

function hostHtml(child: string): string {
  const embeds = HOST_CHARTS.map(
    (id) =>
      `${PARAGRAPH.repeat(4)}
<iframe data-transfers-embed src="${child}/embed/${id}/" title="${id}" width="100%" height="640" scrolling="no" loading="lazy" style="display:block;width:100%;border:0"></iframe>`,
  ).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Publisher</title><link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:760px;padding:0 16px;font:18px/1.5 Georgia,serif}</style>
</head><body><h1>A publisher's article</h1>
${embeds}
${PARAGRAPH.repeat(6)}
<script async src="${child}/embed.js"></script>
</body></html>`;
}

/** Runs in every frame before its scripts: sums its own layout shifts. */
const RECORD_SHIFTS = `window.__shifts = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, time: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
} catch {}`;

export async function measureHostShifts(
  browser: Browser,
  width: number,
  { dist = DIST, height = 844 }: { dist?: string; height?: number } = {},
): Promise<HostShifts> {
  const hostDir = mkdtempSync(join(tmpdir(), 'host-cls-'));
  const child = dist === DIST ? await serveDist() : await serveDir(dist, 0, { compress: true });
  const host = await serveDir(hostDir, 0, { compress: true });
  writeFileSync(join(hostDir, 'index.html'), hostHtml(child.origin));
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    await context.addInitScript({ content: RECORD_SHIFTS });
    const page = await context.newPage();
    await page.goto(host.url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    // Read on: the wheel over the page (and over the embeds as they pass under the pointer).
    await page.mouse.move(width / 2, height / 2);
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < bottom; y += 120) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(1500);
    const frames: Record<string, number> = {};
    const entries: HostShifts['entries'] = [];
    for (const frame of page.frames()) {
      const id = HOST_CHARTS.find((c) => frame.url().startsWith(`${child.origin}/embed/${c}/`));
      if (!id) continue;
      const shifts = await frame.evaluate(
        () => (window as unknown as { __shifts: { value: number; time: number }[] }).__shifts,
      );
      frames[id] = shifts.reduce((s, e) => s + e.value, 0);
      entries.push(...shifts.map((e) => ({ chart: id, ...e })));
    }
    for (const id of HOST_CHARTS)
      if (frames[id] === undefined) throw new Error(`host page: the ${id} embed never loaded`);
    const own = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number }[] }).__shifts,
    );
    const round = (v: number) => Math.round(v * 10_000) / 10_000;
    return {
      width,
      frames: Object.fromEntries(Object.entries(frames).map(([k, v]) => [k, round(v)])),
      framesTotal: round(Object.values(frames).reduce((s, v) => s + v, 0)),
      host: round(own.reduce((s, e) => s + e.value, 0)),
      entries,
    };
  } finally {
    await context.close();
    await child.close();
    await host.close();
    rmSync(hostDir, { recursive: true, force: true });
  }
}
