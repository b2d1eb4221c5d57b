/**
 * @component Every source of the dataset, each with the anchor `quelle-<id>` that the figures in
 * the prose link to: publisher, title linked to the article, date, "via" the outlet that carried
 * a copy. The date is plain text, not a <time>: a hundred sources would add a hundred elements to
 * the page's first layout for a machine-readable date that nothing reads.
 */
import type { Dataset } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { StoryUi } from '../content/content.ts';

export function SourceList({ data, lang, ui }: { data: Dataset; lang: Lang; ui: StoryUi }) {
  return (
    <section className="story-appendix sources" id="quellen" aria-labelledby="quellen-heading">
      <h2 id="quellen-heading" className="story-appendix__heading">
        {ui.sourcesHeading}
      </h2>
      <p className="sources__intro">{ui.sourcesIntro}</p>
      <ol className="sources__list">
        {data.sources.map((source) => (
          <li key={source.id} id={`quelle-${source.id}`} className="sources__item">
            <bdi className="sources__publisher">{source.publisher}</bdi>:{' '}
            {/* dir="auto" isolates the title as <bdi> would, without an element per source. */}
            <a
              href={source.url}
              className="sources__title"
              lang={lang === 'en' ? undefined : 'en'}
              dir="auto"
            >
              {source.title}
            </a>
            , {formatDate(source.date, lang)}
            {source.via ? (
              <>
                {' '}
                ({ui.via} <bdi>{source.via}</bdi>)
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
