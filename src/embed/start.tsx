/**
 * The embed's React part, loaded by the entry (entries/embed.tsx) as its own chunk when the reader
 * first engages with the frame: hydrate the prerendered page exactly as it is (every layout width,
 * so nothing is measured and nothing moves). In the dev server, where nothing is prerendered, it
 * renders the chart client-side.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadChart } from '../charts/registry.ts';
import type { ChartId } from '../charts/types.ts';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import deUrl from 'virtual:dataset/client-json/de';
import enUrl from 'virtual:dataset/client-json/en';
import { EmbedClient } from './EmbedClient.tsx';

/**
 * The dataset in the page's language only (the other language's texts are empty), as a JSON file
 * fetched beside the chart's chunks: parsed as JSON, not as script.
 */
const DATASET_URLS: Record<Lang, string> = { de: deUrl, en: enUrl };

async function fetchDataset(lang: Lang): Promise<Dataset> {
  const response = await fetch(DATASET_URLS[lang]);
  if (!response.ok)
    throw new Error(`embed: the dataset ${DATASET_URLS[lang]} answered ${response.status}`);
  return (await response.json()) as Dataset;
}

export interface EmbedPage {
  chart: ChartId;
  lang: Lang;
  state: string | null;
  root: string;
}

export async function startEmbed(
  container: HTMLElement,
  page: EmbedPage,
  prerendered: boolean,
  onReady?: () => void,
): Promise<void> {
  // This chart's code and the data first: hydration must not suspend.
  const [, data] = await Promise.all([preloadChart(page.chart), fetchDataset(page.lang)]);
  const app = (
    <StrictMode>
      <EmbedClient {...page} data={data} onReady={onReady} />
    </StrictMode>
  );
  if (prerendered)
    hydrateRoot(container, app, {
      // A mismatch means the page would change under the reader: say so loudly (tests fail on it).
      onRecoverableError: (error) => console.error('embed hydration:', error),
    });
  else createRoot(container).render(app);
}
