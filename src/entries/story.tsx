/**
 * Client entry of the explainer: marks the page as scripted, loads fonts and styles, and starts
 * the islands of the prerendered article (story/islands.tsx: the sticky graphic, scroll engine,
 * reading progress; the rest stays server HTML). In the dev server, where nothing was
 * prerendered, the whole article is rendered client-side from a separate chunk.
 */
import data from 'virtual:dataset';
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/chart-actions.css';
import '../styles/story.css';
import { isLang } from '../lib/i18n.ts';
import { mountStoryIslands } from '../story/islands.tsx';

// The CSP forbids inline scripts, so the class that scripted-only CSS keys on is set here.
document.documentElement.classList.add('js');

const container = document.getElementById('root');
if (!container) throw new Error('story: no #root element in the page');
const htmlLang = document.documentElement.lang;

if (!container.hasChildNodes() || !mountStoryIslands(data, isLang(htmlLang) ? htmlLang : 'de')) {
  // Dev server (or a page the islands do not recognise): render the whole article. Its code
  // (copy, placeholders, every component) lives in its own chunk that built pages never load.
  void import('../story/render-client.tsx').then(({ renderStory }) => renderStory(container, data));
}
