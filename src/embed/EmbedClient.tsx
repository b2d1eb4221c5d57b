/**
 * @component The embed in the browser: hydrates as exactly what the server rendered (German,
 * default state), then renders the language and state the query asks for, updates <html lang> and
 * the title, and marks the page hydrated (`<html data-hydrated="true">`, which tests wait for).
 */
import { useLayoutEffect } from 'react';
import type { Dataset } from '../data/schema.ts';
import { useChart } from '../charts/registry.ts';
import type { ChartId } from '../charts/types.ts';
import { EmbedApp } from './EmbedApp.tsx';
import type { EmbedParams } from './params.ts';
import { EMBED_PRERENDER } from './prerender.ts';
import { useHydrated } from './useHydrated.ts';

export interface EmbedClientProps {
  chart: ChartId;
  data: Dataset;
  params: EmbedParams;
}

export function EmbedClient({ chart, data, params }: EmbedClientProps) {
  const hydrated = useHydrated();
  const lang = hydrated ? params.lang : EMBED_PRERENDER.lang;
  const state = hydrated ? (params.state ?? undefined) : undefined;
  const meta = useChart(chart);
  useLayoutEffect(() => {
    if (!hydrated) return;
    const root = document.documentElement;
    root.lang = lang;
    document.title = `${meta.title(data, lang)} – ${data.meta.title[lang]}`;
    root.dataset.hydrated = 'true';
  }, [meta, data, lang, hydrated]);
  return <EmbedApp chart={chart} data={data} lang={lang} state={state} />;
}
