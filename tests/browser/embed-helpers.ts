/**
 * Multi-origin setup for the embed tests: dist/ on one origin (the embeds), a host page on another
 * (like a newspaper's CMS page), a third origin for a foreign frame that tries to resize embeds.
 * Each origin is its own 127.0.0.1 port. Built on the shared harness's static server.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveDir, serveDist, type StaticServer } from './harness.ts';
import { CHART_IDS, type ChartId } from '../../src/charts/types.ts';

export interface Origins {
  child: StaticServer;
  host: StaticServer;
  foreign: StaticServer;
  close(): Promise<void>;
}

const FOREIGN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>foreign</title><link rel="icon" href="data:,"></head>
<body><script>
// Pretends to be an embed: every message format, absurd heights included.
const msgs = [
  { type: 'msmt-transfers:height', chart: 'troops', height: 3333, v: 1 },
  { sentinel: 'amp', type: 'embed-size', height: 3333 },
];
for (const m of msgs) parent.postMessage(m, '*');
if (window.opener) for (const m of msgs) window.opener.postMessage(m, '*');
document.title = 'sent';
</script></body></html>`;

function hostPage(child: string, body: string, head = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title><link rel="icon" href="data:,">${head}
<style>body{margin:0 auto;max-width:720px;padding:8px;font-family:sans-serif} .spacer{height:40px}</style>
</head><body>
<h1>Host page on another origin</h1>
${body}
</body></html>`.replaceAll('{{child}}', child);
}

/** The snippet the embed dialog produces, for every chart. */
function embedJsBody(): string {
  return CHART_IDS.map(
    (id) =>
      `<iframe data-transfers-embed src="{{child}}/embed/${id}/" title="${id}" width="100%" height="500" scrolling="no" loading="lazy" style="display:block;width:100%;border:0"></iframe>
<div class="spacer"></div>`,
  ).join('\n');
}

function pymBody(): string {
  const divs = CHART_IDS.map((id) => `<div id="pym-${id}"></div><div class="spacer"></div>`).join(
    '\n',
  );
  return `${divs}
<script src="pym.v1.min.js"></script>
<script src="pym-init.js"></script>`;
}

const require = createRequire(import.meta.url);

export async function startOrigins(): Promise<Origins & { hostDir: string }> {
  const hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  const foreignDir = mkdtempSync(join(tmpdir(), 'embed-foreign-'));
  writeFileSync(join(foreignDir, 'foreign.html'), FOREIGN_HTML);
  copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(hostDir, 'pym.v1.min.js'));
  const child = await serveDist();
  const host = await serveDir(hostDir);
  const foreign = await serveDir(foreignDir);
  writeFileSync(
    join(hostDir, 'embedjs.html'),
    hostPage(child.origin, `${embedJsBody()}\n<script async src="{{child}}/embed.js"></script>`),
  );
  writeFileSync(
    join(hostDir, 'embedjs-twice.html'),
    hostPage(
      child.origin,
      `<script src="{{child}}/embed.js"></script>${embedJsBody()}<script src="{{child}}/embed.js"></script>`,
    ),
  );
  writeFileSync(join(hostDir, 'pym.html'), hostPage(child.origin, pymBody()));
  writeFileSync(
    join(hostDir, 'pym-init.js'),
    `window.pymParents = ${JSON.stringify(CHART_IDS)}.map(function (id) {
  return new pym.Parent('pym-' + id, ${JSON.stringify(child.origin)} + '/embed/' + id + '/', { title: id });
});`,
  );
  return {
    child,
    host,
    foreign,
    hostDir,
    async close() {
      await Promise.all([child.close(), host.close(), foreign.close()]);
      rmSync(hostDir, { recursive: true, force: true });
      rmSync(foreignDir, { recursive: true, force: true });
    },
  };
}

export interface FrameSize {
  chart: string;
  /** The iframe element's height in the host. */
  frameHeight: number;
  /** The embed's content height (its #root box). */
  contentHeight: number;
  /** The embed document's scrollable height and its viewport height. */
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  theme: string | null;
}

