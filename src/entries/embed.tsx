/**
 * Client entry of the embed pages: styles, the theme, and the height messages to the parent page
 * start at once (a few KB); React, the data and this chart's drawing code (embed/start.tsx) load
 * afterwards. The prerendered page (German, default state) needs no script to paint, so when the
 * query asks for nothing else, that code waits until the page has loaded and the browser is idle:
 * it competes with nothing the first paint needs. In the dev server, where nothing is
 * prerendered, /src/pages/embed.html?chart=troops renders the chart client-side.
 */
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/chart-actions.css';
import '../styles/embed.css';
import { isChartId } from '../charts/types.ts';
import { DEFAULT_PARAMS, parseEmbedParams } from '../embed/params.ts';
import { applyTheme, createThemeFollower } from '../embed/theme.ts';
import { startResizeMessenger } from '../embed/resize.ts';

const container = document.getElementById('root');
const prerendered = container?.querySelector<HTMLElement>('[data-embed-chart]');
// Built pages name their chart in the markup; the dev server's bare template takes `?chart=`.
const chart = prerendered?.dataset.embedChart ?? new URLSearchParams(location.search).get('chart');

if (container && isChartId(chart)) {
  const early = parseEmbedParams(location.search);
  const theme = createThemeFollower(early.themePinned ? early.theme : null, (t) => applyTheme(t));
  startResizeMessenger({ chart, childId: early.childId, target: container, onHost: theme.onHost });
  const start = () =>
    void import('../embed/start.tsx').then(({ startEmbed }) =>
      startEmbed(container, chart, Boolean(prerendered)),
    );
  // What the server drew is what the reader asked for: React can wait. Otherwise (English, another
  // state, the dev server) it switches the chart as soon as it can.
  const asDrawn =
    prerendered && early.lang === DEFAULT_PARAMS.lang && early.state === DEFAULT_PARAMS.state;
  if (!asDrawn) start();
  else {
    const whenIdle = () =>
      'requestIdleCallback' in window
        ? window.requestIdleCallback(start, { timeout: 2000 })
        : setTimeout(start, 200);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
}
