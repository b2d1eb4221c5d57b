/**
 * "Save image": one standalone SVG with the chart's title and subtitle above the drawing and the
 * note, source line and date below it, so an exported image never travels without its source.
 * Pure string work; the DOM side (image-export.ts) serialises the drawing and rasterises the result.
 */
import { wrapText } from '../charts/shared/text.ts';
import { lineHeights, typeScale } from '../styles/chart-tokens.ts';

/** The figure's type on the page (tokens: size in px, line box from the line height). */
function figureType(token: keyof typeof lineHeights): { size: number; lineHeight: number } {
  const size = typeScale[token];
  return { size, lineHeight: Math.round(size * lineHeights[token]) };
}

/** One serialised drawing `<svg>` (styles inlined, width/height attributes set). */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

export interface ComposeInput {
  /** The chart's drawings, top to bottom (most charts have one; a map may have two). */
  drawings: readonly Drawing[];
  title: string;
  subtitle?: string;
  note?: string;
  source: string;
  /** E.g. "Stand: 25. Nov. 2026". */
  credit?: string;
  colors: { bg: string; text: string; muted: string };
  fontFamily: string;
  padding?: number;
}

export interface Composed {
  svg: string;
  width: number;
  height: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Bidi embedding/override/isolate controls from the data would flip the rest of an image's text
 * line (no CSS isolation exists in an exported file): drop them.
 */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

interface Block {
  lines: string[];
  size: number;
  lineHeight: number;
  weight: number;
  color: string;
  gapAfter: number;
}

/** Drop the XML prolog/doctype a serialiser may add; a nested document cannot carry them. */
function stripProlog(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

export function composeChartSvg(input: ComposeInput): Composed {
  const pad = input.padding ?? 20;
  const inner = Math.max(200, ...input.drawings.map((d) => Math.round(d.width)));
  const width = inner + 2 * pad;
  // Wrap a little narrower than the box: widths are estimated (erring wide), not measured.
  // Source lines are never cut; titles get up to four lines.
  const wrap = (text: string, size: number, bold = false, maxLines = 4) =>
    wrapText(text, inner * 0.92, size, maxLines, { bold }).lines;
  const { colors } = input;
  const title = figureType('figure-title');
  const subtitle = figureType('figure-subtitle');
  const note = figureType('figure-note');

  const head: Block[] = [
    {
      lines: wrap(input.title, title.size, true),
      ...title,
      weight: 700,
      color: colors.text,
      gapAfter: 6,
    },
  ];
  if (input.subtitle)
    head.push({
      lines: wrap(input.subtitle, subtitle.size),
      ...subtitle,
      weight: 400,
      color: colors.muted,
      gapAfter: 0,
    });
  const foot: Block[] = [];
  const small = (text: string): Block => ({
    lines: wrap(text, note.size, false, 100),
    ...note,
    weight: 400,
    color: colors.muted,
    gapAfter: 4,
  });
  if (input.note) foot.push(small(input.note));
  foot.push(small(input.source));
  if (input.credit) foot.push(small(input.credit));

  const parts: string[] = [];
  let y = pad;
  const draw = (blocks: Block[]) => {
    for (const b of blocks) {
      for (const line of b.lines) {
        // Baseline at ~80 % of the line box, like CSS line boxes.
        const baseline = y + Math.round(b.lineHeight * 0.78);
        parts.push(
          `<text x="${pad}" y="${baseline}" font-size="${b.size}" font-weight="${b.weight}" fill="${escapeXml(b.color)}">${escapeXml(stripBidiControls(line))}</text>`,
        );
        y += b.lineHeight;
      }
      y += b.gapAfter;
    }
  };
  draw(head);
  y += 14;
  const drawings: string[] = [];
  input.drawings.forEach((d, i) => {
    if (i > 0) y += 12;
    drawings.push(`<g transform="translate(${pad} ${y})">${stripProlog(d.svg)}</g>`);
    y += Math.max(1, Math.round(d.height));
  });
  y += 14;
  draw(foot);
  const height = Math.ceil(y + pad);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(colors.bg)}"/>`,
    `<g font-family="${escapeXml(input.fontFamily)}">`,
    ...parts,
    `</g>`,
    ...drawings,
    `</svg>`,
  ].join('');
  return { svg, width, height };
}

/**
 * Replace `var(--name)` (with or without a fallback) by the value `lookup` gives, for renderers
 * that know no CSS variables. Unknown names keep their fallback, or become `currentColor`.
 */
export function inlineCssVars(svg: string, lookup: (name: string) => string | undefined): string {
  return svg.replace(
    /var\(\s*(--[A-Za-z0-9_-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
    (_m, name: string, fallback: string | undefined) => {
      const value = lookup(name)?.trim();
      if (value) return value;
      return fallback?.trim() || 'currentColor';
    },
  );
}
