/**
 * @component The dataset's state at a glance: valid (the build stops otherwise), when and where it
 * was checked, version, "Stand", how many records of each kind, and the whole-dataset downloads.
 */
import type { Dataset } from '../data/schema.ts';
import { formatDate } from '../lib/format.ts';
import { S } from './strings.ts';

export interface BuildInfo {
  /** ISO timestamp of the check. */
  checkedAt: string;
  /** `build`: prerendered by npm run build; `dev`: served by the Vite dev server. */
  mode: 'build' | 'dev';
}

/** Path from the newsroom page (dist/newsroom/) to the site root. */
export const NEWSROOM_ROOT = '../';

export function DatasetStatus({ data, build }: { data: Dataset; build: BuildInfo }) {
  const counts = [
    ['transfers', data.transfers.length],
    ['totals', data.totals.length],
    ['estimates', data.estimates.length],
    ['sources', data.sources.length],
    ['places', data.places.length],
    ['routes', data.routes.length],
  ] as const;
  const checked = build.checkedAt.replace('T', ' ').slice(0, 16);
  return (
    <section className="newsroom-section" aria-labelledby="newsroom-dataset">
      <h2 id="newsroom-dataset">{S.dataset}</h2>
      <p className="newsroom-status" data-status="valid">
        <strong>✓ {S.valid}</strong> — {build.mode === 'build' ? S.checkedBuild : S.checkedDev}:{' '}
        <time dateTime={build.checkedAt}>{checked} UTC</time>
      </p>
      <dl className="newsroom-facts">
        <div>
          <dt>{S.version}</dt>
          <dd data-testid="dataset-version">{data.meta.version}</dd>
        </div>
        <div>
          <dt>{S.updated}</dt>
          <dd>
            <time dateTime={data.meta.updated}>
              {formatDate(data.meta.updated, 'de')} / {formatDate(data.meta.updated, 'en')}
            </time>
          </dd>
        </div>
        {counts.map(([key, n]) => (
          <div key={key}>
            <dt>{S.counts[key]}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <p>
        {S.downloads}: <a href={`${NEWSROOM_ROOT}data/transfers.json`}>transfers.json</a> ·{' '}
        <a href={`${NEWSROOM_ROOT}data/transfers.csv`}>transfers.csv</a>
      </p>
    </section>
  );
}
