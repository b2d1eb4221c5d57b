/**
 * Build step: an oEmbed file next to every embed page (src/embed/oembed.ts), only with SITE_URL:
 * its URLs must be absolute. Pages are found where paths.ts puts them; a page the build did not
 * write gets no file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { fixedHeight } from '../../src/embed/fixed-height.ts';
import { oembed, oembedPath } from '../../src/embed/oembed.ts';
import { embedDir } from '../../src/embed/paths.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePath } from '../../src/pages/share-card.ts';
import { siteBase } from '../../src/pages/site-url.ts';
import type { BuildStep } from './steps.ts';
import { writeDistFiles } from './write-files.ts';

/** Path (relative to dist) → JSON, for every page `hasPage` says was built. Empty without SITE_URL. */
export function oembedFiles(
  data: Dataset,
  siteUrl: string | undefined,
  hasPage: (dir: string) => boolean,
): Map<string, string> {
  const files = new Map<string, string>();
  const base = siteBase(siteUrl);
  if (!base) return files;
  for (const chart of CHART_IDS) {
    const meta = chartMeta[chart];
    const defaultState = meta.states[0]?.id ?? '';
    for (const lang of LANGS)
      for (const state of meta.states) {
        const dir = embedDir({ chart, lang, state: state.id }, defaultState);
        if (files.has(oembedPath(dir)) || !hasPage(dir)) continue;
        const json = oembed({
          title: meta.title(data, lang),
          providerName: data.meta.title[lang],
          providerUrl: base.href,
          page: new URL(dir, base).href,
          script: new URL('embed.js', base).href,
          height: fixedHeight(dir),
          thumbnail: {
            url: new URL(sharePath(chart, lang), base).href,
            width: SHARE_WIDTH,
            height: SHARE_HEIGHT,
          },
        });
        files.set(oembedPath(dir), `${JSON.stringify(json, null, 2)}\n`);
      }
  }
  return files;
}

export const oembedStep: BuildStep = {
  name: 'oEmbed files (with SITE_URL)',
  run({ dist, data }) {
    const files = oembedFiles(data, process.env.SITE_URL, (dir) =>
      existsSync(join(dist, dir, 'index.html')),
    );
    writeDistFiles(dist, files);
    if (files.size > 0) console.info(`oEmbed: ${files.size} files next to the embed pages.`);
  },
};
