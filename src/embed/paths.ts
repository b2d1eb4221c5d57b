/**
 * Where each prerendered embed page lives. A static host cannot choose a page by query string, so
 * every language and every state the embed dialog offers has a path of its own, mirroring the
 * story (German at the root, English under `en/`):
 *
 *   embed/<chart>/                German, default state (the address older embed codes use)
 *   embed/<chart>/en/             English, default state
 *   embed/<chart>/<state>/        German, that state
 *   embed/<chart>/en/<state>/     English, that state
 *
 * Pure: the build, the dialog, oEmbed and the tests all ask this module, so they cannot disagree.
 */
import type { ChartId } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';

export interface EmbedPageKey {
  chart: ChartId;
  lang: Lang;
  /** A state id of the chart; null (or the default state's id) for its default. */
  state: string | null;
}

/**
 * The page's directory relative to the site root, ending in "/". `defaultState` is the chart's
 * first state: asking for it by name gives the default path, so each page has one address.
 */
export function embedDir({ chart, lang, state }: EmbedPageKey, defaultState: string): string {
  const parts = ['embed', chart];
  if (lang === 'en') parts.push('en');
  if (state !== null && state !== defaultState) parts.push(state);
  return `${parts.join('/')}/`;
}

/** From an embed page's directory back to the site root ("../../", "../../../", …). */
export function rootFromEmbedDir(dir: string): string {
  const depth = dir.split('/').filter(Boolean).length;
  return '../'.repeat(depth);
}
