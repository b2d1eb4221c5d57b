/**
 * Client entry of the embed pages. The HTML is prerendered (German, default state, 640 px): hydrate
 * exactly that, then switch to what the query asks for (language, state, measured width), apply
 * the theme, and start telling the parent our height. In the dev server, where nothing is
 * prerendered, /src/pages/embed.html?chart=troops renders the chart client-side.
 */
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/chart-actions.css';
import '../styles/embed.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import data from 'virtual:dataset';
import { chartMeta } from '../charts/meta.ts';
import { isChartId } from '../charts/types.ts';
import { EmbedClient } from '../embed/EmbedClient.tsx';
import { parseEmbedParams } from '../embed/params.ts';
import { applyTheme } from '../embed/theme.ts';
import { startResizeMessenger } from '../embed/resize.ts';

const container = document.getElementById('root');
const prerendered = container?.querySelector<HTMLElement>('[data-embed-chart]');
// Built pages name their chart in the markup; the dev server's bare template takes `?chart=`.
const chart = prerendered?.dataset.embedChart ?? new URLSearchParams(location.search).get('chart');

if (container && isChartId(chart)) {
  const params = parseEmbedParams(
    location.search,
    chartMeta[chart].states.map((s) => s.id),
  );
  applyTheme(params.theme);
  const app = (
    <StrictMode>
      <EmbedClient chart={chart} data={data} params={params} />
    </StrictMode>
  );
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
  startResizeMessenger({
    chart,
    childId: params.childId,
    target: container,
    onTheme: applyTheme,
  });
}
