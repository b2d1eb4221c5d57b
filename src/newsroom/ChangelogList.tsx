/**
 * @component The dataset's changelog, newest first, each entry in both languages.
 */
import type { Dataset } from '../data/schema.ts';
import { formatDate } from '../lib/format.ts';
import { S } from './strings.ts';

export function ChangelogList({ data }: { data: Dataset }) {
  const entries = [...data.meta.changelog].sort((a, b) => b.version - a.version);
  return (
    <section className="newsroom-section" aria-labelledby="newsroom-changelog">
      <h2 id="newsroom-changelog">{S.changelog}</h2>
      {entries.length === 0 ? (
        <p>{S.noChanges}</p>
      ) : (
        <ol className="newsroom-changelog" reversed>
          {entries.map((c) => (
            <li key={c.version} data-version={c.version}>
              <p className="newsroom-changelog__head">
                {S.version} {c.version} · <time dateTime={c.date}>{formatDate(c.date, 'de')}</time>
              </p>
              <p lang="de">{c.de}</p>
              <p lang="en">{c.en}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
