/**
 * The fixed height of an embed code that cannot resize itself (a CMS that strips scripts, oEmbed
 * consumers, AMP before its runtime applies embed-size): the tallest the page gets at any frame
 * width from 280 to 1280 px, plus a margin, so it crops nothing. Measured in Chromium by
 * `npm run measure:embeds` (tests/browser/height-sweep.ts) into fixed-heights.json, keyed by the
 * page's directory (paths.ts); a browser test fails when a page outgrows its entry. Pure.
 */
import table from './fixed-heights.json' with { type: 'json' };

export interface FixedHeights {
  /** Frame widths swept, px. */
  widths: number[];
  /** Page directory (e.g. "embed/troops/en/") → height, px. */
  pages: Record<string, number>;
}

/** Added to the measured maximum (a line of text more after a data update), then rounded up to 10. */
export const FIXED_HEIGHT_MARGIN = 24;

export function fixedHeightFor(measuredMax: number): number {
  return Math.ceil((measuredMax + FIXED_HEIGHT_MARGIN) / 10) * 10;
}

/**
 * The fixed height for a page directory. A page not measured yet (a new state) gets the tallest
 * height of its chart, else of any page: too tall leaves space, too short would crop.
 */
export function fixedHeight(dir: string, heights: FixedHeights = table as FixedHeights): number {
  const own = heights.pages[dir];
  if (own !== undefined) return own;
  const chart = /^embed\/[^/]+\//.exec(dir)?.[0];
  const entries = Object.entries(heights.pages);
  const sameChart = entries.filter(([d]) => chart !== undefined && d.startsWith(chart));
  const pool = (sameChart.length > 0 ? sameChart : entries).map(([, h]) => h);
  return pool.length > 0 ? Math.max(...pool) : 2000;
}
