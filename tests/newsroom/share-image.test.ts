import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SHARE_HEIGHT,
  SHARE_WIDTH,
  drawArrows,
  missingCharacters,
  pngSize,
  renderSharePng,
  renderShareSvg,
  shareResvgOptions,
  sharePath,
  textElements,
  wrapMeasured,
} from '../../scripts/build/share-image.ts';
import { SHARE_SANS, shareFonts, type ShareFont } from '../../scripts/build/share-fonts.ts';
import { createShaper, type Shaper } from '../../scripts/build/share-text.ts';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { formatDate } from '../../src/lib/format.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { SHIPPED, load } from './helpers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const data = load(SHIPPED);
let fonts: ShareFont[];
let shaper: Shaper;
const cards = new Map<string, string>();

beforeAll(async () => {
  fonts = await shareFonts(ROOT);
  shaper = createShaper(fonts);
  for (const id of CHART_IDS)
    for (const lang of LANGS)
      cards.set(`${id}-${lang}`, renderShareSvg(data, lang, charts[id], shaper));
}, 120_000);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawing's own coordinate system: the body of the card's nested chart <svg>. */
function drawingOf(card: string): string {
  const start = card.lastIndexOf('<svg x=');
  return card.slice(start, card.lastIndexOf('</svg>', card.length - '</svg>'.length - 1));
}

/** Each text's box as the card draws it: HarfBuzz's advance over the font's own ascent/descent. */
function textBoxes(svg: string): (Box & { text: string })[] {
  return textElements(svg).map(({ attrs, text, style }) => {
    const width = shaper.advance(text, style);
    const { ascent, descent } = shaper.extents(style);
    const x = Number(/\sx="([^"]*)"/.exec(attrs)?.[1] ?? 0);
    const y = Number(/\sy="([^"]*)"/.exec(attrs)?.[1] ?? 0);
    const anchor = /text-anchor(?:="|:)\s*(start|middle|end)/.exec(attrs)?.[1] ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text, x: left, y: y - ascent, width, height: ascent + descent };
  });
}

describe('share cards', () => {
  it('one per chart and language, next to each other under share/', () => {
    expect(sharePath('troops', 'en')).toBe('share/troops-en.png');
    expect(sharePath('overview', 'de')).toBe('share/overview-de.png');
    expect(cards.size).toBe(CHART_IDS.length * LANGS.length);
  });

  it.each(LANGS)('are 1200×630 PNGs (%s)', (lang) => {
    for (const id of CHART_IDS) {
      const png = renderSharePng(cards.get(`${id}-${lang}`)!, fonts);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png)).toEqual({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
    }
  });

  it('carry the date of the data, their chart’s title and no unresolved CSS variables', () => {
    const de = cards.get('troops-de')!;
    expect(de).toContain(`Stand: ${formatDate(data.meta.updated, 'de')}`);
    expect(cards.get('troops-en')).toContain(`Updated: ${formatDate(data.meta.updated, 'en')}`);
    expect(de).toContain(charts.troops.title(data, 'de'));
    for (const svg of cards.values()) {
      expect(svg).not.toMatch(/var\(--/);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    }
  });

  it('set every word in the site’s own fonts: each character is in them', () => {
    for (const [name, svg] of cards) {
      expect(missingCharacters(svg, shaper), name).toEqual([]);
      // Every text names one of the two families or inherits the sans.
      for (const t of textElements(svg))
        expect(['Source Sans 3', 'Source Serif 4']).toContain(t.style.family);
    }
  });

  it('render with those fonts only: a character they lack is not drawn by any other font', () => {
    const probe = (text: string) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-family="DejaVu Sans, serif" font-size="30">${text}</text></svg>`,
        shareResvgOptions(fonts),
      ).getBBox();
    // "A" is in the site's font (asked for DejaVu, it gets the site's font: the only one there).
    expect(probe('A')?.width).toBeGreaterThan(5);
    // "€" and "→" are not: nothing draws them.
    expect(probe('€')).toBeUndefined();
    expect(probe('→')).toBeUndefined();
  });

  it('draw "→", which the fonts lack, as a line between the words', () => {
    const svg = drawArrows(
      '<svg><text x="100" y="50" text-anchor="end" style="fill:#b8401a;font-size:15px;font-weight:600">Nordkorea → Russland</text></svg>',
      shaper,
    );
    expect(svg).not.toContain('→');
    const [before, after] = textBoxes(svg);
    expect(before?.text).toBe('Nordkorea');
    expect(after?.text).toBe('Russland');
    // End-anchored: the whole line still ends at x = 100.
    expect(after!.x + after!.width).toBeCloseTo(100, 0);
    const path = /<path[^>]*d="M([\d.]+) [\d.]+H([\d.]+)/.exec(svg);
    expect(Number(path?.[1])).toBeGreaterThan(before!.x + before!.width);
    expect(Number(path?.[2])).toBeLessThan(after!.x);
    expect(svg).toContain('stroke:#b8401a');
    expect(cards.get('overview-de')).toContain('<path aria-hidden="true"');
    for (const svg of cards.values()) expect(svg).not.toMatch(/<text[^>]*>[^<]*→/);
  });

  it('never let an icon overlap a word (measured text boxes against the hatch swatches)', () => {
    let checked = 0;
    for (const [name, svg] of cards) {
      const drawing = drawingOf(svg);
      const icons = [...drawing.matchAll(/<rect data-hatch="swatch"([^>]*)>/g)].map(
        ([, a = '']) => ({
          x: Number(/\sx="([^"]*)"/.exec(a)?.[1]),
          y: Number(/\sy="([^"]*)"/.exec(a)?.[1]),
          width: Number(/\swidth="([^"]*)"/.exec(a)?.[1]),
          height: Number(/\sheight="([^"]*)"/.exec(a)?.[1]),
        }),
      );
      if (icons.length === 0) continue;
      // Boxes are compared in one coordinate system: no transforms in between.
      expect(drawing, name).not.toContain('transform=');
      for (const icon of icons)
        for (const word of textBoxes(drawing)) {
          expect(overlap(icon, word), `${name}: icon at ${icon.x} overlaps "${word.text}"`).toBe(
            false,
          );
          checked++;
        }
    }
    // The overview and counterflows cards have "not quantified" swatches in both languages.
    expect(checked).toBeGreaterThan(100);
  });
});

describe('wrapMeasured', () => {
  it('wraps at measured widths and marks what it cuts', () => {
    const style = { family: SHARE_SANS, weight: 400, size: 20 };
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrapMeasured(shaper, text, 120, style, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(shaper.advance(l, style)).toBeLessThanOrEqual(120);
    expect(wrapMeasured(shaper, 'short', 120, style, 2)).toEqual(['short']);
  });
});
