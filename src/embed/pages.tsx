/**
 * The embed pages: one per chart, `embed/<id>/index.html`, prerendered in German in the chart's
 * default state so it reads without JavaScript. The client switches language, theme and state
 * from the query (src/entries/embed.tsx).
 */
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../data/schema.ts';
import { chartMeta } from '../charts/meta.ts';
import { CHART_IDS } from '../charts/types.ts';
import type { PageSpec } from '../pages/types.ts';
import { EmbedApp } from './EmbedApp.tsx';
import { embedPublishingHead } from './head.ts';
import { embedDir } from './paths.ts';
import { EMBED_PRERENDER } from './prerender.ts';
import { escapeXml } from './svg-compose.ts';

export function embedPages(data: Dataset): PageSpec[] {
  return CHART_IDS.map((id) => ({
    out: `embed/${id}/index.html`,
    template: 'src/pages/embed.html' as const,
    render() {
      const meta = chartMeta[id];
      const lang = EMBED_PRERENDER.lang;
      const title = `${meta.title(data, lang)} – ${data.meta.title[lang]}`;
      const description = meta.describe(data, lang, meta.states[0]?.id ?? 'default');
      const head = [
        `<title>${escapeXml(title)}</title>`,
        `<meta name="description" content="${escapeXml(description)}" />`,
        // Embeds are parts of the story, not pages to be found on their own.
        `<meta name="robots" content="noindex" />`,
        // Paths in page HTML are written relative to the template (dist/src/pages/) and rebased.
        `<link rel="alternate" type="application/json" href="../../embed/charts.json" />`,
        embedPublishingHead({
          chart: id,
          lang,
          dir: embedDir({ chart: id, lang, state: null }, meta.states[0]?.id ?? ''),
          title,
          description,
          siteName: data.meta.title[lang],
          // SITE_URL: where dist/ is published (README, "Build").
          siteUrl: process.env.SITE_URL,
        }),
      ].join('\n    ');
      return {
        html: renderToString(
          <EmbedApp chart={id} data={data} lang={lang} initialWidth={EMBED_PRERENDER.width} />,
        ),
        head,
        lang,
        // Light until told otherwise, whatever the reader's system (theme.ts): the first paint
        // is what a light host page expects.
        htmlAttributes: { 'data-theme': 'light' },
      };
    },
  }));
}
