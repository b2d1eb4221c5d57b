/**
 * "Save image" in the browser: serialise the chart's `<svg>` with its computed styles inlined (so
 * CSS classes, theme variables and currentColor survive outside the page), wrap it with title and
 * source (svg-compose.ts), embed the site's fonts it is set in (the page's own subset files, fetched
 * only now, on the click), and download it as SVG, or draw it on a canvas at 2× for PNG.
 */
import {
  embedFonts,
  fontFamiliesIn,
  fontFileUrl,
  type EmbeddedFont,
} from '../styles/embedded-fonts.ts';
import { THEMES, fonts, tokenValue, type Theme } from '../styles/tokens.ts';
import { composeChartSvg, inlineCssVars, type ComposeInput } from './svg-compose.ts';

/** Presentation properties that decide what an SVG looks like. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`)
    .filter((d) => !d.endsWith(':'))
    .join(';');
  clone.setAttribute('style', style);
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) {
    const a = from[i];
    const b = to[i];
    if (a && b) inlineStyles(a, b);
  }
}

/** The chart drawing as standalone SVG markup, at its rendered size. */
export function serializeChart(svg: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // Motion may be mid-flight; the clone keeps whatever is drawn now, which is what the reader sees.
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const root = getComputedStyle(document.documentElement);
  const markup = inlineCssVars(new XMLSerializer().serializeToString(clone), (name) =>
    root.getPropertyValue(name),
  );
  return { markup, width: box.width, height: box.height };
}

export type FigureText = Pick<ComposeInput, 'title' | 'subtitle' | 'note' | 'source' | 'credit'>;

/** The theme the page shows: pinned by `<html data-theme>`, else the reader's system. */
function pageTheme(): Theme {
  const pinned = document.documentElement.dataset.theme;
  if (THEMES.includes(pinned as Theme)) return pinned as Theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

interface PageFontFace {
  family: string;
  weight: string;
  url: string;
}

/**
 * Every `@font-face` of the page's stylesheets that loads a file, with the file's absolute URL, once
 * (a lazily loaded chunk may bring the inlined stylesheet again as a file).
 */
function pageFontFaces(): PageFontFace[] {
  const faces = new Map<string, PageFontFace>();
  const visit = (rules: CSSRuleList, base: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule && rule.styleSheet)
        visit(rule.styleSheet.cssRules, rule.styleSheet.href ?? base);
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const url = fontFileUrl(rule.style.getPropertyValue('src'));
      if (!url) continue;
      const face = {
        family: rule.style
          .getPropertyValue('font-family')
          .trim()
          .replace(/^["']|["']$/g, ''),
        weight: rule.style.getPropertyValue('font-weight').trim() || '400',
        url: new URL(url, base).href,
      };
      faces.set(`${face.family}|${face.weight}|${face.url}`, face);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules, sheet.href ?? document.baseURI);
    } catch {
      // A stylesheet from another origin hides its rules; the site's own are all same-origin.
    }
  }
  return [...faces.values()];
}

/** Font files by URL: the browser has them cached from the page; a second export reuses the bytes. */
const fontBytes = new Map<string, Promise<Uint8Array>>();

function fetchFont(url: string): Promise<Uint8Array> {
  let bytes = fontBytes.get(url);
  if (!bytes) {
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => fontBytes.delete(url));
    fontBytes.set(url, bytes);
  }
  return bytes;
}

/** The page's font files for the families `svg` is set in. */
export async function pageFontsFor(svg: string): Promise<EmbeddedFont[]> {
  const used = fontFamiliesIn(svg);
  const faces = pageFontFaces().filter((face) => used.has(face.family));
  return Promise.all(
    faces.map(async (face) => ({
      family: face.family,
      weight: face.weight,
      woff2: await fetchFont(face.url),
    })),
  );
}

export async function composeFromDom(
  svgs: readonly SVGSVGElement[],
  text: FigureText,
): Promise<ReturnType<typeof composeChartSvg>> {
  const drawings = svgs.map((svg) => {
    const { markup, width, height } = serializeChart(svg);
    return { svg: markup, width, height };
  });
  const root = getComputedStyle(document.documentElement);
  const theme = pageTheme();
  const token = (name: string) => root.getPropertyValue(name).trim() || tokenValue(name, theme)!;
  const composed = composeChartSvg({
    ...text,
    drawings,
    colors: { bg: token('--color-bg'), text: token('--color-text'), muted: token('--color-muted') },
    fontFamily: root.getPropertyValue('--font-sans').trim() || fonts.sans,
  });
  return { ...composed, svg: embedFonts(composed.svg, await pageFontsFor(composed.svg)) };
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], {
    type: 'image/svg+xml;charset=utf-8',
  });
}

/**
 * Rasterise at `scale`× (2 = crisp on high-density screens and in print). The fonts are inside the
 * SVG as data: URLs, which the image has decoded (fonts included) when `decode()` resolves.
 */
export async function pngBlob(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The drawings of the figure `from` sits in: its outermost `<svg>`s, leaving out the actions
 * (buttons may hold icons) and anything hidden.
 */
export function findChartSvgs(from: Element): SVGSVGElement[] {
  const figure = from.closest('figure');
  if (!figure) return [];
  return [...figure.querySelectorAll('svg')].filter(
    (svg) =>
      !svg.closest('[data-chart-actions]') &&
      !svg.parentElement?.closest('svg') &&
      svg.getBoundingClientRect().width > 0,
  );
}
