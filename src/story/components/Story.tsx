/**
 * @component The whole explainer page: reading-progress bar, masthead with language switch, the
 * article (header, scrolly body, how we counted, changes, sources, data, about the author).
 * Composition only: copy comes from the content files, figures from the dataset.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { ReadingProgress } from '../../scrolly/ReadingProgress.tsx';
import { Changelog } from './Changelog.tsx';
import { Corrections } from './Corrections.tsx';
import type { StoryContent } from '../content/content.ts';
import { Downloads } from './Downloads.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MethodBox } from './MethodBox.tsx';
import { SourceList } from './SourceList.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { StoryScrolly } from './StoryScrolly.tsx';
import { indexSteps } from '../content/steps.ts';

export interface StoryProps {
  data: Dataset;
  lang: Lang;
  content: StoryContent;
  /**
   * Path from this page to the site root ('./' or '../'), for the language switch and downloads.
   * The prerenderer rewrites relative links for the page's depth, so the server always passes
   * './' and the client passes the final path (see pages.tsx and entries/story.tsx).
   */
  root: string;
}

export function Story({ data, lang, content, root }: StoryProps) {
  const article = useRef<HTMLElement>(null);
  const steps = useMemo(() => indexSteps(content), [content]);

  // Tests (and CSS, if ever needed) can tell a hydrated page from the prerendered HTML.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  return (
    <>
      <ReadingProgress target={article} />
      <header className="masthead">
        <p className="masthead__title">{content.ui.masthead}</p>
        <LanguageSwitch lang={lang} content={content} root={root} />
      </header>
      <main id="inhalt">
        <article ref={article} className="story">
          <StoryHeader content={content} data={data} lang={lang} />
          <StoryScrolly content={content} steps={steps} data={data} lang={lang} root={root} />
          <div className="story-appendices">
            <MethodBox content={content} data={data} lang={lang} />
            <Corrections data={data} lang={lang} version={content.ui.version} />
            <Changelog data={data} lang={lang} ui={content.ui} />
            <SourceList data={data} lang={lang} ui={content.ui} />
            <Downloads ui={content.ui} root={root} />
            <section className="story-appendix about" aria-labelledby="autor-heading">
              <h2 id="autor-heading" className="story-appendix__heading">
                {content.ui.aboutHeading}
              </h2>
              <p>{content.authorBio}</p>
            </section>
          </div>
        </article>
      </main>
    </>
  );
}
