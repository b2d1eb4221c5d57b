/**
 * What a page makes a reader download, by kind (JS, CSS, fonts, map data, other data, HTML), in
 * gzip -9 and brotli q11 as a static host would serve it (fonts and images are sent as they are).
 * Requests are recorded in real Chromium in two phases: `initial` = until the page is hydrated and
 * idle at the top (the story: what the first chart needs before it animates), or, for a page
 * that waits for the reader (`atLoad`, the embeds), what it loads before anyone touches it
 * (embeds are measured where they live, in a frame of a host page: on its own an embed page loads
 * no script until touched, scripts/vite/entry-on-demand.ts);
 * `total` = after the reader's first engagement and scrolling through everything (lazy chunks,
 * map data).
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { scrollThrough, waitForHydration, watchContext } from '../../tests/browser/harness.ts';

export const KINDS = ['js', 'css', 'font', 'map', 'data', 'html', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export type ByKind = Record<Kind, Sizes> & { total: Sizes };

export interface PageBytes {
  page: string;
  initial: ByKind;
  total: ByKind;
  /** Render-blocking scripts in the HTML (classic scripts without async/defer): JS needed for first paint. */
  renderBlockingScripts: number;
  files: { url: string; kind: Kind; phase: 'initial' | 'later'; gzip: number }[];
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.csv',
  '.svg',
  '.txt',
  '.xml',
  '.geojson',
  '.topojson',
]);
const cache = new Map<string, Sizes>();

export function sizesOf(file: string): Sizes {
  let s = cache.get(file);
  if (!s) {
    const raw = readFileSync(file);
    const compress = COMPRESSIBLE.has(extname(file).toLowerCase());
    s = {
      raw: raw.length,
      gzip: compress ? gzipSync(raw, { level: 9 }).length : raw.length,
      brotli: compress
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
        : raw.length,
    };
    cache.set(file, s);
  }
  return s;
}

export function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.json', '.geojson', '.topojson'].includes(ext) && /map|geo|topo|world|land/i.test(path))
    return 'map';
  if (['.json', '.csv'].includes(ext)) return 'data';
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg', '.gif', '.ico'].includes(ext))
    return 'image';
  return 'other';
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
function emptyByKind(): ByKind {
  return Object.fromEntries([...KINDS, 'total'].map((k) => [k, zero()])) as ByKind;
}
function add(into: ByKind, kind: Kind, s: Sizes) {
  for (const key of [kind, 'total'] as const) {
    into[key].raw += s.raw;
    into[key].gzip += s.gzip;
    into[key].brotli += s.brotli;
  }
}

/** A host page (not a file, so not counted) whose one frame, filling it, holds the page. */
async function openInHostFrame(page: Page, origin: string, pagePath: string): Promise<Frame> {
  const host = `${origin}/__bench-host.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body style="margin:0"><iframe title="embed" src="/${pagePath}" style="display:block;width:100vw;height:100vh;border:0"></iframe></body></html>`,
    }),
  );
  await page.goto(host, { waitUntil: 'load' });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error(`bench: ${pagePath} did not load in the host page's frame`);
  return frame;
}

/** Dist file behind a URL of the served origin. */
function fileFor(dist: string, origin: string, url: string): string {
  let path = decodeURIComponent(new URL(url, origin).pathname);
  if (path.endsWith('/')) path += 'index.html';
  return join(dist, path);
}

export async function measurePageBytes(
  browser: Browser,
  dist: string,
  origin: string,
  pagePath: string,
  options: {
    hydrates: boolean;
    /** `initial` is what loads before the reader engages (then the reader does, and it hydrates). */
    atLoad?: boolean;
    viewport?: { width: number; height: number };
    /** Load the page in a full-size frame of a host page on the same origin. */
    inFrame?: boolean;
  },
): Promise<PageBytes> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 390, height: 844 },
  });
  const problems = await watchContext(context, origin);
  const page = await context.newPage();
  const url = `${origin}/${pagePath}`;
  let target: Page | Frame = page;
  if (options.inFrame) target = await openInHostFrame(page, origin, pagePath);
  else await page.goto(url, { waitUntil: 'load' });
  if (options.hydrates && !options.atLoad) await waitForHydration(page, target);
  await page.waitForTimeout(1000);
  const initialCount = problems.requests.length;
  if (options.hydrates && options.atLoad) await waitForHydration(page, target);
  await scrollThrough(page, 100);
  await page.waitForTimeout(800);
  const html = readFileSync(fileFor(dist, origin, url), 'utf8');
  await context.close();

  const initial = emptyByKind();
  const total = emptyByKind();
  const files: PageBytes['files'] = [];
  const seen = new Set<string>();
  problems.requests.forEach((u, i) => {
    const clean = u.split(/[?#]/)[0]!;
    if (seen.has(clean)) return;
    seen.add(clean);
    const file = fileFor(dist, origin, clean);
    let s: Sizes;
    try {
      s = sizesOf(file);
    } catch {
      return; // a 404 — the browser tests report those
    }
    const kind = kindOf(clean);
    const phase = i < initialCount ? 'initial' : 'later';
    if (phase === 'initial') add(initial, kind, s);
    add(total, kind, s);
    files.push({ url: clean.replace(origin, ''), kind, phase, gzip: s.gzip });
  });
  const renderBlockingScripts = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
    ([, attrs]) => /\bsrc=/.test(attrs!) && !/type="module"|\basync\b|\bdefer\b/.test(attrs!),
  ).length;
  return { page: pagePath, initial, total, renderBlockingScripts, files };
}
