/**
 * Shared pieces of the real-browser tests: find Debian's Chromium, launch it the same way everywhere,
 * serve dist/ on 127.0.0.1, and record what a page does wrong (console errors, failed requests,
 * requests to other origins, CSP violations). Node-only; run by tests/browser/run.ts through vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Frame,
  type Page,
  type Request,
} from 'playwright-core';
import { CHART_IDS, type ChartId } from '../../src/charts/types.ts';

import { serveDir, type StaticServer } from './static-server.ts';

export { serveDir, type StaticServer };

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The built site the tests serve: a private snapshot of dist/ taken by run.ts right after its build
 * (TEST_DIST), so that another `npm run build` in the same checkout cannot swap files mid-test.
 */
export const DIST = process.env.TEST_DIST ?? join(ROOT, 'dist');

/** Same flags as the bench: without the background-networking ones Chromium calls home offline. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; otherwise say exactly how to get it. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  return found;
}

/**
 * LibreOffice Calc, headless, with its Python bridge (tests/libreoffice/calc.py drives it): Debian's
 * libreoffice-calc-nogui and python3-uno. Throws, saying how to get them, when either is missing.
 */
export function findLibreOffice(): { soffice: string; python: string } {
  const soffice = [process.env.SOFFICE_PATH, '/usr/bin/soffice'].find(
    (p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p),
  );
  const python = '/usr/bin/python3';
  const uno =
    existsSync(python) && spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
  if (!soffice || !uno)
    throw new Error(
      `LibreOffice Calc ${soffice ? 'found, but not its Python bridge (python3-uno)' : 'not found (looked at $SOFFICE_PATH, /usr/bin/soffice)'}. ` +
        'Install both with: apt-get install -y libreoffice-calc-nogui python3-uno',
    );
  return { soffice, python };
}

/**
 * The browser the test files share (./global-setup.ts): CHROMIUM_ARGS, and `*.test` host names
 * resolved to 127.0.0.1, so the same Chromium serves the cross-site tests (./cross-site.ts), whose
 * host page and embeds sit on different sites (news.test, charts.test).
 */
export const SHARED_BROWSER_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.test 127.0.0.1'];

/**
 * A Chromium of one's own (the bench, the measuring script), or in the browser tests a connection
 * to the one they share: closing it closes the contexts it opened and disconnects. `crossSite`: one
 * that resolves `*.test` host names to 127.0.0.1 (./cross-site.ts), as the shared one does.
 */
