/**
 * The embed's React part, loaded by the entry (entries/embed.tsx) as its own chunk: hydrate the
 * prerendered chart (German, default state, 640 px), then switch to what the query asks for
 * (language, state, measured width). The theme is the entry's (it follows the host). In the dev
 * server, where nothing is prerendered, it renders the chart client-side.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import data from 'virtual:dataset/client';
import { preloadChart } from '../charts/registry.ts';
import type { ChartId } from '../charts/types.ts';
import { EmbedClient } from './EmbedClient.tsx';
import { parseEmbedParams } from './params.ts';

export async function startEmbed(
  container: HTMLElement,
  chart: ChartId,
  prerendered: boolean,
): Promise<void> {
  // Only this chart's code and description; hydration must not suspend on it.
  const definition = await preloadChart(chart);
  const params = parseEmbedParams(
    location.search,
    definition.states.map((s) => s.id),
  );
  const app = (
    <StrictMode>
      <EmbedClient chart={chart} data={data} params={params} />
    </StrictMode>
  );
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
