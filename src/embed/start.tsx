/**
 * The embed's React part, loaded by the entry (entries/embed.tsx) as its own chunk: hydrate the
 * prerendered chart (German, default state, 640 px), then switch to what the query asks for
 * (language, state, measured width). In the dev server, where nothing is prerendered, it renders
 * the chart client-side.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import data from 'virtual:dataset/client';
import { chartMeta } from '../charts/meta.ts';
import { preloadChart } from '../charts/registry.lazy.tsx';
import type { ChartId } from '../charts/types.ts';
import { EmbedClient } from './EmbedClient.tsx';
import { parseEmbedParams } from './params.ts';
import { applyTheme } from './theme.ts';

export function startEmbed(container: HTMLElement, chart: ChartId, prerendered: boolean): void {
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
  // Only this chart's drawing code: ask for it before React gets to it.
  void preloadChart(chart);
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
