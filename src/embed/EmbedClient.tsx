/**
 * @component The embed in the browser: the page as the server rendered it (chart, language and
 * state come from the page, not the query: ./legacy-url.ts moves old query URLs to their own
 * page first), marked hydrated (`<html data-hydrated="true">`, which tests wait for). In the dev
 * server, where nothing is prerendered, the same component renders what the query asks for.
 */
import { useEffect } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { ChartId } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';
import { EmbedApp } from './EmbedApp.tsx';

export interface EmbedClientProps {
  chart: ChartId;
  data: Dataset;
  lang: Lang;
  state: string | null;
  root: string;
  /** After the first commit, e.g. to replay what the reader did while the code loaded. */
  onReady?: () => void;
}

export function EmbedClient({ chart, data, lang, state, root, onReady }: EmbedClientProps) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
    onReady?.();
  }, [onReady]);
  return <EmbedApp chart={chart} data={data} lang={lang} state={state ?? undefined} root={root} />;
}
