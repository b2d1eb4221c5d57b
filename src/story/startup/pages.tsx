/** The explainer's prerendered pages: dist/index.html (German) and dist/en/index.html (English). */
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { PageSpec } from '../../pages/types.ts';
import { storyCopy } from '../content/copy.ts';
import { storyHead } from './head.ts';
import { Story } from '../components/Story.tsx';

const OUT: Record<Lang, string> = { de: 'index.html', en: 'en/index.html' };

export function storyPages(data: Dataset): PageSpec[] {
  return (['de', 'en'] as const).map((lang) => ({
    out: OUT[lang],
    template: 'index.html',
    render() {
      const content = storyCopy[lang];
      // root './': written from the template's folder; the prerenderer rebases it for en/.
      const html = renderToString(<Story data={data} lang={lang} content={content} root="./" />);
      // SITE_URL: where dist/ is published, for absolute canonical/hreflang links (README, step 4).
      const siteUrl = process.env.SITE_URL;
      return { html, head: storyHead(data, content, lang, siteUrl), lang };
    },
  }));
}