/** The child frame of an iframe element, found by its chart id in the URL. */
export function childFrame(page: Page, chart: ChartId): Frame {
  const frame = page
    .frames()
    // Its own page or one under it: an old ?lang=/?state= address moves to embed/<chart>/en/….
    .find((f) =>
      new URL(f.url() || 'about:blank', 'http://x').pathname.startsWith(`/embed/${chart}/`),
    );
  if (!frame) throw new Error(`no frame for ${chart}`);
  return frame;
}

export async function frameSizes(
  page: Page,
  charts: readonly ChartId[] = CHART_IDS,
): Promise<FrameSize[]> {
  const out: FrameSize[] = [];
  for (const chart of charts) {
    const frameHeight = await page.evaluate((id) => {
      const el = [...document.querySelectorAll('iframe')].find((f) =>
        f.src.includes(`/embed/${id}/`),
      );
      return el ? el.getBoundingClientRect().height : -1;
    }, chart);
    const inner = await childFrame(page, chart).evaluate(() => {
      const root = document.getElementById('root');
      const el = document.documentElement;
      return {
        contentHeight: root ? root.getBoundingClientRect().height : -1,
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        theme: el.getAttribute('data-theme'),
      };
    });
    out.push({ chart, frameHeight, ...inner });
  }
  return out;
}

/** Problems with the sizes: empty when every frame fits its content (±tolerance) with no scrollbar. */
export function sizeProblems(sizes: FrameSize[], tolerance = 2): string[] {
  const problems: string[] = [];
  for (const s of sizes) {
    if (Math.abs(s.frameHeight - s.contentHeight) > tolerance)
      problems.push(`${s.chart}: iframe ${s.frameHeight}px vs content ${s.contentHeight}px`);
    if (s.scrollHeight > s.clientHeight + 1)
      problems.push(`${s.chart}: vertical overflow ${s.scrollHeight} > ${s.clientHeight}`);
    if (s.scrollWidth > s.clientWidth + 1)
      problems.push(`${s.chart}: horizontal overflow ${s.scrollWidth} > ${s.clientWidth}`);
  }
  return problems;
}

/** Poll until `check` returns no problems, or give up and return the last problems. */
export async function settle(check: () => Promise<string[]>, timeout = 10_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let problems = await check();
  while (problems.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    problems = await check();
  }
  return problems;
}

/**
 * Bring every iframe into view once so lazy ones load, then wait until each embed's page is there
 * with its script started (`data-embed-ready`; React itself waits for the reader's first touch).
 */
export async function loadAllFrames(
  page: Page,
  charts: readonly ChartId[] = CHART_IDS,
): Promise<void> {
  for (const chart of charts) {
    await page.evaluate((id) => {
      const el = [...document.querySelectorAll('iframe')].find((f) =>
        f.src.includes(`/embed/${id}/`),
      );
      el?.scrollIntoView({ block: 'center' });
    }, chart);
    const end = Date.now() + 15_000;
    for (;;) {
      try {
        const frame = childFrame(page, chart);
        await frame.waitForSelector('html[data-embed-ready]', {
          state: 'attached',
          timeout: 15_000,
        });
        break;
      } catch (error) {
        if (Date.now() > end) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Scroll each embed into view, then wait until it fits. Chromium pauses rendering (and so
 * ResizeObserver) in cross-origin frames that are off screen; an embed adapts once the reader
 * can see it, which is what this checks, one frame at a time.
 */
export async function settleEach(
  page: Page,
  charts: readonly ChartId[] = CHART_IDS,
  timeout = 10_000,
): Promise<string[]> {
  const problems: string[] = [];
  for (const chart of charts) {
    await page.evaluate((id) => {
      const el = [...document.querySelectorAll('iframe')].find((f) =>
        f.src.includes(`/embed/${id}/`),
      );
      el?.scrollIntoView({ block: 'start' });
    }, chart);
    problems.push(
      ...(await settle(async () => sizeProblems(await frameSizes(page, [chart])), timeout)),
    );
  }
  await page.evaluate(() => scrollTo(0, 0));
  return problems;
}
