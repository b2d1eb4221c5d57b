/**
 * @component "Was sich geändert hat / What changed": meta.changelog, newest first, each entry
 * marked as an update or a correction; nothing if empty.
 */
import type { Dataset } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { CORRECTION_WORDS } from '../../corrections/words.ts';
import type { StoryUi } from '../content/content.ts';

export function Changelog({ data, lang, ui }: { data: Dataset; lang: Lang; ui: StoryUi }) {
  const entries = [...data.meta.changelog].sort(
    (a, b) => b.version - a.version || b.date.localeCompare(a.date),
  );
  if (entries.length === 0) return null;
  return (
    <section className="story-appendix changelog" aria-labelledby="aenderungen-heading">
      <h2 id="aenderungen-heading" className="story-appendix__heading">
        {ui.changesHeading}
      </h2>
      <ol className="changelog__list" reversed>
        {entries.map((entry) => (
          <li key={entry.version} className="changelog__entry" data-version={entry.version}>
            <time dateTime={entry.date} className="changelog__date">
              {formatDate(entry.date, lang)}
            </time>{' '}
            <span className="changelog__version">
              ({ui.version} {entry.version})
            </span>{' '}
            <span className={`changelog__kind changelog__kind--${entry.kind}`}>
              {CORRECTION_WORDS[lang].kind[entry.kind]}:
            </span>{' '}
            <span className="changelog__text">{entry[lang]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
