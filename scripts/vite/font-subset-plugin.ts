/**
 * Build only: the two self-hosted variable fonts shrink to the characters the piece uses
 * (scripts/fonts/font-text.ts) and to the weights its CSS sets (400–700), with harfbuzz's
 * hb-subset (npm subset-font). The CSS (and the image export, with `?url`) keeps importing the
 * fontsource files; an alias points those imports (and the pages' preload links) at the subset files, so Vite hashes and serves the
 * smaller ones (a new character in the data gives a new file name, never a stale cached font). The dev server uses the full
 * fonts. Subsets are cached by content in node_modules/.cache/msmt-fonts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_KINDS, fontTokens } from '../../src/styles/tokens.ts';
import { fontText } from '../fonts/font-text.ts';
import { subsetCached } from '../fonts/subset-cached.ts';

export interface SubsetFont {
  /** The import in the CSS, as written there. */
  spec: string;
  /** Weight range kept (the CSS `@font-face` declares the same). */
  weight: { min: number; max: number };
}

/** The fonts of the design tokens (styles/tokens.ts), serif first. */
const SUBSET_FONTS: readonly SubsetFont[] = FONT_KINDS.map((kind) => ({
  spec: fontTokens[kind].file,
  weight: fontTokens[kind].weight,
}));

/** The import itself and the same import with a query (`?url` in the image export). */
function importOf(spec: string): RegExp {
  return new RegExp(`^${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=\\?|$)`);
}

/** Every text file the piece's words come from: the sources, the copy and the dataset. */
export function piecesText(root: string, dataFile: string): string[] {
  const texts: string[] = [readFileSync(resolve(root, dataFile), 'utf8')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|aml|css|html)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(resolve(root, 'src'));
  return texts;
}

export function fontSubsetPlugin({ dataFile = 'data/transfers.json' } = {}): Plugin {
  /** Preload link href in the pages → the subset file, root-relative (HTML links skip aliases). */
  const preloads = new Map<string, string>();
  return {
    name: 'msmt-font-subset',
    apply: 'build',
    async config(config) {
      const root = resolve(config.root ?? process.cwd());
      const text = fontText(piecesText(root, dataFile));
      const alias: { find: RegExp; replacement: string }[] = [];
      for (const font of SUBSET_FONTS) {
        const name = font.spec
          .split('/')
          .pop()!
          .replace(/\.woff2$/, '');
        const out = await subsetCached(
          root,
          { spec: font.spec, text, weight: font.weight, format: 'woff2' },
          (key) => `${key}/${name}.woff2`,
        );
        alias.push({ find: importOf(font.spec), replacement: out });
        preloads.set(`./node_modules/${font.spec}`, `/${relative(root, out).split(sep).join('/')}`);
      }
      return { resolve: { alias } };
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        let out = html;
        for (const [from, to] of preloads) out = out.split(from).join(to);
        return out;
      },
    },
  };
}
