/**
 * Build step: the share cards (Open Graph / Twitter images), one 1200×630 PNG per chart and
 * language, dist/share/<chart>-<lang>.png: the chart in its default state with the dataset's name,
 * the chart's title and subtitle, "Stand / Updated" and the source line. The overview's card is
 * also the story's. Rendered without a browser: React renders the chart's SVG on the server,
 * colours come from the design tokens, resvg rasterises it with the site's own fonts
 * (share-fonts.ts) and nothing else (no system fonts, so no fallback font can slip in). The one
 * character those fonts lack, "→", is drawn as a line (share-text.ts measures where it goes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createServer } from 'vite';
import { CHART_IDS, type ChartDefinition, type ChartId } from '../../src/charts/types.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { formatDate } from '../../src/lib/format.ts';
import { LANGS, type Lang } from '../../src/lib/i18n.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePath } from '../../src/pages/share-card.ts';
import { colors, tokenValue, type Theme } from '../../src/styles/tokens.ts';
import { escapeXml, inlineCssVars } from '../../src/embed/svg-compose.ts';
import { SHARE_SANS, SHARE_SERIF, shareFonts, type ShareFont } from './share-fonts.ts';
import { createShaper, type Shaper, type TextStyle } from './share-text.ts';
import type { BuildStep } from './steps.ts';

export { SHARE_HEIGHT, SHARE_WIDTH, sharePath };

const UPDATED: Record<Lang, string> = { de: 'Stand', en: 'Updated' };
const ARROW = '→';

/** The outer `<svg …>…</svg>` of server-rendered chart markup, with its size. */
export function extractSvg(markup: string): { svg: string; width: number; height: number } {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start === -1 || end === -1) throw new Error('the chart rendered no <svg>');
  const svg = markup.slice(start, end + '</svg>'.length);
  const open = svg.slice(0, svg.indexOf('>'));
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]);
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(open);
  const width = num('width') || Number(viewBox?.[1]) || 1;
  const height = num('height') || Number(viewBox?.[2]) || 1;
  return { svg, width, height };
}

/**
 * Token variables → their values, for a renderer without CSS. The font stacks become the names
 * inside the card's font files (the same fonts, as static instances), which is what resvg and the
 * shaper match.
 */
function resolveVars(svg: string, theme: Theme): string {
  return inlineCssVars(svg, (name) => {
    if (name === '--font-serif') return SHARE_SERIF;
    if (name === '--font-sans') return SHARE_SANS;
    return tokenValue(name, theme);
  });
}

/** The chart's description and component; the build loads them through Vite (see loadCharts). */
export type ShareChart = Pick<
  ChartDefinition,
  'Component' | 'states' | 'title' | 'subtitle' | 'sourceLine'
>;

/**
 * The chart stylesheet, for rules drawings rely on (e.g. transparent hit areas): resvg applies a
 * `<style>` inside the SVG, and skips selectors and properties it does not know.
 */
function chartCss(): string {
  try {
    return readFileSync(join(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');
  } catch {
    return '';
  }
}

/** Greedy word wrap at measured widths; the last kept line ends in "…" when text is left over. */
export function wrapMeasured(
  shaper: Shaper,
  text: string,
  width: number,
  style: TextStyle,
  maxLines: number,
): string[] {
  const fits = (s: string) => shaper.advance(s, style) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every(fits)) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.pop() ?? '';
  while (last && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  return [...kept, `${last}…`];
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A presentation value from an element's attributes or its style attribute. */
function prop(attrs: string, name: string): string | undefined {
  const style = /\sstyle="([^"]*)"/.exec(attrs)?.[1] ?? '';
  const fromStyle = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(style)?.[1];
  return (fromStyle ?? new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1])?.trim();
}

/** The font a `<text>` uses, from its attributes, else `family`. */
function textStyle(attrs: string, family: string): TextStyle {
  const weight = prop(attrs, 'font-weight');
  return {
    family: prop(attrs, 'font-family') ?? family,
    weight: weight === 'bold' ? 700 : Number(weight) || 400,
    size: parseFloat(prop(attrs, 'font-size') ?? '') || 16,
  };
}

/**
 * Every `<text>` with a plain-text content (what the charts and the card write) as attributes,
 * content and the font it is set in. `family`: what it inherits when it names none.
 */
