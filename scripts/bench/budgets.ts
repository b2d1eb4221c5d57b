/** The performance budgets of issue 6, checked against the bench's measurements. */
import type { LighthouseResult } from './lighthouse.ts';
import type { PageBytes, Sizes } from './bytes.ts';
import type { ScrollResult } from './scroll.ts';
import { kib, round } from './stats.ts';

export interface Measurements {
  buildSeconds: number | null;
  lighthouse: Record<string, LighthouseResult>;
  bytes: Record<string, PageBytes>;
  embedJs: Sizes | null;
  scroll: { story: ScrollResult; floor: ScrollResult; p95Ratio: number } | null;
}

export interface BudgetRow {
  figure: string;
  budget: string;
  measured: string;
  /** null when not measured in this run. */
  pass: boolean | null;
}

const STORY_LH = ['story-de', 'story-en'];
const EMBED_LH = ['embed-troops', 'embed-routes'];

function worst<T>(keys: string[], pick: (k: string) => T | undefined, cmp: (a: T, b: T) => number) {
  const values = keys.map(pick).filter((v): v is T => v !== undefined);
  return values.length ? [...values].sort(cmp)[0] : undefined;
}

export function checkBudgets(m: Measurements): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const lh = (k: string) => m.lighthouse[k]?.median;
  const row = (
    figure: string,
    budget: string,
    measured: string | undefined,
    pass: boolean | undefined,
  ) => rows.push({ figure, budget, measured: measured ?? 'not measured', pass: pass ?? null });

  // Scores: the lower of de/en counts.
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  const need = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
  const scores = cats.map((c) =>
    worst(
      STORY_LH,
      (k) => lh(k)?.scores[c] ?? undefined,
      (a, b) => a - b,
    ),
  );
  row(
    'story Lighthouse mobile perf / a11y / best practices / SEO (worse of de, en)',
    '≥ 98 / 100 / 100 / 100',
    scores.every((s) => s !== undefined) ? scores.join(' / ') : undefined,
    scores.every((s) => s !== undefined)
      ? cats.every((c, i) => (scores[i] as number) >= need[c])
      : undefined,
  );
  const storyMax = (f: (r: NonNullable<ReturnType<typeof lh>>) => number) =>
    worst(
      STORY_LH,
      (k) => (lh(k) ? f(lh(k)!) : undefined),
      (a, b) => b - a,
    );
  const lcp = storyMax((r) => r.lcpMs);
  const tbt = storyMax((r) => r.tbtMs);
  const cls = storyMax((r) => r.cls);
  row(
    'story LCP / TBT / CLS (mobile, simulated)',
    '≤ 1.5 s / ≤ 50 ms / ≤ 0.01',
    lcp === undefined ? undefined : `${round(lcp / 1000, 2)} s / ${tbt} ms / ${cls}`,
    lcp === undefined ? undefined : lcp <= 1500 && tbt! <= 50 && cls! <= 0.01,
  );
  const storyBytes = [m.bytes['story-de'], m.bytes['story-en']].filter(
    (b): b is PageBytes => b !== undefined,
  );
  const initialJs = storyBytes.length
    ? Math.max(...storyBytes.map((b) => b.initial.js.gzip))
    : undefined;
  row(
    'story JS needed before the first chart animates, gzip',
    '≤ 140 KB',
    initialJs === undefined ? undefined : `${kib(initialJs)} KB`,
    initialJs === undefined ? undefined : initialJs <= 140 * 1024,
  );
  const total = storyBytes.length
    ? Math.max(...storyBytes.map((b) => b.total.total.gzip))
    : undefined;
  row(
    'story total transfer incl. fonts and map, gzip',
    '≤ 300 KB',
    total === undefined ? undefined : `${kib(total)} KB`,
    total === undefined ? undefined : total <= 300 * 1024,
  );
  const embedLcp = worst(
    EMBED_LH,
    (k) => lh(k)?.lcpMs,
    (a, b) => b - a,
  );
  const embeds = Object.entries(m.bytes).filter(([k]) => k.startsWith('embed-'));
  const embedJs = embeds.length ? Math.max(...embeds.map(([, b]) => b.total.js.gzip)) : undefined;
  const blocking = embeds.length
    ? Math.max(...embeds.map(([, b]) => b.renderBlockingScripts))
    : undefined;
  row(
    'embed page: LCP (mobile) / JS gzip (largest embed) / JS needed for first paint',
    '≤ 1.2 s / ≤ 130 KB / none',
    embedLcp === undefined || embedJs === undefined
      ? undefined
      : `${round(embedLcp / 1000, 2)} s / ${kib(embedJs)} KB / ${blocking === 0 ? 'none' : `${blocking} blocking script(s)`}`,
    embedLcp === undefined || embedJs === undefined
      ? undefined
      : embedLcp <= 1200 && embedJs <= 130 * 1024 && blocking === 0,
  );
  row(
    'embed.js host script, gzip',
    '≤ 1 KB',
    m.embedJs ? `${m.embedJs.gzip} B` : undefined,
    m.embedJs ? m.embedJs.gzip <= 1024 : undefined,
  );
  row(
    'scroll p95 frame time, ratio to the floor page (4× CPU)',
    '≤ 1.25',
    m.scroll
      ? `${m.scroll.p95Ratio} (${m.scroll.story.frameMs.p95} ms vs ${m.scroll.floor.frameMs.p95} ms)`
      : undefined,
    m.scroll ? m.scroll.p95Ratio <= 1.25 : undefined,
  );
  row(
    '`npm run build` on this machine',
    '≤ 30 s',
    m.buildSeconds === null ? undefined : `${m.buildSeconds} s`,
    m.buildSeconds === null ? undefined : m.buildSeconds <= 30,
  );
  return rows;
}
