/**
 * The publishing tags of an embed page (the rest of its head is pages.tsx's): its own share card
 * (og:image, the chart's card in the page's language), Open Graph and Twitter card text, and with
 * SITE_URL its absolute address (canonical, og:url) and its oEmbed file. Without SITE_URL the card
 * is linked relative to the page and the URL-dependent tags are left out (the build warns). Pure.
 */
import type { ChartId } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePath } from '../pages/share-card.ts';
import { siteBase } from '../pages/site-url.ts';
import { oembedPath } from './oembed.ts';
import { rootFromEmbedDir } from './paths.ts';
import { escapeHtml } from '../lib/escape.ts';

const OG_LOCALE: Record<Lang, string> = { de: 'de_DE', en: 'en_GB' };

export interface EmbedHeadInput {
  chart: ChartId;
  lang: Lang;
  /** The page's directory, from paths.ts's embedDir ("embed/troops/en/"). */
  dir: string;
  /** The page's title (chart – piece) and description (the chart's state in words). */
  title: string;
  description: string;
  siteName: string;
  siteUrl?: string;
  /**
   * The site root relative links are written from (default: the page's own folder). Pages that
   * the prerenderer rebases from their template's folder pass that folder's root.
   */
  linkRoot?: string;
}

export function embedPublishingHead({
  chart,
  lang,
  dir,
  title,
  description,
  siteName,
  siteUrl,
  linkRoot = rootFromEmbedDir(dir),
}: EmbedHeadInput): string {
  const base = siteBase(siteUrl);
  const e = escapeHtml;
  const image = base
    ? new URL(sharePath(chart, lang), base).href
    : `${linkRoot}${sharePath(chart, lang)}`;
  const page = base ? new URL(dir, base).href : null;
  return [
    ...(page && base
      ? [
          `<link rel="canonical" href="${e(page)}" />`,
          `<meta property="og:url" content="${e(page)}" />`,
          `<link rel="alternate" type="application/json+oembed" href="${e(new URL(oembedPath(dir), base).href)}" title="${e(title)}" />`,
        ]
      : []),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${e(siteName)}" />`,
    `<meta property="og:title" content="${e(title)}" />`,
    `<meta property="og:description" content="${e(description)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}" />`,
    `<meta property="og:image" content="${e(image)}" />`,
    `<meta property="og:image:width" content="${SHARE_WIDTH}" />`,
    `<meta property="og:image:height" content="${SHARE_HEIGHT}" />`,
    `<meta property="og:image:alt" content="${e(title)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${e(image)}" />`,
  ].join('\n    ');
}
