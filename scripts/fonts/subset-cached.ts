/**
 * One hb-subset run (npm subset-font) per font, characters and weights, ever: the result is kept in
 * node_modules/.cache/msmt-fonts under a key made of exactly those three, so a changed font, a new
 * character or another weight range gives a new file and a cached one is never stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

export interface SubsetRequest {
  /** The font's path below node_modules (a fontsource file, as styles/tokens.ts names it). */
  spec: string;
  /** Every character to keep. */
  text: string;
  /** A range keeps the variable axis (the pages' woff2); one weight makes a static instance. */
  weight: number | { min: number; max: number };
  format: 'woff2' | 'sfnt';
}

/**
 * The subset's file, made on the first call: `fileFor` names it from the content key (a path
 * relative to the cache folder), so each caller keeps its own layout of the cache.
 */
export async function subsetCached(
  root: string,
  { spec, text, weight, format }: SubsetRequest,
  fileFor: (key: string) => string,
): Promise<string> {
  const source = readFileSync(join(root, 'node_modules', spec));
  const key = createHash('sha256')
    .update(source)
    .update(text)
    .update(JSON.stringify(weight))
    .digest('hex')
    .slice(0, 16);
  const file = join(root, 'node_modules/.cache/msmt-fonts', fileFor(key));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      await subsetFont(source, text, { targetFormat: format, variationAxes: { wght: weight } }),
    );
  }
  return file;
}
