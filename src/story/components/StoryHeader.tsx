/**
 * @component The article's top: kicker, headline, standfirst, byline and date line, and a line on
 * the latest correction while it is recent.
 */
import { recentCorrection } from '../../data/corrections.ts';
import type { Dataset } from '../../data/schema.ts';
import { CORRECTION_WORDS } from '../../corrections/words.ts';
import { CORRECTIONS_ANCHOR } from './Corrections.tsx';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../content/content.ts';

export interface StoryHeaderProps {
  content: StoryContent;
  data: Dataset;
  lang: Lang;
}

export function StoryHeader({ content, data, lang }: StoryHeaderProps) {
  // Decided from the data's own date at build time: the same data always prints the same page.
  const correction = recentCorrection(data);
  const w = CORRECTION_WORDS[lang];
  return (
    <header className="story-header">
      <p className="story-header__kicker">{content.kicker}</p>
      <h1 className="story-header__headline">{content.headline}</h1>
      <p className="story-header__standfirst">{content.standfirst}</p>
      <div className="story-header__meta">
        <p className="story-header__byline">
          {content.ui.byline} <span className="story-header__author">{content.author}</span>
        </p>
        <p className="story-header__dateline">
          {content.ui.updated}:{' '}
          <time dateTime={data.meta.updated}>{formatDate(data.meta.updated, lang)}</time>
        </p>
      </div>
      {correction ? (
        <p className="story-header__correction">
          <strong>
            {w.corrected}{' '}
            <time dateTime={correction.date}>{formatDate(correction.date, lang)}</time>:
          </strong>{' '}
          <bdi>{correction[lang]}</bdi> <a href={`#${CORRECTIONS_ANCHOR}`}>{w.seeAll}</a>
        </p>
      ) : null}
    </header>
  );
}
