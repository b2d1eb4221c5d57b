/**
 * Scroll smoothness: scroll a page top to bottom with one mouse-wheel step per 60 Hz frame (headless
 * Chromium applies wheel events instantly, with no smooth-scroll animation of its own) under 4× CPU
 * throttling, recording requestAnimationFrame intervals, long tasks and layout shifts. The same is
 * done on a "floor" page of the same length (static text, no JS), so the ratio shows what the
 * story's own work costs, independent of this machine. Each story frame is also sorted into
 * "transition" (within TRANSITION_MS of the sticky graphic changing step, read from its
 * data-active-step attribute, which costs no layout) or "steady", to show where slow frames are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { watchContext } from '../../tests/browser/harness.ts';
import { percentile, round } from './stats.ts';

export interface ScrollResult {
  url: string;
  scrollHeight: number;
  frames: number;
  frameIntervalMs: number;
  frameMs: { p50: number; p95: number; p99: number; max: number };
  droppedFramePct: number;
  longTasks: { count: number; totalMs: number };
  clsDuringScroll: number;
  /** Frames within TRANSITION_MS of a step change (chart render and animation) vs the rest. */
  split: { transitionPct: number; transitionP95: number | null; steadyP95: number | null };
}

/** A chart animates for 650 ms (charts/shared/motion.ts) after React renders its state. */
export const TRANSITION_MS = 800;

/**
 * Installed before the page's scripts: rAF deltas, long tasks, layout shifts. A string, not a
 * function: tsx/esbuild wrap named functions in a `__name()` helper that does not exist in the page.
 */
const INSTRUMENT = `(() => {
  const P = { rec: false, frames: [], changes: [], longtasks: [], shifts: [], t0: 0, t1: 0 };
  window.__perf = P;
  let last = 0;
  let step = null;
  let graphic = null;
  const tick = (t) => {
    if (P.rec) {
      if (last) P.frames.push(t - last);
      last = t;
      graphic = graphic || document.querySelector('[data-active-step]');
      const now = graphic ? graphic.getAttribute('data-active-step') : null;
      if (now !== step) { if (step !== null) P.changes.push(t); step = now; }
    } else last = 0;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const observe = (type, fn) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); }
    catch { /* entry type not supported */ }
  };
  observe('longtask', (e) => P.longtasks.push({ start: e.startTime, dur: e.duration }));
  observe('layout-shift', (e) => P.shifts.push({ start: e.startTime, value: e.value, input: e.hadRecentInput }));
})();`;

interface Perf {
  frames: number[];
  changes: number[];
  longtasks: { start: number; dur: number }[];
  shifts: { start: number; value: number; input: boolean }[];
  t0: number;
  t1: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureScroll(
  browser: Browser,
  origin: string,
  url: string,
  { durationS = 10, cpu = 4, viewport = { width: 390, height: 844 } } = {},
): Promise<ScrollResult> {
  const context = await browser.newContext({ viewport });
  await watchContext(context, origin);
  const page = await context.newPage();
  await page.addInitScript({ content: INSTRUMENT });
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await sleep(1500);
  // Frame interval on the idle page, unthrottled (60 Hz headless, normally).
  await page.evaluate(
    () => ((window as unknown as { __perf: Perf & { rec: boolean } }).__perf.rec = true),
  );
  await sleep(1000);
  const idle = await page.evaluate(() => {
    const P = (window as unknown as { __perf: Perf & { rec: boolean } }).__perf;
    P.rec = false;
    const f = P.frames;
    P.frames = [];
    return f;
  });
  const interval = percentile(idle, 0.5) || 1000 / 60;
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  const maxScroll = await page.evaluate(
    () => (document.scrollingElement ?? document.documentElement).scrollHeight - innerHeight,
  );
  const stepPx = Math.max(1, Math.ceil(maxScroll / (durationS * 60)));
  const steps = Math.max(1, Math.ceil(maxScroll / stepPx));
  const every = (durationS * 1000) / steps;
  await page.evaluate(() => {
    const P = (window as unknown as { __perf: Perf & { rec: boolean } }).__perf;
    P.t0 = performance.now();
    P.rec = true;
  });
  const start = Date.now();
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, stepPx);
    const wait = start + (i + 1) * every - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await sleep(500);
  const P = await page.evaluate(() => {
    const p = (window as unknown as { __perf: Perf & { rec: boolean } }).__perf;
    p.rec = false;
    p.t1 = performance.now();
    return {
      frames: p.frames,
      changes: p.changes,
      longtasks: p.longtasks,
      shifts: p.shifts,
      t0: p.t0,
      t1: p.t1,
    };
  });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  const inWindow = (e: { start: number }) => e.start >= P.t0 && e.start <= P.t1;
  const lts = P.longtasks.filter(inWindow);
  const dropped = P.frames.reduce((s, d) => s + Math.max(0, Math.round(d / interval) - 1), 0);
  // Frame i ends at t0 + the sum of the intervals so far; it is a transition frame when a step
  // change happened up to TRANSITION_MS before it.
  let end = P.t0;
  const transition: number[] = [];
  const steady: number[] = [];
  for (const d of P.frames) {
    end += d;
    const inTransition = P.changes.some((c) => c <= end && end - c <= TRANSITION_MS);
    (inTransition ? transition : steady).push(d);
  }
  return {
    url,
    scrollHeight: maxScroll,
    frames: P.frames.length,
    frameIntervalMs: round(interval),
    frameMs: {
      p50: round(percentile(P.frames, 0.5)),
      p95: round(percentile(P.frames, 0.95)),
      p99: round(percentile(P.frames, 0.99)),
      max: round(Math.max(0, ...P.frames)),
    },
    droppedFramePct: round((100 * dropped) / (P.frames.length + dropped || 1)),
    longTasks: { count: lts.length, totalMs: round(lts.reduce((s, e) => s + e.dur, 0)) },
    split: {
      transitionPct: round((100 * transition.length) / (P.frames.length || 1)),
      transitionP95: transition.length ? round(percentile(transition, 0.95)) : null,
      steadyP95: steady.length ? round(percentile(steady, 0.95)) : null,
    },
    clsDuringScroll: round(
      P.shifts.filter((e) => inWindow(e) && !e.input).reduce((s, e) => s + e.value, 0),
      4,
    ),
  };
}

/** Height in CSS px of the story at this viewport, for a floor page of the same length. */
export async function scrollHeightOf(
  browser: Browser,
  url: string,
  viewport = { width: 390, height: 844 },
): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(1000);
  const h = await page.evaluate(
    () => (document.scrollingElement ?? document.documentElement).scrollHeight,
  );
  await context.close();
  return h;
}

const FLOOR_PARAGRAPH =
  'Dies ist Blindtext in Länge und Satz einer Zeitungsseite: ein statischer Absatz ohne Skripte, ' +
  'ohne Grafiken und ohne Schriftdateien, damit die Messung zeigt, was allein das Scrollen kostet. ';

/** Write `dir/floor/index.html`: static text exactly `height` px tall, no JS. Returns its path. */
export function writeFloorPage(dir: string, height: number): string {
  const paragraphs = Array.from(
    { length: Math.ceil(height / 60) },
    () => `<p>${FLOOR_PARAGRAPH.repeat(2)}</p>`,
  );
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title>
<style>body{margin:0;font:19px/1.6 Georgia,serif}main{height:${height}px;overflow:hidden;padding:0 16px}</style>
</head><body><main>${paragraphs.join('\n')}</main></body></html>`;
  mkdirSync(join(dir, 'floor'), { recursive: true });
  writeFileSync(join(dir, 'floor/index.html'), html);
  return 'floor/';
}
