/**
 * Build step: dist/embed.js, the host script (src/embed-host/embed.ts), minified into one classic
 * script with no imports. Stops the build if it grows past its 1 KB gzip budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BuildStep } from './steps.ts';

export const EMBED_HOST_BUDGET = 1024;

export async function buildEmbedHost(root: string, dist: string): Promise<number> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: dist,
      emptyOutDir: false,
      minify: true,
      target: 'es2020',
      copyPublicDir: false,
      lib: {
        entry: join(root, 'src/embed-host/embed.ts'),
        formats: ['iife'],
        name: 'msmtTransfersEmbed',
        fileName: () => 'embed.js',
      },
    },
  });
  const gzipped = gzipSync(readFileSync(join(dist, 'embed.js')), { level: 9 }).length;
  if (gzipped > EMBED_HOST_BUDGET)
    throw new Error(
      `dist/embed.js is ${gzipped} bytes gzipped, over its ${EMBED_HOST_BUDGET}-byte budget: trim src/embed-host/embed.ts`,
    );
  return gzipped;
}

export const embedHostStep: BuildStep = {
  name: 'embed host script',
  async run({ root, dist }) {
    const bytes = await buildEmbedHost(root, dist);
    console.info(`dist/embed.js: ${bytes} bytes gzipped (budget ${EMBED_HOST_BUDGET}).`);
  },
};