export async function launchBrowser({ crossSite = false } = {}): Promise<Browser> {
  const shared = process.env.TEST_BROWSER_WS;
  if (shared) return chromium.connect(shared);
  // Playwright makes its own fresh temporary profile (it refuses --user-data-dir in args).
  return chromium.launch({
    executablePath: findChromium(),
    args: crossSite ? SHARED_BROWSER_ARGS : CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * dist/ on 127.0.0.1: in the browser tests the one server they share (closing it is a no-op),
 * otherwise a server of one's own.
 */
export async function serveDist(): Promise<StaticServer> {
  const shared = process.env.TEST_DIST_URL;
  if (!shared) return serveDir(DIST);
  const url = new URL(shared);
  return { url: url.href, origin: url.origin, close: async () => {} };
}

/**
 * A download's bytes. Saved through Playwright to a temporary file: a browser reached over a
 * connection (the shared one) gives no path of its own.
 */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'download-'));
  try {
    const file = join(dir, 'file');
    await download.saveAs(file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Built pages, as paths relative to dist/ (URL paths under the server root). */
export const PAGES = {
  storyDe: 'index.html',
  storyEn: 'en/index.html',
  newsroom: 'newsroom/index.html',
  embed: (id: ChartId) => `embed/${id}/index.html`,
} as const;

export const EMBED_IDS: readonly ChartId[] = CHART_IDS;

/** The story in both languages, and the seven embed pages (each in its default language). */
export const STORY_PAGES: readonly string[] = [PAGES.storyDe, PAGES.storyEn];
export const EMBED_PAGES: readonly string[] = EMBED_IDS.map(PAGES.embed);

/** Fails loudly (never skips) when a page that must be built is missing. */
export function requireBuilt(relPath: string): string {
  const file = join(DIST, relPath);
  if (!existsSync(file))
    throw new Error(`dist/${relPath} was not built (run \`npm run build\`; is the page wired?)`);
  return file;
}

export function readBuilt(relPath: string): string {
  return readFileSync(requireBuilt(relPath), 'utf8');
}

/** Every built HTML page under dist/ (relative paths), e.g. to check CSP on all of them. */
export function builtHtmlPages(dir = DIST, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel === 'src') continue; // Vite's raw templates, removed by the build
      out.push(...builtHtmlPages(join(dir, entry.name), rel));
    } else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to any origin other than the served one (aborted, so they cannot hang the test). */
  foreignRequests: string[];
  /** Every URL requested on the served origin, in order. */
  requests: string[];
  /**
   * Loads of child frames that were cancelled. Removing an iframe (a dialog's preview closing)
   * cancels its loads by design; Playwright marks the frame detached only after the failure event,
   * so whether each one counts is decided when the problems are listed.
   */
  abortedInFrames: { text: string; frame: Frame }[];
}

/**
 * Record everything a context does wrong. Requests to other origins are recorded and aborted;
 * `data:`/`blob:` URLs are part of the page itself and not counted.
 */
export async function watchContext(
  context: BrowserContext,
  origin: string,
  { javaScriptEnabled = true } = {},
): Promise<PageProblems> {
  const p: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    foreignRequests: [],
    requests: [],
    abortedInFrames: [],
  };
  const isOwn = (url: string) => {
    if (/^(data|blob|about):/.test(url)) return true;
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  await context.route(
    (url) => !isOwn(url.href),
    (route) => {
      p.foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (req) => {
    if (isOwn(req.url()) && !/^(data|blob|about):/.test(req.url())) p.requests.push(req.url());
  });
  context.on('requestfailed', (req) => {
    if (!isOwn(req.url())) return; // already in foreignRequests
    // With JavaScript off, Chromium refuses script fetches (modulepreload) as "csp": by design.
    if (!javaScriptEnabled && req.failure()?.errorText === 'csp') return;
    const text = `${req.url()} (${req.failure()?.errorText ?? 'failed'})`;
    const frame = childFrame(req);
    if (frame && req.failure()?.errorText === 'net::ERR_ABORTED')
      p.abortedInFrames.push({ text, frame });
    else p.failedRequests.push(text);
  });
  context.on('response', (res) => {
    if (res.status() >= 400) p.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error') p.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  context.on('weberror', (err) => p.pageErrors.push(String(err.error())));
  return p;
}

/** Fresh context + page with problems recorded and CSP violations collected in the page. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  const problems = await watchContext(context, origin, {
    javaScriptEnabled: options.javaScriptEnabled !== false,
  });
  if (options.javaScriptEnabled !== false)
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  const page = await context.newPage();
  return { context, page, problems };
}

/**
 * Runs in the page before any of its scripts. A string, not a function: under tsx (the bench),
 * esbuild wraps functions in a `__name()` helper that does not exist in the page.
 */
const RECORD_CSP_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)'));
});`;

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
}

/** Empty when nothing went wrong; otherwise one readable line per problem (for expect(...).toEqual([])). */
function childFrame(req: Request): Frame | null {
  try {
    const frame = req.frame();
    return frame.parentFrame() ? frame : null;
  } catch {
    return null; // a worker's request has no frame
  }
}

export function listProblems(p: PageProblems): string[] {
  return [
    ...p.consoleErrors.map((m) => `console error: ${m}`),
    ...p.pageErrors.map((m) => `uncaught: ${m}`),
    ...p.failedRequests.map((m) => `failed request: ${m}`),
    ...p.abortedInFrames
      .filter(({ frame }) => !frame.isDetached())
      .map(({ text }) => `failed request: ${text}`),
    ...p.foreignRequests.map((m) => `request to another origin: ${m}`),
  ];
}

/**
 * Wait until the page's React part is live. The story loads it on the reader's first engagement
 * (story/startup/engagement.ts), so the pointer moves first, as a reader's would.
 */
export async function waitForHydration(
  page: Page,
  target: Page | Frame = page,
  timeout = 15_000,
): Promise<void> {
  await page.mouse.move(3, 3);
  await page.mouse.move(5, 7);
  await target.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout });
}

/** axe-core's own build (4.14.x at top level; @axe-core/playwright nests an older copy). */
export function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

type AxeResults = Awaited<ReturnType<import('@axe-core/playwright').AxeBuilder['analyze']>>;

async function runAxe(
  page: Page,
  scope: { include?: string; exclude?: string },
): Promise<AxeResults> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  // Legacy mode: one axe.run in the page, frames reached by axe's own messaging. The default
  // opens an extra blank page to merge per-frame results, 0.5 s on an embed and 2 s on the story
  // per check; our pages' only frame (the embed dialog's preview) is same-origin either way.
  let builder = new AxeBuilder({ page, axeSource: axeSource() })
    // A frame that has not answered axe's ping in 500 ms (its default) is skipped, not checked:
    // on a busy machine that happened to the preview frame (harness.test.ts). Only violations are
    // collected in full (axe builds a selector for every node of every result type otherwise):
    // half of each check's time, 3.7 -> 1.9 s on the story.
    .options({ pingWaitTime: 5_000, resultTypes: ['violations'] })
    .withTags([...AXE_TAGS])
    .setLegacyMode(true);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  return builder.analyze();
}

/** Frames axe could not reach: its `frame-tested` rule reports them as incomplete, not as violations. */
function untestedFrames(res: AxeResults): string[] {
  return res.incomplete
    .filter((r) => r.id === 'frame-tested')
    .flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
}

/**
 * Run axe (on the whole page, or only `scope.include` less `scope.exclude`); returns one line per
 * violation with up to three offending targets. A frame axe could not test would pass unchecked:
 * that happened once with both cores busy (the fresh-clone CI, harness.test.ts, even with a 5 s
 * ping). Such a check runs once more, and a frame still untested is a line of its own.
 */
export async function axeViolations(
  page: Page,
  scope: { include?: string; exclude?: string } = {},
): Promise<string[]> {
  let res = await runAxe(page, scope);
  if (untestedFrames(res).length > 0) res = await runAxe(page, scope);
  return [
    ...untestedFrames(res).map((frame) => `frame-tested: axe could not test the frame ${frame}`),
    ...res.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1, 2).join('')}]` : ''}`,
          )
          .join('; ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`,
    ),
  ];
}

/** Scroll through the whole page in viewport halves, waiting a little at each stop. */
export async function scrollThrough(page: Page, pauseMs = 80): Promise<void> {
  await page.evaluate(async (pause) => {
    const el = document.scrollingElement ?? document.documentElement;
    for (let y = 0; y <= el.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, pause));
    }
  }, pauseMs);
}
