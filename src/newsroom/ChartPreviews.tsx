/**
 * @component Every chart in every state, in German and English, light and dark, each with its
 * downloads (CSV/JSON/PNG/SVG from the embed's actions) and its embed code (the embed's dialog:
 * language, theme, state, live preview, snippets with copy buttons). One chart at a time by
 * default (the choice lives in the URL hash, `#chart=troops`), or all of them at once.
 */
import { useEffect, useState } from 'react';
import { ChartFigure } from '../charts/shared/ChartFigure.tsx';
import { chartMeta } from '../charts/meta.ts';
import { CHART_IDS, isChartId, type ChartId } from '../charts/types.ts';
import type { Dataset } from '../data/schema.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';
import { THEMES, type Theme } from '../styles/tokens.ts';
import { ChartActions } from '../embed/ChartActions.tsx';
import { EmbedDialog } from '../embed/EmbedDialog.tsx';
import { NEWSROOM_ROOT } from './DatasetStatus.tsx';
import { S } from './strings.ts';

export type Selection = ChartId | 'all';

export function selectionFromHash(hash: string): Selection | undefined {
  const value = /chart=([a-z-]+)/.exec(hash)?.[1];
  return value === 'all' || isChartId(value) ? value : undefined;
}

function ChartBlock({
  id,
  data,
  langs,
  themes,
}: {
  id: ChartId;
  data: Dataset;
  langs: readonly Lang[];
  themes: readonly Theme[];
}) {
  const meta = chartMeta[id];
  return (
    <section
      className="newsroom-chart"
      aria-labelledby={`newsroom-chart-${id}`}
      data-chart-block={id}
    >
      <h3 id={`newsroom-chart-${id}`}>
        {meta.title(data, 'de')} <code>{id}</code>
      </h3>
      {meta.states.map((state) => (
        <div key={state.id} className="newsroom-state" data-state-block={state.id}>
          <h4>
            {S.state}: {state.label.de} / {state.label.en} <code>{state.id}</code>
          </h4>
          <div className="newsroom-grid">
            {langs.flatMap((lang) =>
              themes.map((theme) => (
                <div
                  key={`${lang}-${theme}`}
                  className="newsroom-preview"
                  data-theme={theme}
                  lang={lang}
                  data-preview={`${id}/${state.id}/${lang}/${theme}`}
                >
                  <p className="newsroom-preview__label">
                    {lang.toUpperCase()} · {theme === 'light' ? S.light : S.dark}
                  </p>
                  <ChartFigure
                    id={id}
                    data={data}
                    lang={lang}
                    state={state.id}
                    headingLevel={4}
                    initialWidth={560}
                    actions={
                      <ChartActions
                        chart={id}
                        data={data}
                        lang={lang}
                        state={state.id}
                        root={NEWSROOM_ROOT}
                      />
                    }
                  />
                </div>
              )),
            )}
          </div>
          <div className="newsroom-embed">
            <EmbedDialog chart={id} data={data} lang="de" state={state.id} root={NEWSROOM_ROOT} />
          </div>
        </div>
      ))}
    </section>
  );
}

type Choice<T> = T | 'both';

export function ChartPreviews({
  data,
  initial = 'overview',
}: {
  data: Dataset;
  initial?: Selection;
}) {
  const [selection, setSelection] = useState<Selection>(initial);
  const [lang, setLang] = useState<Choice<Lang>>('both');
  const [theme, setTheme] = useState<Choice<Theme>>('both');

  useEffect(() => {
    const fromHash = () => {
      const s = selectionFromHash(location.hash);
      if (s) setSelection(s);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    return () => removeEventListener('hashchange', fromHash);
  }, []);

  function choose(next: Selection) {
    setSelection(next);
    history.replaceState(null, '', `#chart=${next}`);
  }

  const langs = lang === 'both' ? LANGS : [lang];
  const themes = theme === 'both' ? THEMES : [theme];
  const shown = selection === 'all' ? CHART_IDS : [selection];

  return (
    <section className="newsroom-section" aria-labelledby="newsroom-charts">
      <h2 id="newsroom-charts">{S.charts}</h2>
      <p>{S.chartsHint}</p>
      <div className="newsroom-controls">
        <div role="group" aria-label={S.charts} className="newsroom-tabs">
          {[...CHART_IDS, 'all' as const].map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={selection === id}
              onClick={() => choose(id)}
            >
              {id === 'all' ? S.all : id}
            </button>
          ))}
        </div>
        <label>
          {S.languages}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Choice<Lang>)}>
            <option value="both">{S.both}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {S.themes}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Choice<Theme>)}>
            <option value="both">{S.both}</option>
            <option value="light">{S.light}</option>
            <option value="dark">{S.dark}</option>
          </select>
        </label>
      </div>
      {shown.map((id) => (
        <ChartBlock key={id} id={id} data={data} langs={langs} themes={themes} />
      ))}
    </section>
  );
}
