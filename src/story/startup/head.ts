/**
 * The story page's <head> tags as an HTML string: title, description, canonical and language
 * alternates, Open Graph / Twitter cards with the share image, and JSON-LD NewsArticle (a data
 * block, not a script that runs, so the CSP allows it). With SITE_URL every link a crawler reads
 * (canonical, hreflang, og:url, og:image) is absolute; without it canonical, hreflang and og:url
 * are left out and the image path is relative to the page's own folder (`content` attributes are
 * not rewritten by the prerenderer).
 */
import type { Dataset } from '../../data/schema.ts';
import { escapeHtml } from '../../lib/escape.ts';
import type { Lang } from '../../lib/i18n.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePath } from '../../pages/share-card.ts';
import { siteBase, siteLink } from '../../pages/site-url.ts';
import type { StoryContent } from '../content/content.ts';

const OG_LOCALE: Record<Lang, string> = { de: 'de_DE', en: 'en_GB' };

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no tag can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The story's share card: the overview's, absolute with SITE_URL. */
export function storyImage(lang: Lang, siteUrl?: string): string {
  return siteLink(siteBase(siteUrl), sharePath('overview', lang), lang === 'de' ? 0 : 1);
}

export function storyJsonLd(data: Dataset, content: StoryContent, lang: Lang, siteUrl?: string) {
  const first = [...data.meta.changelog].sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: content.headline,
    description: content.description,
    inLanguage: lang,
    datePublished: first?.date ?? data.meta.updated,
    dateModified: data.meta.updated,
    author: [{ '@type': 'Person', name: content.author }],
    image: [storyImage(lang, siteUrl)],
    about: {
      '@type': 'Report',
      name: data.meta.report.title,
      datePublished: data.meta.report.date,
      publisher: { '@type': 'Organization', name: data.meta.report.publisher },
    },
  };
}

/** Absolute page URLs under `siteUrl` (the published folder of dist/), or null without one. */
export function absolutePages(siteUrl: string | undefined): Record<Lang, string> | null {
  const base = siteBase(siteUrl);
  return base ? { de: new URL('./', base).href, en: new URL('./en/', base).href } : null;
}

/**
 * Canonical and hreflang links must be absolute (search engines ignore relative ones, and
 * Lighthouse fails them), but the build does not know where dist/ will be published: they are
 * written only when the build is given `SITE_URL` (see README, step 4), otherwise left out.
 */
function linkTags(lang: Lang, siteUrl: string | undefined): string[] {
  const pages = absolutePages(siteUrl);
  if (!pages) return [];
  const e = escapeHtml;
  return [
    `<link rel="canonical" href="${e(pages[lang])}" />`,
    `<meta property="og:url" content="${e(pages[lang])}" />`,
    `<link rel="alternate" hreflang="de" href="${e(pages.de)}" />`,
    `<link rel="alternate" hreflang="en" href="${e(pages.en)}" />`,
    `<link rel="alternate" hreflang="x-default" href="${e(pages.de)}" />`,
  ];
}

export function storyHead(
  data: Dataset,
  content: StoryContent,
  lang: Lang,
  siteUrl?: string,
): string {
  const image = escapeHtml(storyImage(lang, siteUrl));
  const e = escapeHtml;
  return [
    `<title>${e(content.title)}</title>`,
    `<meta name="description" content="${e(content.description)}" />`,
    `<meta name="author" content="${e(content.author)}" />`,
    ...linkTags(lang, siteUrl),
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${e(content.headline)}" />`,
    `<meta property="og:description" content="${e(content.description)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}" />`,
    `<meta property="og:image" content="${image}" />`,
    `<meta property="og:image:width" content="${SHARE_WIDTH}" />`,
    `<meta property="og:image:height" content="${SHARE_HEIGHT}" />`,
    `<meta property="og:image:alt" content="${e(data.meta.title[lang])}" />`,
    `<meta property="article:modified_time" content="${data.meta.updated}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${e(content.headline)}" />`,
    `<meta name="twitter:description" content="${e(content.description)}" />`,
    `<meta name="twitter:image" content="${image}" />`,
    `<script type="application/ld+json">${jsonForScript(storyJsonLd(data, content, lang, siteUrl))}</script>`,
  ].join('\n    ');
}
