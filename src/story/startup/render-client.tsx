/**
 * The whole article rendered (or hydrated) by React in the browser: the fallback for a page
 * without the article's markup, or whose markup lacks the islands' hooks. Built pages and the dev
 * server's page (prerendered the same way) never load this chunk (see story/startup/islands.ts).
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Dataset } from '../../data/schema.ts';
import { isLang } from '../../lib/i18n.ts';
import { storyCopy } from '../content/copy.ts';
import { keepPrerenderedHtml } from '../components/ServerOnly.tsx';
import { Story } from '../components/Story.tsx';

export function renderStory(container: HTMLElement, data: Dataset): void {
  const prerendered = container.hasChildNodes();
  // Built pages carry their language on <html>; the dev server has one page, `?lang=en` switches it.
  const requested = prerendered ? null : new URLSearchParams(window.location.search).get('lang');
  const lang = isLang(requested)
    ? requested
    : isLang(document.documentElement.lang)
      ? document.documentElement.lang
      : 'de';
  if (!prerendered) document.documentElement.lang = lang;
  // Links are relative to the page: the English page lives one folder down.
  const root = prerendered && lang === 'en' ? '../' : './';
  const app = <Story data={data} lang={lang} content={storyCopy[lang]} root={root} />;
  if (prerendered) {
    keepPrerenderedHtml();
    hydrateRoot(container, app);
  } else createRoot(container).render(app);
}