export function textElements(
  svg: string,
  family = SHARE_SANS,
): { attrs: string; text: string; style: TextStyle }[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(
    ([, attrs = '', content = '']) => ({
      attrs,
      text: unescapeXml(content),
      style: textStyle(attrs, family),
    }),
  );
}

/**
 * "→" is not in the site's Latin font files: each text that has one is split around it and the
 * arrow drawn as a line with a head, in the text's colour, where the glyph would be.
 */
export function drawArrows(svg: string, shaper: Shaper, family = SHARE_SANS): string {
  return svg.replace(
    /<text\b([^>]*)>([^<]*→[^<]*)<\/text>/g,
    (_m, attrs: string, content: string) => {
      const style = textStyle(attrs, family);
      const em = style.size;
      const arrow = 0.75 * em;
      const parts = unescapeXml(content).split(ARROW);
      const widths = parts.map((p) => shaper.advance(p, style));
      const total = widths.reduce((a, b) => a + b, 0) + arrow * (parts.length - 1);
      const anchor = prop(attrs, 'text-anchor') ?? 'start';
      const x = parseFloat(/\sx="([^"]*)"/.exec(attrs)?.[1] ?? '0') || 0;
      const y = parseFloat(/\sy="([^"]*)"/.exec(attrs)?.[1] ?? '0') || 0;
      let cursor = anchor === 'end' ? x - total : anchor === 'middle' ? x - total / 2 : x;
      const base = attrs
        .replace(/\s(x|text-anchor)="[^"]*"/g, '')
        .replace(/text-anchor\s*:\s*[^;"]+;?/g, '');
      const stroke = prop(attrs, 'fill') ?? 'currentColor';
      const axis = y - 0.3 * em;
      const head = 0.22 * em;
      const out: string[] = [];
      parts.forEach((part, i) => {
        // SVG drops a text's leading and trailing spaces: start after the leading ones.
        const lead = /^\s*/.exec(part)?.[0] ?? '';
        const at = cursor + (lead ? shaper.advance(lead, style) : 0);
        if (part.trim())
          out.push(
            `<text x="${at.toFixed(2)}"${base} text-anchor="start">${escapeXml(part.trim())}</text>`,
          );
        cursor += widths[i] ?? 0;
        if (i === parts.length - 1) return;
        const a = cursor + 0.1 * em;
        const b = cursor + arrow - 0.1 * em;
        out.push(
          `<path aria-hidden="true" d="M${a.toFixed(2)} ${axis.toFixed(2)}H${b.toFixed(2)}M${(b - head).toFixed(2)} ${(axis - head).toFixed(2)}L${b.toFixed(2)} ${axis.toFixed(2)}L${(b - head).toFixed(2)} ${(axis + head).toFixed(2)}" style="fill:none;stroke:${stroke};stroke-width:${(0.08 * em).toFixed(2)};stroke-linecap:round;stroke-linejoin:round"/>`,
        );
        cursor += arrow;
      });
      return out.join('');
    },
  );
}

