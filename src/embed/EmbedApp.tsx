/**
 * @component One chart as a page of its own, for iframes: the figure (title, drawing, note, source,
 * the corrections that concern it, data table), when the data was last updated and what changed,
 * a link to the story, and the download/save actions. Rendered at build time, one page per chart,
 * language and state (./pages.tsx), with one drawing per layout width; hydrated in the browser as
 * it is.
 */
import type { Dataset } from '../data/schema.ts';
import { useChart } from '../charts/registry.ts';
import { ChartFigure } from '../charts/shared/ChartFigure.tsx';
import { resolveState, type ChartId } from '../charts/types.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import { ChartActions } from './ChartActions.tsx';
import { EMBED_STRINGS } from './strings.ts';

/** The story page that holds a chart, from an embed page; the chart's figure has its id. */
export function storyHref(chart: ChartId, lang: Lang, root: string): string {
  return `${root}${lang === 'en' ? 'en/' : ''}index.html#${chart}`;
}

export interface EmbedAppProps {
  chart: ChartId;
  data: Dataset;
  lang: Lang;
  /** The page's state (resolved by the chart: unknown ids give its default). */
  state?: string;
  /** Relative path from this page to the site root, ending in "/" (./paths.ts). */
  root: string;
  /**
   * The root as links are written, when it differs: the build writes links relative to the page
   * template (dist/src/pages/, so "../../") and rebases them for each page's folder, ending up at
   * `root`, which is what the browser renders when it hydrates.
   */
  linkRoot?: string;
}

/** The newest changelog entries first, at most `max`. */
export function recentChanges(data: Dataset, max = 3): Dataset['meta']['changelog'] {
  return [...data.meta.changelog].sort((a, b) => b.version - a.version).slice(0, max);
}

export function EmbedApp({ chart, data, lang, state, root, linkRoot = root }: EmbedAppProps) {
  const s = EMBED_STRINGS[lang];
  const changes = recentChanges(data);
  const meta = useChart(chart);
  const resolved = resolveState(meta, state);
  return (
    // What the browser code needs to hydrate exactly this page (entries/embed.tsx).
    <main
      className="embed"
      data-embed-chart={chart}
      data-embed-lang={lang}
      data-embed-state={resolved}
      data-embed-states={meta.states.map((st) => st.id).join(' ')}
      data-embed-root={root}
    >
      {/* Context for screen readers and the document outline; the figure's own title is visible. */}
      <h1 className="chart-visually-hidden">{data.meta.title[lang]}</h1>
      <ChartFigure
        id={chart}
        data={data}
        lang={lang}
        state={resolved}
        layouts="all"
        headingLevel={2}
        className="embed__figure"
        corrections
        actions={
          <ChartActions chart={chart} data={data} lang={lang} state={resolved} root={linkRoot} />
        }
      />
      <footer className="embed__footer">
        <p className="embed__meta">
          <span>
            {s.updated}:{' '}
            <time dateTime={data.meta.updated}>{formatDate(data.meta.updated, lang)}</time>
          </span>
          {' · '}
          <a href={storyHref(chart, lang, linkRoot)} target="_blank" rel="noopener">
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
