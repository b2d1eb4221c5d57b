/**
 * Every built page (story de/en, the seven embeds, the newsroom page) carries a strict CSP and works
 * under it in real Chromium: it loads, hydrates and is used with no console error, no failed request,
 * no request to another origin and no CSP violation.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  EMBED_PAGES,
  PAGES,
  STORY_PAGES,
  builtHtmlPages,
  cspViolations,
  listProblems,
  openPage,
  readBuilt,
  requireBuilt,
  scrollThrough,
  waitForHydration,
} from './harness.ts';
import { distAndBrowserForFile } from './shared-env.ts';

const ALL = [...STORY_PAGES, ...EMBED_PAGES, PAGES.newsroom];

const env = distAndBrowserForFile();

/** The directives of the page's CSP meta tag, or null. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return null;
  const content = meta[1]!
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('Content-Security-Policy in the built HTML', () => {
  it('every required page is built', () => {
    for (const page of ALL) requireBuilt(page);
  });

  it.each(ALL)(
    '%s: script-src self, no unsafe-inline/eval, inline scripts only by hash',
    (page) => {
      const html = readBuilt(page);
      const csp = cspOf(html);
      expect(csp, 'no CSP meta tag').not.toBeNull();
      const scripts = csp!.get('script-src') ?? csp!.get('default-src');
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain('*');
      expect(csp!.get('object-src')).toEqual(["'none'"]);
      // JSON data islands aside, the only inline script is the embed pages' entry loader
      // (scripts/vite/entry-on-demand.ts), allowed by its hash and by nothing broader.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attrs, body]) =>
          !/\bsrc=/.test(attrs!) &&
          !/type="application\/(ld\+)?json"/.test(attrs!) &&
          body!.trim() !== '',
      );
      expect(inline).toHaveLength(EMBED_PAGES.includes(page) ? 1 : 0);
      const hashes = inline.map(
        ([, , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
      );
      expect(scripts!.filter((s) => s.startsWith("'sha"))).toEqual(hashes);
    },
  );

  it('no other built page lacks the CSP', () => {
    const missing = builtHtmlPages().filter((p) => cspOf(readBuilt(p)) === null);
    expect(missing).toEqual([]);
  });
});

/** Load, let it hydrate, visit everything (lazy chunks), and report every problem. */
async function loadAndUse(page: Page, url: string, hydrates: boolean) {
  await page.goto(url, { waitUntil: 'load' });
  if (hydrates) await waitForHydration(page);
  await scrollThrough(page, 60);
  await page.waitForTimeout(300);
}

const VARIANTS = [
  ...STORY_PAGES.map((p) => ({ page: p, query: '' })),
  ...EMBED_PAGES.map((p) => ({ page: p, query: '' })),
  ...EMBED_PAGES.map((p) => ({ page: p, query: '?lang=en&theme=dark' })),
  { page: EMBED_PAGES[1]!, query: '?lang=xx&theme=%3Cscript%3E&state=../../etc' },
  { page: PAGES.newsroom, query: '' },
];

describe('pages load cleanly under the CSP', () => {
  it.each(VARIANTS)(
    '$page $query: no console error, failed or foreign request, CSP violation',
    async ({ page: path, query }) => {
      requireBuilt(path);
      const { context, page, problems } = await openPage(env.browser, env.server.origin, {
        viewport: { width: 390, height: 844 },
      });
      await loadAndUse(
        page,
        `${env.server.url}${path.replace(/index\.html$/, '')}${query}`,
        path !== PAGES.newsroom,
      );
      expect(listProblems(problems)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      // It did load its own scripts (the CSP let them run).
      expect(problems.requests.some((r) => /\.js(\?|$)/.test(r))).toBe(true);
      await context.close();
    },
  );
});
