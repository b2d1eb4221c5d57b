/**
 * Client entry of the explainer: marks the page as scripted, loads fonts and styles, and hydrates
 * the prerendered article (or renders it, in the dev server where nothing was prerendered).
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import data from 'virtual:dataset';
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/chart-actions.css';
import '../styles/story.css';
import { isLang } from '../lib/i18n.ts';
import { storyCopy } from '../story/copy.ts';
import { keepPrerenderedHtml } from '../story/ServerOnly.tsx';
import { Story } from '../story/Story.tsx';

// The CSP forbids inline scripts, so the class that scripted-only CSS keys on is set here.
document.documentElement.classList.add('js');

const container = document.getElementById('root');
if (!container) throw new Error('story: no #root element in the page');
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
