/**
 * Text as the share cards draw it: HarfBuzz (the shaper resvg's own is a port of) over the card's
 * font files, so widths here are the widths in the PNG. Used to place what the fonts cannot draw
 * (the arrow "→", which the site's Latin font files do not have) and by tests to prove that every
 * character is in the card's fonts and that nothing overlaps the words.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import type { ShareFont } from './share-fonts.ts';

export interface TextStyle {
  family: string;
  weight: number;
  size: number;
}

export interface Shaper {
  /** Advance width in px of `text` set in `style` (nearest weight of the family, else the first font). */
  advance(text: string, style: TextStyle): number;
  /** Ascender and descender (positive, px) of the font `style` picks, from its own tables. */
  extents(style: TextStyle): { ascent: number; descent: number };
  /** Characters of `text` the matching font has no glyph for (whitespace aside). */
  missing(text: string, style: Omit<TextStyle, 'size'>): string[];
}

interface Loaded {
  font: ShareFont;
  hbFont: hb.Font;
  upem: number;
  unicodes: Set<number>;
}

export function createShaper(fonts: readonly ShareFont[]): Shaper {
  if (fonts.length === 0) throw new Error('createShaper: no fonts');
  const loaded: Loaded[] = fonts.map((font) => {
    const face = new hb.Face(new hb.Blob(readFileSync(font.file)));
    return {
      font,
      hbFont: new hb.Font(face),
      upem: face.upem,
      unicodes: new Set(face.collectUnicodes()),
    };
  });
  /** CSS-like matching: the family (else the first font's), then the nearest weight. */
  const pick = ({ family, weight }: { family: string; weight: number }): Loaded => {
    const wanted = family.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
    const name = wanted.find((f) => loaded.some((l) => l.font.family === f));
    const same = loaded.filter((l) => l.font.family === (name ?? loaded[0]!.font.family));
    return same.reduce((a, b) =>
      Math.abs(b.font.weight - weight) < Math.abs(a.font.weight - weight) ? b : a,
    );
  };
  return {
    advance(text, style) {
      const l = pick(style);
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(l.hbFont, buffer);
      const units = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
      return (units / l.upem) * style.size;
    },
    extents(style) {
      const l = pick(style);
      const { ascender, descender } = l.hbFont.hExtents();
      return {
        ascent: (ascender / l.upem) * style.size,
        descent: (-descender / l.upem) * style.size,
      };
    },
    missing(text, style) {
      const l = pick(style);
      return [...new Set(text)].filter(
        (ch) => !/\s/.test(ch) && !l.unicodes.has(ch.codePointAt(0)!),
      );
    },
  };
}
