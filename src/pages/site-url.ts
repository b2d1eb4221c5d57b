/**
 * SITE_URL: where dist/ is published (README, "Build"). Links that must be absolute (canonical,
 * hreflang, og:url, og:image, oEmbed) are made from it; without it the build leaves out what
 * cannot be relative (canonical, hreflang, og:url, the oEmbed files) and warns. Pure.
 */

/** The published folder as a URL ending in "/", or null without one. Throws on a bad value. */
export function siteBase(siteUrl: string | undefined): URL | null {
  if (!siteUrl) return null;
  let base: URL;
  try {
    base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${siteUrl}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) URL: ${siteUrl}`);
  base.search = '';
  base.hash = '';
  return base;
}

/** A path under the site root, absolute with SITE_URL, else relative from a page `depth` folders deep. */
export function siteLink(base: URL | null, path: string, depth: number): string {
  return base ? new URL(path, base).href : `${depth === 0 ? './' : '../'.repeat(depth)}${path}`;
}

/** What a build without SITE_URL says (once). */
export const NO_SITE_URL_WARNING =
  'SITE_URL is not set: canonical and hreflang links, og:url and the oEmbed files are left out, ' +
  'and og:image is relative (social networks show no card). Build with ' +
  'SITE_URL=https://example.org/path/ to publish.';
