/**
 * Client entry of the explainer: marks the page as scripted and starts the islands of the
 * prerendered article (story/startup/islands.ts: scroll engine, reading progress, step marks; the sticky
 * graphic's React code follows on the reader's first engagement). Nothing here imports React or
 * the dataset, so the script a reader needs at load is a few KB. The dev server prerenders the page
 * the same way (scripts/vite/dev-story-plugin.ts), so it starts the same way.
 */
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/layouts.css';
import '../styles/chart-actions.css';
import '../styles/story.css';
import { isLang } from '../lib/i18n.ts';
import { startStoryIslands } from '../story/startup/islands.ts';

// The CSP forbids inline scripts, so the class that scripted-only CSS keys on is set here.
document.documentElement.classList.add('js');

const container = document.getElementById('root');
if (!container) throw new Error('story: no #root element in the page');
const htmlLang = document.documentElement.lang;

if (!container.hasChildNodes() || !startStoryIslands(isLang(htmlLang) ? htmlLang : 'de')) {
  // A page without the article's markup, or one the islands do not recognise: render the whole
  // article. Its code (copy, placeholders, every component) lives in its own chunk that built
  // pages never load.
  void Promise.all([import('virtual:dataset'), import('../story/startup/render-client.tsx')]).then(
    ([dataset, { renderStory }]) => renderStory(container, dataset.default),
  );
}