export function renderShareSvg(
  data: Dataset,
  lang: Lang,
  chart: ShareChart,
  shaper: Shaper,
  theme: Theme = 'light',
): string {
  const state = chart.states[0]?.id ?? 'default';
  const pad = 56;
  const inner = SHARE_WIDTH - 2 * pad;
  const c = colors[theme];

  const titleStyle = { family: SHARE_SERIF, weight: 700, size: 40 };
  const subtitleStyle = { family: SHARE_SANS, weight: 400, size: 24 };
  const sourceStyle = { family: SHARE_SANS, weight: 400, size: 17 };
  const title = wrapMeasured(shaper, chart.title(data, lang), inner, titleStyle, 2);
  const subtitle = wrapMeasured(shaper, chart.subtitle(data, lang, state), inner, subtitleStyle, 2);
  const source = wrapMeasured(shaper, chart.sourceLine(data, lang), inner, sourceStyle, 2);
  const updated = `${UPDATED[lang]}: ${formatDate(data.meta.updated, lang)}`;

  const parts: string[] = [];
  let y = pad;
  const line = (text: string, style: TextStyle, fill: string) =>
    `<text x="${pad}" y="${y}" font-family="${style.family}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}">${escapeXml(text)}</text>`;

  y += 18;
  parts.push(
    line(
      data.meta.title[lang].toUpperCase(),
      { family: SHARE_SANS, weight: 700, size: 16 },
      c.dprk,
    ),
  );
  y += 16;
  for (const t of title) {
    y += 48;
    parts.push(line(t, titleStyle, c.text));
  }
  for (const t of subtitle) {
    y += 32;
    parts.push(line(t, subtitleStyle, c.muted));
  }
  y += 24;

  // Footer: a rule, "Stand / Updated", then the source line (at most two lines).
  const footerHeight = 16 + 24 + source.length * 23;
  const footerTop = SHARE_HEIGHT - pad - footerHeight;
  const chartTop = y;
  const chartHeight = Math.max(80, footerTop - 16 - chartTop);
  const markup = renderToStaticMarkup(
    createElement(chart.Component, { data, lang, state, width: inner, maxHeight: chartHeight }),
  );
  const drawn = extractSvg(markup);
  // The chart keeps its proportions inside the space left: a nested <svg> scales it to fit.
  const body = drawn.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const nested = `<svg x="${pad}" y="${chartTop}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${drawn.width} ${drawn.height}" preserveAspectRatio="xMidYMid meet" font-family="${SHARE_SANS}">${body}</svg>`;

  parts.push(
    `<line x1="${pad}" x2="${SHARE_WIDTH - pad}" y1="${footerTop}" y2="${footerTop}" stroke="${c.rule}" stroke-width="1"/>`,
  );
  y = footerTop + 16 + 18;
  parts.push(line(updated, { family: SHARE_SANS, weight: 700, size: 18 }, c.text));
  for (const t of source) {
    y += 23;
    parts.push(line(t, sourceStyle, c.muted));
  }

  const svg = resolveVars(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">`,
      `<style>${escapeXml(chartCss())}</style>`,
      `<rect width="100%" height="100%" fill="${c.bg}"/>`,
      `<rect x="0" y="0" width="${SHARE_WIDTH}" height="8" fill="${c.dprk}"/>`,
      ...parts,
      nested,
      `</svg>`,
    ].join(''),
    theme,
  );
  return drawArrows(svg, shaper);
}

/** Characters of the card's texts its fonts cannot draw (they would be missing from the image). */
export function missingCharacters(svg: string, shaper: Shaper): string[] {
  const missing = new Set<string>();
  for (const t of textElements(svg))
    for (const ch of shaper.missing(t.text, t.style)) missing.add(ch);
  return [...missing];
}

/** resvg with `fonts` only: no system fonts, so no fallback font can draw anything. */
export function shareResvgOptions(fonts: readonly ShareFont[]): ResvgRenderOptions {
  return {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.map((f) => f.file),
      defaultFontFamily: SHARE_SANS,
      sansSerifFamily: SHARE_SANS,
      serifFamily: SHARE_SERIF,
    },
  };
}

/** The card as PNG. */
export function renderSharePng(svg: string, fonts: readonly ShareFont[]): Buffer {
  return new Resvg(svg, shareResvgOptions(fonts)).render().asPng();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The charts as Vite sees them: charts may import virtual modules (the routes map's outlines) or
 * anything else only the project's Vite plugins can resolve, which plain Node cannot load.
 */
export async function loadCharts(
  root: string,
  ids: readonly ChartId[],
): Promise<Record<ChartId, ShareChart>> {
  const server = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    // The charts' definitions, with their lazy imports resolved by Vite.
    const { charts } = (await server.ssrLoadModule('/src/charts/registry.ts')) as {
      charts: Record<ChartId, ChartDefinition>;
    };
    const out = {} as Record<ChartId, ShareChart>;
    for (const id of ids) out[id] = charts[id];
    return out;
  } finally {
    await server.close();
  }
}

export const shareImageStep: BuildStep = {
  name: 'share cards (share/<chart>-<lang>.png)',
  async run({ root, dist, data }) {
    const fonts = await shareFonts(root);
    const shaper = createShaper(fonts);
    const charts = await loadCharts(root, CHART_IDS);
    mkdirSync(join(dist, 'share'), { recursive: true });
    for (const id of CHART_IDS)
      for (const lang of LANGS) {
        const svg = renderShareSvg(data, lang, charts[id], shaper);
        const missing = missingCharacters(svg, shaper);
        if (missing.length > 0)
          console.warn(
            `${sharePath(id, lang)}: the site's fonts have no glyph for ${missing.map((ch) => `"${ch}"`).join(', ')}; the card leaves them out.`,
          );
        writeFileSync(join(dist, sharePath(id, lang)), renderSharePng(svg, fonts));
      }
  },
};
