/**
 * Build step: the share card (Open Graph / Twitter image), 1200×630 PNG per language, of the
 * overview chart with its title, subtitle, source line and "Stand / Updated" date —
 * dist/share/overview-de.png and overview-en.png. Rendered without a browser: React renders the
 * chart's SVG on the server, colours are inlined from the design tokens, resvg rasterises it.
 *
 * Fonts: resvg reads TTF/OTF only, not the site's woff2 files, so the card uses the machine's
 * fonts (DejaVu / Liberation on Debian), falling back to whatever serif/sans it finds. A machine
 * without any fonts still gets a card of the right size, without text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import { createServer } from 'vite';
import { wrapText } from '../../src/charts/shared/text.ts';
import { chartMeta } from '../../src/charts/meta.ts';
import type { ChartDefinition, ChartId } from '../../src/charts/types.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { formatDate } from '../../src/lib/format.ts';
import { LANGS, type Lang } from '../../src/lib/i18n.ts';
import { colors, type Theme } from '../../src/styles/tokens.ts';
import { escapeXml, inlineCssVars } from '../../src/embed/svg-compose.ts';
import type { BuildStep } from './steps.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Path under dist/ of a language's card, for og:image (relative to the site root). */
export const sharePath = (lang: Lang) => `share/overview-${lang}.png`;

// Unquoted: resvg does not read quoted names in a font-family attribute reliably.
const SERIF = 'DejaVu Serif, Liberation Serif, Noto Serif, serif';
const SANS = 'DejaVu Sans, Liberation Sans, Noto Sans, sans-serif';

const UPDATED: Record<Lang, string> = { de: 'Stand', en: 'Updated' };

/** The outer `<svg …>…</svg>` of server-rendered chart markup, with its size. */
export function extractSvg(markup: string): { svg: string; width: number; height: number } {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start === -1 || end === -1) throw new Error('the overview chart rendered no <svg>');
  const svg = markup.slice(start, end + '</svg>'.length);
  const open = svg.slice(0, svg.indexOf('>'));
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]);
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(open);
  const width = num('width') || Number(viewBox?.[1]) || 1;
  const height = num('height') || Number(viewBox?.[2]) || 1;
  return { svg, width, height };
}

/** Colour and font variables → values, for a renderer without CSS. */
function resolveVars(svg: string, theme: Theme): string {
  const palette = colors[theme] as Record<string, string>;
  return inlineCssVars(svg, (name) => {
    if (name === '--font-serif') return SERIF;
    if (name === '--font-sans') return SANS;
    const m = /^--color-(.+)$/.exec(name);
    return m ? palette[m[1] ?? ''] : undefined;
  });
}

/** The chart's description and component; the build loads them through Vite (see loadChart). */
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

export function renderShareSvg(
  data: Dataset,
  lang: Lang,
  chart: ShareChart,
  theme: Theme = 'light',
): string {
  const state = chart.states[0]?.id ?? 'default';
  const pad = 56;
  const inner = SHARE_WIDTH - 2 * pad;
  const c = colors[theme];

  // wrapText measures with Source Sans metrics; the system fonts resvg uses run wider.
  const wrap = (text: string, size: number, lines: number, bold = false, factor = 1.18) =>
    wrapText(text, inner / factor, size, lines, { bold }).lines;
  const title = wrap(chart.title(data, lang), 40, 2, true, 1.25);
  const subtitle = wrap(chart.subtitle(data, lang, state), 24, 2);
  const source = wrap(chart.sourceLine(data, lang), 18, 2);
  const updated = `${UPDATED[lang]}: ${formatDate(data.meta.updated, lang)}`;

  const parts: string[] = [];
  let y = pad;
  const line = (text: string, size: number, fill: string, family: string, weight = 400) =>
    `<text x="${pad}" y="${y}" font-family="${escapeXml(family)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;

  y += 18;
  parts.push(line(data.meta.title[lang].toUpperCase(), 16, c.dprk, SANS, 700));
  y += 16;
  for (const t of title) {
    y += 48;
    parts.push(line(t, 40, c.text, SERIF, 700));
  }
  for (const t of subtitle) {
    y += 32;
    parts.push(line(t, 24, c.muted, SANS));
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
  const nested = `<svg x="${pad}" y="${chartTop}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${drawn.width} ${drawn.height}" preserveAspectRatio="xMidYMid meet" font-family="${escapeXml(SANS)}">${body}</svg>`;

  parts.push(
    `<line x1="${pad}" x2="${SHARE_WIDTH - pad}" y1="${footerTop}" y2="${footerTop}" stroke="${c.rule}" stroke-width="1"/>`,
  );
  y = footerTop + 16 + 18;
  parts.push(line(updated, 18, c.text, SANS, 700));
  for (const t of source) {
    y += 23;
    parts.push(line(t, 17, c.muted, SANS));
  }

  return resolveVars(
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
}

export function renderSharePng(data: Dataset, lang: Lang, chart: ShareChart): Buffer {
  const resvg = new Resvg(renderShareSvg(data, lang, chart), {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A chart as Vite sees it: charts may import virtual modules (the routes map's outlines) or
 * anything else only the project's Vite plugins can resolve, which plain Node cannot load.
 */
export async function loadChart(root: string, id: ChartId): Promise<ShareChart> {
  const server = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    // Only this chart's module (not the whole registry): the others may be slow to prepare.
    const drawing = (await server.ssrLoadModule(`/src/charts/${id}/Chart.tsx`)) as {
      Chart: ShareChart['Component'];
    };
    return { ...chartMeta[id], Component: drawing.Chart };
  } finally {
    await server.close();
  }
}

export const shareImageStep: BuildStep = {
  name: 'share images (share/overview-<lang>.png)',
  async run({ root, dist, data }) {
    const chart = await loadChart(root, 'overview');
    mkdirSync(join(dist, 'share'), { recursive: true });
    for (const lang of LANGS)
      writeFileSync(join(dist, sharePath(lang)), renderSharePng(data, lang, chart));
  },
};
