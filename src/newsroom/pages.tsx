/**
 * The newsroom page: dist/newsroom/index.html, prerendered with the build's dataset. The build
 * facts (when the data was checked) travel to the client in a JSON data island, so hydration
 * renders exactly what the server did.
 */
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../data/schema.ts';
import { escapeHtml } from '../lib/escape.ts';
import type { PageSpec } from '../pages/types.ts';
import de from '../story/content/de.aml';
import en from '../story/content/en.aml';
import type { BuildInfo } from './DatasetStatus.tsx';
import { APP_ID, BUILD_INFO_ID } from './dom-ids.ts';
import { NewsroomApp } from './NewsroomApp.tsx';
import { S } from './strings.ts';
import { PREVIEW_STYLE_ID, previewThemeCss } from './theme-css.ts';

/** JSON that is safe inside a <script type="application/json"> element. */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function newsroomPages(data: Dataset): PageSpec[] {
  return [
    {
      out: 'newsroom/index.html',
      template: 'src/pages/newsroom.html',
      render() {
        const build: BuildInfo = { checkedAt: new Date().toISOString(), mode: 'build' };
        const app = renderToString(<NewsroomApp data={data} build={build} story={{ de, en }} />);
        const head = [
          `<title>${escapeHtml(`Newsroom – ${data.meta.title.de}`)}</title>`,
          `<meta name="description" content="${escapeHtml(S.intro)}" />`,
          `<style id="${PREVIEW_STYLE_ID}">${previewThemeCss()}</style>`,
        ].join('\n    ');
        return {
          // The app hydrates its own element; the data island sits beside it, outside React's tree.
          html: `<div id="${APP_ID}">${app}</div><script type="application/json" id="${BUILD_INFO_ID}">${jsonIsland(build)}</script>`,
          head,
          lang: 'de',
        };
      },
    },
  ];
}
