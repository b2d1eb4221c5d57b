/**
 * The embed pages: one per chart, language and state the embed dialog offers, each in its own
 * directory (./paths.ts: `embed/<chart>/`, `embed/<chart>/en/`, `embed/<chart>/<state>/`,
 * `embed/<chart>/en/<state>/`), so a static host serves every variant as final HTML, readable
 * without JavaScript. Each page carries one drawing per layout width and CSS shows the one that
 * fits the frame (charts/shared/layout-widths.ts): right at any width before any script runs.
 */
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../data/schema.ts';
import { chartMeta } from '../charts/meta.ts';
import type { PageSpec } from '../pages/types.ts';
import { EmbedApp } from './EmbedApp.tsx';
import { embedPublishingHead } from './head.ts';
import { embedPageKeys } from './page-keys.ts';
import { embedDir, rootFromEmbedDir } from './paths.ts';
import { escapeHtml } from '../lib/escape.ts';

/** The site root from the page template's folder (dist/src/pages/): the prerenderer rebases links. */
const TEMPLATE_ROOT = '../../';

export function embedPages(data: Dataset): PageSpec[] {
  return embedPageKeys().map((key) => {
    const dir = embedDir(key, key.defaultState);
    return {
      out: `${dir}index.html`,
      template: 'src/pages/embed.html' as const,
      render() {
        const { chart, lang, state } = key;
        const meta = chartMeta[chart];
        const title = `${meta.title(data, lang)} – ${data.meta.title[lang]}`;
        const description = meta.describe(data, lang, state);
        const head = [
          `<title>${escapeHtml(title)}</title>`,
          `<meta name="description" content="${escapeHtml(description)}" />`,
          // Embeds are parts of the story, not pages to be found on their own.
          `<meta name="robots" content="noindex" />`,
          // Paths in page HTML are written relative to the template (dist/src/pages/) and rebased.
          `<link rel="alternate" type="application/json" href="../../embed/charts.json" />`,
          embedPublishingHead({
            chart,
            lang,
            dir,
            title,
            description,
            siteName: data.meta.title[lang],
            // SITE_URL: where dist/ is published (README, "Build").
            siteUrl: process.env.SITE_URL,
            linkRoot: TEMPLATE_ROOT,
          }),
        ].join('\n    ');
        return {
          html: renderToString(
            <EmbedApp
              chart={chart}
              data={data}
              lang={lang}
              state={state}
              root={rootFromEmbedDir(dir)}
              linkRoot={TEMPLATE_ROOT}
            />,
          ),
          head,
          lang,
          // Light until told otherwise, whatever the reader's system (theme.ts): the first paint
          // is what a light host page expects.
          htmlAttributes: { 'data-theme': 'light' },
        };
      },
    };
  });
}
