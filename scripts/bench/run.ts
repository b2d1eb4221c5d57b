/**
 * npm run bench [-- --runs 3 --skip-build --only lighthouse,bytes,scroll --scroll-seconds 10]
 *
 * Builds (timed), serves dist/ on 127.0.0.1 with brotli/gzip like a real host, and measures in
 * Debian's Chromium: Lighthouse mobile for the story (de, en) and every embed (element counts at
 * load included), bytes by kind for the story and every embed (an embed's JS at load and after the
 * reader's first touch) plus embed.js, the layout shifts inside three embeds on a publisher's page
 * read top to bottom at 390 and 1280 px, and scroll frame times against a static floor page.
 * Prints one table of the budgets with pass/fail and writes bench/results.json. Not part of
 * `npm test`: numbers belong in a benchmark, not in timed tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHART_IDS } from '../../src/charts/types.ts';
import { DIST, ROOT, launchBrowser, serveDir } from '../../tests/browser/harness.ts';
import { checkBudgets, type Measurements } from './budgets.ts';
import { measurePageBytes, sizesOf } from './bytes.ts';
import { runLighthouse } from './lighthouse.ts';
import { HOST_CHARTS, measureHostShifts } from '../../tests/browser/host-cls.ts';
import { measureScroll, scrollHeightOf, writeFloorPage, type ScrollResult } from './scroll.ts';
import { kib, round } from './stats.ts';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string', default: 'lighthouse,bytes,host,scroll' },
    'scroll-seconds': { type: 'string', default: '10' },
  },
});
const runs = Math.max(1, Number(opts.runs));
const only = new Set(opts.only.split(','));
const log = (msg: string) => console.info(`bench: ${msg}`);

function build(): number | null {
  if (opts['skip-build']) return null;
  log('npm run build …');
  const t = performance.now();
  const res = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
  return round((performance.now() - t) / 1000);
}

async function main() {
  const started = new Date();
  const m: Measurements = {
    buildSeconds: build(),
    lighthouse: {},
    bytes: {},
    embedJs: null,
    host: [],
    scroll: null,
  };
  // Measure a private copy: another `npm run build` in this checkout must not swap files mid-run.
  const site = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(DIST, site, { recursive: true });
  const server = await serveDir(site, 0, { compress: true, precompress: true });
  const browser = await launchBrowser();
  const chromium = browser.version();
  const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const floorServer = await serveDir(floorDir, 0, { compress: true });
  try {
    if (only.has('bytes')) {
      const pages: [string, string, boolean][] = [
        ['story-de', '', false],
        ['story-en', 'en/', false],
        // An embed loads React on the reader's first touch: `initial` is what it loads before,
        // in a host page's frame.
        ...CHART_IDS.map((id): [string, string, boolean] => [`embed-${id}`, `embed/${id}/`, true]),
      ];
      for (const [key, path, atLoad] of pages) {
        log(`bytes ${path || '/'}`);
        m.bytes[key] = await measurePageBytes(browser, site, server.origin, path, {
          hydrates: true,
          atLoad,
          inFrame: atLoad,
        });
      }
      m.embedJs = sizesOf(join(site, 'embed.js'));
    }

    if (only.has('host'))
      for (let i = 0; i < runs; i++)
        for (const width of [390, 1280]) {
          log(`host page with three embeds, ${width} px, run ${i + 1}/${runs}`);
          m.host.push(await measureHostShifts(browser, width, { dist: site }));
        }

    if (only.has('scroll')) {
      const storyUrl = server.url;
      const height = await scrollHeightOf(browser, storyUrl);
      const floorUrl = `${floorServer.url}${writeFloorPage(floorDir, height)}`;
      const story: ScrollResult[] = [];
      const floor: ScrollResult[] = [];
      const durationS = Number(opts['scroll-seconds']);
      for (let i = 0; i < runs; i++) {
        log(`scroll run ${i + 1}/${runs} (story, then floor; ${height} px, 4× CPU)`);
        story.push(await measureScroll(browser, server.origin, storyUrl, { durationS }));
        floor.push(await measureScroll(browser, floorServer.origin, floorUrl, { durationS }));
      }
      const mid = (rs: ScrollResult[]) =>
        [...rs].sort((a, b) => a.frameMs.p95 - b.frameMs.p95)[Math.floor(rs.length / 2)]!;
      const s = mid(story);
      const f = mid(floor);
      m.scroll = { story: s, floor: f, p95Ratio: round(s.frameMs.p95 / f.frameMs.p95, 2) };
    }
  } finally {
    await browser.close();
    await floorServer.close();
    rmSync(floorDir, { recursive: true, force: true });
  }

  if (only.has('lighthouse')) {
    const targets: [string, string][] = [
      ['story-de', ''],
      ['story-en', 'en/'],
      ...CHART_IDS.map((id): [string, string] => [`embed-${id}`, `embed/${id}/`]),
    ];
    for (const [key, path] of targets) {
      log(`lighthouse ${path || '/'} × ${runs}`);
      m.lighthouse[key] = await runLighthouse(`${server.url}${path}`, runs);
    }
  }
  await server.close();
  rmSync(site, { recursive: true, force: true });

  const budgets = checkBudgets(m);
  printTables(m, budgets);
  const results = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: round(totalmem() / 2 ** 30),
      node: process.version,
      chromium,
      lighthouse: '12.2.3',
    },
    runs,
    budgets,
    ...m,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json');
}

function printTables(m: Measurements, budgets: ReturnType<typeof checkBudgets>) {
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
  };
  if (Object.keys(m.lighthouse).length) {
    console.info('\nLighthouse mobile (median of runs)');
    console.info(
      table([
        [
          'page',
          'perf',
          'a11y',
          'bp',
          'seo',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
          'KB',
          'elements',
        ],
        ...Object.entries(m.lighthouse).map(([k, r]) => [
          k,
          ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) =>
            String(r.median.scores[c]),
          ),
          String(r.median.fcpMs),
          String(r.median.lcpMs),
          String(r.median.tbtMs),
          String(r.median.cls),
          String(kib(r.median.totalBytes)),
          String(r.median.domElements),
        ]),
      ]),
    );
    console.info('\nLighthouse mobile, every run (perf / LCP ms / TBT ms / CLS)');
    console.info(
      table([
        ['page', ...Array.from({ length: runs }, (_, i) => `run ${i + 1}`)],
        ...Object.entries(m.lighthouse).map(([k, r]) => [
          k,
          ...r.runs.map(
            (x) => `${x.scores.performance} / ${x.lcpMs} / ${x.tbtMs} / ${round(x.cls, 3)}`,
          ),
        ]),
      ]),
    );
    for (const [k, r] of Object.entries(m.lighthouse))
      if (r.median.failing.length) console.info(`  ${k} below 0.9: ${r.median.failing.join(', ')}`);
  }
  if (Object.keys(m.bytes).length) {
    console.info(
      '\nBytes, KB gzip (brotli): initial = until hydrated at the top; total = after scrolling through',
    );
    console.info(
      table([
        ['page', 'initial JS', 'JS', 'CSS', 'fonts', 'map', 'data', 'HTML', 'total'],
        ...Object.entries(m.bytes).map(([k, b]) => [
          k,
          `${kib(b.initial.js.gzip)} (${kib(b.initial.js.brotli)})`,
          ...(['js', 'css', 'font', 'map', 'data', 'html', 'total'] as const).map(
            (kind) => `${kib(b.total[kind].gzip)} (${kib(b.total[kind].brotli)})`,
          ),
        ]),
      ]),
    );
    if (m.embedJs)
      console.info(
        `  embed.js: ${m.embedJs.gzip} B gzip, ${m.embedJs.brotli} B brotli, ${m.embedJs.raw} B raw`,
      );
  }
  if (m.host.length) {
    console.info('\nLayout shift inside three embeds on a host page read top to bottom');
    console.info(
      table([
        ['width', ...HOST_CHARTS, 'embeds Σ', 'host page'],
        ...m.host.map((h) => [
          `${h.width} px`,
          ...HOST_CHARTS.map((c) => String(h.frames[c] ?? '—')),
          String(h.framesTotal),
          String(h.host),
        ]),
      ]),
    );
  }
  if (m.scroll) {
    console.info('\nScroll at 4× CPU, 390×844 (median run by p95)');
    console.info(
      table([
        [
          'page',
          'frames',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'dropped %',
          'long tasks',
          'CLS',
          'transition frames % (p95 ms)',
          'steady p95 ms',
        ],
        ...(['story', 'floor'] as const).map((k) => {
          const s = m.scroll![k];
          return [
            k,
            String(s.frames),
            String(s.frameMs.p50),
            String(s.frameMs.p95),
            String(s.frameMs.p99),
            String(s.droppedFramePct),
            `${s.longTasks.count} (${s.longTasks.totalMs} ms)`,
            String(s.clsDuringScroll),
            `${s.split.transitionPct} (${s.split.transitionP95 ?? '—'})`,
            String(s.split.steadyP95 ?? '—'),
          ];
        }),
      ]),
    );
  }
  console.info('\nBudgets (issues 6 and 15)');
  console.info(
    table([
      ['figure', 'budget', 'measured', 'result'],
      ...budgets.map((b) => [
        b.figure,
        b.budget,
        b.measured,
        b.pass === null ? '—' : b.pass ? 'pass' : 'FAIL',
      ]),
    ]),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
