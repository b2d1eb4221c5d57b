/**
 * Build: the story's print and no-JS figures (SVG files shown by `<img>`) carry the fonts their
 * words are set in, as data: URLs (an SVG image loads no files): the site's own font
 * (styles/tokens.ts), subset to the characters the figures draw and the weights the site uses. Cached by content in node_modules/.cache/msmt-fonts/figures.
 */
import { readFileSync } from 'node:fs';
import {
  embedFonts,
  fontFamiliesIn,
  textContent,
  type EmbeddedFont,
} from '../../src/styles/embedded-fonts.ts';
import { FONT_KINDS, fontTokens, type FontToken } from '../../src/styles/tokens.ts';
import { subsetCached } from '../fonts/subset-cached.ts';

/**
 * The SVGs with the site's fonts they use embedded, subset once to the characters all of them draw:
 * one hb-subset run per font instead of one per file (a cold build's seconds), for a file a few KB
 * larger than its own subset would make it.
 */
export async function withFigureFonts(root: string, svgs: readonly string[]): Promise<string[]> {
  const used = new Set(svgs.flatMap((svg) => [...fontFamiliesIn(svg)]));
  // A space keeps its advance; the rest is what the files draw.
  const text = [...new Set(` ${svgs.map(textContent).join('')}`)].sort().join('');
  const fonts: EmbeddedFont[] = [];
  for (const kind of FONT_KINDS) {
    const font: FontToken = fontTokens[kind];
    if (!used.has(font.face)) continue;
    fonts.push({
      family: font.face,
      weight: `${font.weight.min} ${font.weight.max}`,
      woff2: readFileSync(
        await subsetCached(
          root,
          { spec: font.file, text, weight: font.weight, format: 'woff2' },
          (key) => `figures/${key}.woff2`,
        ),
      ),
    });
  }
  return svgs.map((svg) => embedFonts(svg, fonts));
}
