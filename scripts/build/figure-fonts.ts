/**
 * Build: the story's print and no-JS figures (SVG files shown by `<img>`) carry the fonts their
 * words are set in, as data: URLs (an SVG image loads no files). Each file gets the site's own font
 * (styles/tokens.ts) subset to the characters it draws and the weights the site uses, so it costs a
 * few KB instead of the whole face. Cached by content in node_modules/.cache/msmt-fonts/figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import {
  embedFonts,
  fontFamiliesIn,
  textContent,
  type EmbeddedFont,
} from '../../src/styles/embedded-fonts.ts';
import { FONT_KINDS, fontTokens, type FontToken } from '../../src/styles/tokens.ts';

async function subset(root: string, font: FontToken, text: string): Promise<Uint8Array> {
  const source = readFileSync(join(root, 'node_modules', font.file));
  const key = createHash('sha256')
    .update(source)
    .update(text)
    .update(JSON.stringify(font.weight))
    .digest('hex')
    .slice(0, 16);
  const file = join(root, 'node_modules/.cache/msmt-fonts/figures', `${key}.woff2`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await subsetFont(source, text, {
    targetFormat: 'woff2',
    variationAxes: { wght: font.weight },
  });
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}

/** `svg` with the site's fonts it uses embedded, subset to its own text. */
export async function withFigureFonts(root: string, svg: string): Promise<string> {
  const used = fontFamiliesIn(svg);
  // A space keeps its advance; the rest is what the file draws.
  const text = ` ${textContent(svg)}`;
  const fonts: EmbeddedFont[] = [];
  for (const kind of FONT_KINDS) {
    const font: FontToken = fontTokens[kind];
    if (!used.has(font.face)) continue;
    fonts.push({
      family: font.face,
      weight: `${font.weight.min} ${font.weight.max}`,
      woff2: await subset(root, font, text),
    });
  }
  return embedFonts(svg, fonts);
}
