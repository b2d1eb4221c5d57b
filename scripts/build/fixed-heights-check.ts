/**
 * Build step: warns when embed pages changed since their fixed heights were measured
 * (src/embed/fixed-heights.json, `npm run measure:embeds`). Heights follow the words on the page,
 * so each measured page's text is remembered as a hash; a data update that changes a page's text
 * makes the build say which pages to measure again. Nothing is blocked: the margin usually covers
 * a small change, and the browser tests fail where it does not.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import table from '../../src/embed/fixed-heights.json' with { type: 'json' };
import { embedPageDirs } from '../../tests/browser/height-sweep.ts';
import type { BuildStep } from './steps.ts';

/** The visible words of a built page's content (markup, attributes and asset names aside). */
export function pageTextHash(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  const text = main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Pages whose measured text is missing or differs from the built page's. */
export function stalePages(
  dist: string,
  measured: Partial<Record<string, string>> = (table as { text?: Record<string, string> }).text ??
    {},
): string[] {
  return embedPageDirs(dist).filter(
    (dir) => measured[dir] !== pageTextHash(readFileSync(join(dist, dir, 'index.html'), 'utf8')),
  );
}

export const fixedHeightsCheckStep: BuildStep = {
  name: 'fixed heights up to date',
  run({ dist }) {
    const stale = stalePages(dist);
    if (stale.length === 0) return;
    const list =
      stale.length > 4
        ? `${stale.slice(0, 4).join(', ')} and ${stale.length - 4} more`
        : stale.join(', ');
    console.warn(
      `Warning: ${stale.length} embed page(s) changed since their fixed heights were measured (${list}). ` +
        'Run `npm run measure:embeds` now and commit src/embed/fixed-heights.json, or the fixed-height, oEmbed and AMP codes may cut them off.',
    );
  },
};
