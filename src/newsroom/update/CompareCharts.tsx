/**
 * @component Every chart in every state with the current data and with the dropped sheet's, side
 * by side, one chart at a time (charts that draw something different are marked).
 */
import { useMemo, useState } from 'react';
import { ChartFigure } from '../../charts/shared/ChartFigure.tsx';
import { chartMeta } from '../../charts/meta.ts';
import { CHART_IDS, type ChartId } from '../../charts/types.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { S } from '../strings.ts';
import { changedCharts } from './compare.ts';

export function CompareCharts({ before, after }: { before: Dataset; after: Dataset }) {
  const changed = useMemo(() => changedCharts(before, after), [before, after]);
  const [chart, setChart] = useState<ChartId>(
    () => CHART_IDS.find((id) => changed.has(id)) ?? 'overview',
  );
  const [lang, setLang] = useState<Lang>('de');
  return (
    <div className="newsroom-compare" data-compare="charts">
      <h4>{S.update.compareCharts}</h4>
      <div className="newsroom-controls">
        <div role="group" aria-label={S.update.compareCharts} className="newsroom-tabs">
          {CHART_IDS.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={chart === id}
              data-changed={changed.has(id) ? 'true' : undefined}
              onClick={() => setChart(id)}
            >
              {id}
              {changed.has(id) ? ` (${S.update.changed})` : ''}
            </button>
          ))}
        </div>
        <label>
          {S.update.language}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {chartMeta[chart].states.map((state) => (
        <div key={state.id} className="newsroom-compare__pair" data-compare-state={state.id}>
          {(
            [
              ['before', before, S.update.before],
              ['after', after, S.update.after],
            ] as const
          ).map(([side, d, label]) => (
            <div
              key={side}
              className="newsroom-preview"
              data-theme="light"
              lang={lang}
              data-side={side}
            >
              <p className="newsroom-preview__label">
                {label} · {state.label[lang]}
              </p>
              <ChartFigure
                id={chart}
                data={d}
                lang={lang}
                state={state.id}
                headingLevel={4}
                initialWidth={520}
              />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
