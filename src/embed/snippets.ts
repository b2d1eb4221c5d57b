/**
 * The embed codes the dialog offers, as text. Pure, so what newsrooms paste is tested.
 * URLs are absolute, computed in the browser from the page's own address: the build cannot know
 * where dist/ will be published.
 */
import type { ChartId } from '../charts/types.ts';
import { embedQuery, type ThemeChoice } from './params.ts';
import { embedDir } from './paths.ts';
import { escapeHtml } from '../lib/escape.ts';
import type { Lang } from '../lib/i18n.ts';

export interface EmbedOptions {
  lang: Lang;
  theme: ThemeChoice;
  /** null: the chart's default state. */
  state: string | null;
}

/**
 * Absolute URLs of the embed page and the host script, from the site root's absolute URL. Language
 * and state are the page's own directory (./paths.ts: prerendered, final without script); only
 * the theme stays a query parameter. `defaultState`: the chart's first state.
 */
export function embedUrls(
  siteRoot: string,
  chart: ChartId,
  options: EmbedOptions,
  defaultState: string,
): { page: string; script: string } {
  const dir = embedDir({ chart, lang: options.lang, state: options.state }, defaultState);
  return {
    page: new URL(`${dir}${embedQuery({ theme: options.theme })}`, siteRoot).href,
    script: new URL('embed.js', siteRoot).href,
  };
}

/** The site root's absolute URL from the page's address and its relative path to the root. */
export function siteRootUrl(pageHref: string, root: string): string {
  const url = new URL(root || './', pageHref);
  url.search = '';
  url.hash = '';
  return url.href;
}

const FRAME_STYLE = 'display:block;width:100%;border:0';

/** Recommended: iframe + our host script, which keeps the height right. */
export function scriptSnippet(page: string, script: string, title: string, height: number): string {
  return [
    `<iframe data-transfers-embed src="${escapeHtml(page)}" title="${escapeHtml(title)}" width="100%" height="${height}" scrolling="no" loading="lazy" style="${FRAME_STYLE}"></iframe>`,
    `<script async src="${escapeHtml(script)}"></script>`,
  ].join('\n');
}

/**
 * For CMSs that strip scripts: a fixed height tall enough for narrow screens. No scrolling="no",
 * so if the content ever outgrows it, readers can still scroll rather than lose the source line.
 */
export function fallbackSnippet(page: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(page)}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" style="${FRAME_STYLE}"></iframe>`;
}

/** Until measured, a typical chart height; the dialog replaces it with the real one. */
export const ESTIMATED_HEIGHT = 640;

/**
 * For oEmbed consumers, which may or may not keep the script: the fixed height that crops
 * nothing (fixed-height.ts), marked for embed.js, which fits it to the content when it runs.
 */
export function oembedSnippet(page: string, script: string, title: string, height: number): string {
  return [
    `<iframe data-transfers-embed src="${escapeHtml(page)}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" style="${FRAME_STYLE}"></iframe>`,
    `<script async src="${escapeHtml(script)}"></script>`,
  ].join('\n');
}

/**
 * For AMP pages (amp-iframe, https only): AMP's runtime applies the embed's embed-size messages
 * when the reader is not looking, or on a tap on the overflow button; until then the fixed
 * height shows everything. The placeholder lets the chart sit at the top of an article.
 */
export function ampSnippet(
  page: string,
  title: string,
  height: number,
  words: { more: string; loading: string },
): string {
  return [
    `<amp-iframe src="${escapeHtml(page)}" title="${escapeHtml(title)}" layout="fixed-height" height="${height}" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">`,
    `  <button overflow type="button">${escapeHtml(words.more)}</button>`,
    `  <p placeholder>${escapeHtml(words.loading)}</p>`,
    `</amp-iframe>`,
  ].join('\n');
}
