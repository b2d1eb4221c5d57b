/**
 * Lighthouse 12.2.3, mobile preset (the default: simulated slow 4G and 4× CPU), on Debian's
 * Chromium through chrome-launcher with a fresh profile per run. The median run (by performance
 * score, then LCP) is kept. Needs scripts/patch-lighthouse.mjs applied (postinstall does it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser/harness.ts';
import { median, round } from './stats.ts';

export interface LighthouseRun {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Elements in the page at load (Lighthouse's dom-size; hidden prerendered layouts count). */
  domElements: number;
  /** Audits that errored or scored below 0.9 (why a score is not 100). */
  failing: string[];
}

export interface LighthouseResult {
  url: string;
  median: LighthouseRun;
  runs: LighthouseRun[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function once(url: string): Promise<LighthouseRun> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_ARGS,
    userDataDir,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const inCategories = new Set(
      Object.values(lhr.categories).flatMap((c) => c.auditRefs.map((r) => r.id)),
    );
    const failing = Object.entries(lhr.audits)
      .filter(
        ([id, a]) =>
          a.scoreDisplayMode === 'error' ||
          (inCategories.has(id) &&
            a.score !== null &&
            a.score < 0.9 &&
            ['binary', 'metricSavings', 'numeric'].includes(a.scoreDisplayMode)),
      )
      .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    const score = (k: (typeof CATEGORIES)[number]) => {
      const s = lhr.categories[k]?.score;
      return s === null || s === undefined ? null : Math.round(s * 100);
    };
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      fcpMs: round(num('first-contentful-paint'), 0),
      lcpMs: round(num('largest-contentful-paint'), 0),
      tbtMs: round(num('total-blocking-time'), 0),
      cls: round(num('cumulative-layout-shift'), 4),
      totalBytes: num('total-byte-weight'),
      domElements: num('dom-size'),
      failing,
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function runLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await once(url));
  // Each figure is its own median over the runs; `failing` comes from the median-performance run.
  const sorted = [...all].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0) || b.lcpMs - a.lcpMs,
  );
  const m = (f: (r: LighthouseRun) => number | null) => {
    const values = all.map(f).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return {
    url,
    median: {
      scores: {
        performance: m((r) => r.scores.performance),
        accessibility: m((r) => r.scores.accessibility),
        'best-practices': m((r) => r.scores['best-practices']),
        seo: m((r) => r.scores.seo),
      },
      fcpMs: m((r) => r.fcpMs) ?? Number.NaN,
      lcpMs: m((r) => r.lcpMs) ?? Number.NaN,
      tbtMs: m((r) => r.tbtMs) ?? Number.NaN,
      cls: m((r) => r.cls) ?? Number.NaN,
      totalBytes: m((r) => r.totalBytes) ?? Number.NaN,
      domElements: m((r) => r.domElements) ?? Number.NaN,
      failing: mid.failing,
    },
    runs: all,
  };
}
