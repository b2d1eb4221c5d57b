/**
 * Client entry of the embed pages: styles, the theme and the height messages to the parent page
 * start at once (a few KB of DOM code). The page is complete server HTML for its chart, language
 * and state, with one drawing per layout width chosen by CSS, so nothing here draws or measures.
 * React, the data and the chart's code (embed/start.tsx) load when the reader first reaches for
 * the chart (embed/first-touch.ts: pointer, tap, key, focus): hydration then only adds interaction. An old query URL
 * (`?lang=en&state=…`) moves to the page it names first (embed/legacy-url.ts). In the dev server,
 * where nothing is prerendered, /src/pages/embed.html?chart=troops renders the chart client-side.
 */
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/layouts.css';
import '../styles/chart-actions.css';
import '../styles/embed.css';
import { isChartId } from '../charts/types.ts';
import { isLang } from '../lib/i18n.ts';
import { legacyTarget } from '../embed/legacy-url.ts';
import { parseEmbedParams } from '../embed/params.ts';
import { TOUCHED_EARLY_ATTRIBUTE, onFirstTouch } from '../embed/first-touch.ts';
import { holdUntilLive } from '../embed/replay.ts';
import { startResizeMessenger } from '../embed/resize.ts';
import type { EmbedPage } from '../embed/start.tsx';
import { applyTheme, createThemeFollower } from '../embed/theme.ts';

function builtPage(el: HTMLElement): (EmbedPage & { states: string[] }) | null {
  const {
    embedChart: chart,
    embedLang: lang,
    embedState: state,
    embedStates,
    embedRoot,
  } = el.dataset;
  if (!isChartId(chart) || !isLang(lang) || !state || embedRoot === undefined) return null;
  return { chart, lang, state, root: embedRoot, states: (embedStates ?? state).split(' ') };
}

function start(
  container: HTMLElement,
  page: EmbedPage,
  prerendered: boolean,
  onReady?: () => void,
) {
  void import('../embed/start.tsx').then(({ startEmbed }) =>
    startEmbed(container, page, prerendered, onReady),
  );
}

/**
 * Theme and height messages: the theme follows the host page (embed.js tells the scheme behind
 * the iframe) unless the URL pins one.
 */
function startMessaging(chart: EmbedPage['chart'], target: HTMLElement) {
  const params = parseEmbedParams(location.search);
  const theme = createThemeFollower(params.themePinned ? params.theme : null, (t) => applyTheme(t));
  startResizeMessenger({ chart, childId: params.childId, target, onHost: theme.onHost });
  return params;
}

/**
 * The built page's loader inserts this script (scripts/vite/entry-on-demand.ts), and an inserted
 * module runs as soon as it arrives, maybe before the document is parsed: wait for it.
 */
function run() {
  const container = document.getElementById('root');
  const main = container?.querySelector<HTMLElement>('main[data-embed-chart]');

  const page = main ? builtPage(main) : null;
  const moveTo = page ? legacyTarget(location.search, page) : null;
  if (moveTo) location.replace(new URL(`${moveTo}${location.hash}`, location.href).href);
  else if (container && page) {
    startMessaging(page.chart, container);
    const replay = holdUntilLive(container);
    onFirstTouch(
      window,
      () => start(container, page, true, () => replay.release()),
      document.documentElement.hasAttribute(TOUCHED_EARLY_ATTRIBUTE),
    );
    // The page's own script runs (height messages, theme): tests and hosts can tell.
    document.documentElement.dataset.embedReady = '';
  } else if (container) {
    // The dev server's bare template: `?chart=` and the query say what to draw.
    const chart = new URLSearchParams(location.search).get('chart');
    if (isChartId(chart)) {
      const params = startMessaging(chart, container);
      start(container, { chart, lang: params.lang, state: params.state, root: '../../' }, false);
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
