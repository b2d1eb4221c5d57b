/** @component The article's top: kicker, headline, standfirst, byline and date line. */
import type { Dataset } from '../data/schema.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import type { StoryContent } from './content.ts';

export interface StoryHeaderProps {
  content: StoryContent;
  data: Dataset;
  lang: Lang;
}

export function StoryHeader({ content, data, lang }: StoryHeaderProps) {
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
    </header>
  );
}
