/**
 * oEmbed (https://oembed.com) for a static site: one JSON file next to each embed page,
 * `embed/<chart>/[en/][<state>/]oembed.json`, announced by the page's
 * `<link rel="alternate" type="application/json+oembed">`, so pasting an embed page's address into
 * WordPress, Ghost, Notion or Iframely embeds the chart. A "rich" response: the iframe code at the
 * height that crops nothing at any width (fixed-height.ts) plus embed.js, which fits it when the
 * consumer keeps scripts. Every URL in it is absolute, so it is written only with SITE_URL. Pure.
 */
import { oembedSnippet } from './snippets.ts';

/** What the chart needs at a typical article width; the iframe itself is 100 % wide. */
export const OEMBED_WIDTH = 640;

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedInput {
  title: string;
  providerName: string;
  /** The site root, absolute. */
  providerUrl: string;
  /** The embed page, absolute. */
  page: string;
  /** embed.js, absolute. */
  script: string;
  height: number;
  thumbnail: { url: string; width: number; height: number };
}

/** The oEmbed file next to an embed page directory ("embed/troops/en/" → ".../oembed.json"). */
export const oembedPath = (dir: string) => `${dir}oembed.json`;

export function oembed(input: OEmbedInput): OEmbedRich {
  for (const url of [input.providerUrl, input.page, input.script, input.thumbnail.url])
    if (!/^https?:\/\//.test(url)) throw new Error(`oEmbed needs absolute URLs, got ${url}`);
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: oembedSnippet(input.page, input.script, input.title, input.height),
    width: OEMBED_WIDTH,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}
