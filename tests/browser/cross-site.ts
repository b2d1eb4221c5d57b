/**
 * Host pages on one site embedding dist/ from another, as on a newspaper's CMS: `news.test` embeds
 * `charts.test` (both mapped to 127.0.0.1 by Chromium's host resolver), so every embed is a
 * cross-site, out-of-process iframe, the kind Chromium throttles when it is off screen. The host
 * pages are written here; the tests drive them.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { CHART_IDS, type ChartId } from '../../src/charts/types.ts';
import { ROOT, launchBrowser, serveDir, serveDist } from './harness.ts';
import { frameSizes, sizeProblems } from './embed-helpers.ts';

export interface CrossSite {
  /** Base URL of the host pages, e.g. http://news.test:41234/ */
  host: string;
  /** Origin of the embeds, e.g. http://charts.test:41235 */
  child: string;
  close(): Promise<void>;
}

/** The browser resolves `*.test` to 127.0.0.1 (SHARED_BROWSER_ARGS in ./harness.ts). */
export function launchCrossSiteBrowser(): Promise<Browser> {
  return launchBrowser({ crossSite: true });
}

/** Space between embeds: every embed but the first starts more than a viewport below the last. */
const GAP = '<div class="gap" aria-hidden="true"></div>';

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>
body { margin: 0; font: 16px/1.5 sans-serif; }
main { margin: 0 auto; max-width: 1280px; padding: 0 16px; }
.gap { height: 1600px; }
.dark { background: rgb(18, 18, 20); color: #eee; }
[hidden] { display: none; }
</style>${head}
</head><body>
<main>
<h1>${title}</h1>
${body}
</main>
</body></html>`;
}

const frame = (child: string, chart: string, query = '', attrs = '') =>
  `<iframe data-transfers-embed src="${child}/embed/${chart}/${query}" title="${chart}"${attrs} width="100%" height="500" scrolling="no" loading="lazy" style="display:block;width:100%;border:0"></iframe>`;

/** Records every message the page receives from a frame: `window.received`. */
const RECORDER = `<script>
window.received = [];
addEventListener('message', (e) => {
  const f = [...document.querySelectorAll('iframe')].find((x) => x.contentWindow === e.source);
  window.received.push({ t: performance.now(), frame: f ? f.title : null, data: e.data });
});
</script>`;

function hostPages(child: string): Record<string, string> {
  const script = `<script async src="${child}/embed.js"></script>`;
  const column = CHART_IDS.map((id) => frame(child, id)).join(`\n${GAP}\n`);
  const pymDivs = CHART_IDS.map((id) => `<div id="pym-${id}"></div>`).join(`\n${GAP}\n`);
  return {
    'column.html': page('Seven embeds in a column (embed.js)', `${column}\n${script}`, RECORDER),
    'column-pym.html': page(
      'Seven embeds in a column (pym.js)',
      `${pymDivs}
<script src="pym.v1.min.js"></script>
<script>
window.pymParents = ${JSON.stringify(CHART_IDS)}.map((id) =>
  new pym.Parent('pym-' + id, ${JSON.stringify(child)} + '/embed/' + id + '/', { title: id }));
</script>`,
      RECORDER,
    ),
    'tabs.html': page(
      'Embeds in tabs',
      `<div id="tab-a">${frame(child, 'missiles', '', ' loading="eager"')}</div>
<div id="tab-b" hidden>${frame(child, 'troops', '', ' loading="eager"')}${frame(child, 'routes', '', ' loading="eager"')}</div>
${script}`,
    ),
    'silent.html': page(
      'A host that never answers (no script of ours; AMP sends nothing either)',
      `${frame(child, 'troops', '', ' loading="eager"')}`,
      RECORDER,
    ),
    'bad-params.html': page(
      'Embed codes mangled by a CMS',
      [
        frame(child, 'troops', '?lang=xx&theme=neon&state=nope', ' loading="eager"'),
        frame(
          child,
          'routes',
          '?lang=EN&theme=%3Cb%3E&state=%22%3E%3Cscript%3E',
          ' loading="eager"',
        ),
        frame(child, 'missiles', `?state=${'x'.repeat(3000)}&childId=%00`, ' loading="eager"'),
      ].join('\n') + script,
    ),
    'dark.html': `<!doctype html><html lang="en" class="night"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dark host</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; background: rgb(17, 17, 17); color: #eee; font: 16px sans-serif }
.light-box { background: #fff; color: #111; padding: 8px }</style></head><body>
${frame(child, 'missiles', '', ' loading="eager"')}
${frame(child, 'artillery', '?theme=light', ' loading="eager"')}
<div class="light-box">${frame(child, 'troops', '', ' loading="eager"')}</div>
${frame(child, 'counterflows', '', ' loading="eager" data-dark=".night"')}
${script}
</body></html>`,
    'light-plain.html': page(
      'A light host without embed.js',
      frame(child, 'missiles', '', ' loading="eager"'),
    ),
  };
}

export async function startCrossSite(): Promise<CrossSite> {
  const hostDir = mkdtempSync(join(tmpdir(), 'embed-cross-'));
  copyFileSync(
    join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'),
    join(hostDir, 'pym.v1.min.js'),
  );
  const dist = await serveDist();
  const hostServer = await serveDir(hostDir);
  const child = dist.origin.replace('127.0.0.1', 'charts.test');
  for (const [name, html] of Object.entries(hostPages(child)))
    writeFileSync(join(hostDir, name), html);
  return {
    host: hostServer.url.replace('127.0.0.1', 'news.test'),
    child,
    async close() {
      await Promise.all([dist.close(), hostServer.close()]);
      rmSync(hostDir, { recursive: true, force: true });
    },
  };
}

/** The iframe element of a chart in the host page. */
export function iframeOf(page: Page, chart: ChartId, index = 0) {
  return page.locator(`iframe[src*="/embed/${chart}/"]`).nth(index);
}

/** The child frame of a chart, once its page is there. */
export async function childOf(page: Page, chart: ChartId): Promise<Frame> {
  const handle = await iframeOf(page, chart).elementHandle();
  const end = Date.now() + 15_000;
  for (;;) {
    const frame = await handle?.contentFrame();
    if (frame && (await frame.$('main[data-embed-chart]').catch(() => null))) return frame;
    if (Date.now() > end) throw new Error(`the ${chart} embed did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Bring each embed into view once (lazy frames load), wait until it fits, then go back to the top:
 * from there on, the first embed is on screen and the others are off it.
 */
export async function loadEach(page: Page, charts: readonly ChartId[] = CHART_IDS): Promise<void> {
  for (const chart of charts) {
    await iframeOf(page, chart).scrollIntoViewIfNeeded();
    await childOf(page, chart);
    const end = Date.now() + 15_000;
    let problems = sizeProblems(await frameSizes(page, [chart]));
    while (problems.length > 0 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      problems = sizeProblems(await frameSizes(page, [chart]));
    }
    if (problems.length > 0) throw new Error(`before the test: ${problems.join('; ')}`);
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/** Which embeds are in the viewport now (by their iframe's box). */
export async function onScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('iframe')]
      .filter((f) => {
        const r = f.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .map((f) => f.title),
  );
}
