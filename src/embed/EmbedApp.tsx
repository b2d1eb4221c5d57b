/**
 * @component One chart as a page of its own, for iframes: the figure (title, drawing, note, source,
 * the corrections that concern it, data table), when the data was last updated and what changed, a link to the story, and the
 * download/save actions. Rendered at build time (de, default state) and hydrated in the browser.
 */
import type { Dataset } from '../data/schema.ts';
import { ChartFigure } from '../charts/shared/ChartFigure.tsx';
import type { ChartId } from '../charts/types.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import { ChartActions } from './ChartActions.tsx';
import { EMBED_STRINGS } from './strings.ts';

/** From dist/embed/<id>/ to the site root. */
export const EMBED_ROOT = '../../';

/** The story page that holds a chart, relative to an embed page; the chart's figure has its id. */
export function storyHref(chart: ChartId, lang: Lang): string {
  return `${EMBED_ROOT}${lang === 'en' ? 'en/' : ''}index.html#${chart}`;
}

export interface EmbedAppProps {
  chart: ChartId;
  data: Dataset;
  lang: Lang;
  state?: string;
  /** Width for the server render and the first client render (hydration must match). */
  initialWidth?: number;
}

/** The newest changelog entries first, at most `max`. */
export function recentChanges(data: Dataset, max = 3): Dataset['meta']['changelog'] {
  return [...data.meta.changelog].sort((a, b) => b.version - a.version).slice(0, max);
}

export function EmbedApp({ chart, data, lang, state, initialWidth = 640 }: EmbedAppProps) {
  const s = EMBED_STRINGS[lang];
  const changes = recentChanges(data);
  return (
    <main className="embed" data-embed-chart={chart}>
      {/* Context for screen readers and the document outline; the figure's own title is visible. */}
      <h1 className="chart-visually-hidden">{data.meta.title[lang]}</h1>
      <ChartFigure
        id={chart}
        data={data}
        lang={lang}
        state={state}
        initialWidth={initialWidth}
        headingLevel={2}
        className="embed__figure"
        corrections
        actions={
          <ChartActions chart={chart} data={data} lang={lang} state={state} root={EMBED_ROOT} />
        }
      />
      <footer className="embed__footer">
        <p className="embed__meta">
          <span>
            {s.updated}:{' '}
            <time dateTime={data.meta.updated}>{formatDate(data.meta.updated, lang)}</time>
          </span>
          {' · '}
          <a href={storyHref(chart, lang)} target="_blank" rel="noopener">
            {s.story}
            <span className="chart-visually-hidden"> {s.newWindow}</span>
          </a>
        </p>
        {changes.length > 0 ? (
          <details className="embed__changes">
            <summary>{s.changes}</summary>
            <ul>
              {changes.map((c) => (
                <li key={c.version}>
                  <time dateTime={c.date}>{formatDate(c.date, lang, { short: true })}</time>:{' '}
                  {c[lang]}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </footer>
    </main>
  );
}
