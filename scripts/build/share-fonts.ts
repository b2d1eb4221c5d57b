/**
 * The site's own fonts for the share cards. resvg reads TrueType/OpenType, not the woff2 files the
 * pages load, and draws a variable font at its default instance only, so this makes static
 * TrueType instances of the same two fonts, kept to the same characters as the site's subsets
 * (scripts/vite/font-subset-plugin.ts): Source Sans 3 at the weights the charts and cards set,
 * Source Serif 4 bold for the card's title. Cached by content in node_modules/.cache/msmt-fonts.
 */
import { fontTokens } from '../../src/styles/tokens.ts';
import { fontText } from '../fonts/font-text.ts';
import { subsetCached } from '../fonts/subset-cached.ts';
import { piecesText } from '../vite/font-subset-plugin.ts';

/** Family names as the fonts carry them inside (what resvg matches `font-family` against). */
export const SHARE_SANS = fontTokens.sans.name;
export const SHARE_SERIF = fontTokens.serif.name;

export interface ShareFont {
  family: string;
  weight: number;
  file: string;
}

const INSTANCES: readonly { family: string; spec: string; weights: readonly number[] }[] = [
  { family: SHARE_SANS, spec: fontTokens.sans.file, weights: [400, 600, 700] },
  { family: SHARE_SERIF, spec: fontTokens.serif.file, weights: [700] },
];

export async function shareFonts(
  root: string,
  dataFile = 'data/transfers.json',
): Promise<ShareFont[]> {
  const text = fontText(piecesText(root, dataFile));
  const out: ShareFont[] = [];
  for (const { family, spec, weights } of INSTANCES) {
    if (!spec.includes(family.toLowerCase().replace(/ /g, '-')))
      throw new Error(`share fonts: ${spec} is not ${family}`);
    for (const weight of weights) {
      const file = await subsetCached(
        root,
        { spec, text, weight, format: 'sfnt' },
        (key) => `share/${key}/${family.replace(/ /g, '-')}-${weight}.ttf`,
      );
      out.push({ family, weight, file });
    }
  }
  return out;
}
