/**
 * Fonts that travel inside an SVG file: an exported chart image or a print/no-JS figure cannot load
 * the site's font files (an SVG shown as an image loads nothing from outside), so it carries them as
 * `@font-face` rules with a data: URL. Without them the reader's system draws the words in Arial or
 * DejaVu, wider than the page, and labels that fit on the page overflow in the file. Pure string
 * work: the browser (embed/image-export.ts) and the build (scripts/build/figure-fonts.ts) supply the
 * bytes.
 */
import { FONT_KINDS, fontFaceRule, fonts } from './tokens.ts';

/** One font file to embed, under the family name the SVG's text asks for. */
export interface EmbeddedFont {
  /** The `font-family` name, as the page's `@font-face` declares it. */
  family: string;
  /** CSS `font-weight` of the face: one weight, or a range for a variable font ("400 700"). */
  weight: string;
  /** woff2 bytes. */
  woff2: Uint8Array;
}

/** Base64 of `bytes`, in chunks (String.fromCharCode takes only so many arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function embeddedFontCss(font: EmbeddedFont): string {
  return fontFaceRule({
    'font-family': `'${font.family}'`,
    'font-style': 'normal',
    'font-weight': font.weight,
    src: `url(data:font/woff2;base64,${toBase64(font.woff2)}) format('woff2')`,
  });
}

/**
 * The family names an SVG's text is set in: font-family attributes and style declarations, with the
 * token stacks for `var(--font-serif)` and `var(--font-sans)`.
 */
export function fontFamiliesIn(svg: string): Set<string> {
  let markup = svg.replace(/&quot;|&apos;|&#39;|&#x27;/g, "'");
  for (const kind of FONT_KINDS) markup = markup.split(`var(--font-${kind})`).join(fonts[kind]);
  const lists = [
    ...markup.matchAll(/font-family\s*=\s*"([^"]*)"/g),
    ...markup.matchAll(/font-family\s*:\s*([^;"}<]+)/g),
  ].map((m) => m[1] ?? '');
  const names = new Set<string>();
  for (const list of lists)
    for (const name of list.split(',')) names.add(name.trim().replace(/^["']|["']$/g, ''));
  names.delete('');
  return names;
}

/** The font file a `@font-face` `src` loads (its first url() that is not a data: URL), if any. */
export function fontFileUrl(src: string): string | undefined {
  for (const m of src.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const url = m[2]?.trim();
    if (url && !url.startsWith('data:')) return url;
  }
  return undefined;
}

/** The `<text>` contents of an SVG (entities decoded), for subsetting a font to what it draws. */
export function textContent(svg: string): string {
  return [...svg.matchAll(/<(text|tspan)\b[^>]*>([^<]*)/g)]
    .map((m) => m[2] ?? '')
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/**
 * `svg` with the fonts as the first thing inside its root element, so every text below finds them.
 * Fonts no text of the SVG names are left out.
 */
export function embedFonts(svg: string, fonts: readonly EmbeddedFont[]): string {
  const used = fontFamiliesIn(svg);
  const css = fonts.filter((f) => used.has(f.family)).map(embeddedFontCss);
  if (css.length === 0) return svg;
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('embedFonts: the markup has no <svg> element');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style>${css.join('\n')}</style>${svg.slice(at)}`;
}
