/**
 * @component The body of the article as one scrolly: every section's steps in the reading column,
 * the sticky graphic beside them (desktop) or above them (phones), one active step for the whole
 * article from the scroll engine.
 */
import { Fragment } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { Scrolly, useActiveStep } from '../../scrolly/ScrollyContext.tsx';
import type { StoryContent } from '../content/content.ts';
import { StickyGraphic } from './StickyGraphic.tsx';
import { StaticFigure, Step } from './Step.tsx';
import type { IndexedStep } from '../content/steps.ts';

export interface StoryScrollyProps {
  content: StoryContent;
  steps: readonly IndexedStep[];
  data: Dataset;
  lang: Lang;
  /** Path from this page to the site root ('./' or '../'). */
  root: string;
}

function Sections({ content, steps, data, lang, root }: StoryScrollyProps) {
  const { index } = useActiveStep();
  return (
    <div className="scrolly__text">
      {content.sections.map((section) => (
        <section
          key={section.id}
          className="story-section"
          id={section.id}
          aria-labelledby={`${section.id}-heading`}
        >
          {section.label ? <p className="story-section__label">{section.label}</p> : null}
          <h2 id={`${section.id}-heading`} className="story-section__heading">
            {section.heading}
          </h2>
          {steps
            .filter((step) => step.sectionId === section.id)
            .map((step) => (
              <Fragment key={step.id}>
                <Step
                  step={step}
                  active={step.index === index}
                  data={data}
                  lang={lang}
                  file={content.file}
                  graphicLabel={content.ui.graphic}
                />
                {step.showsNewFigure ? (
                  <StaticFigure step={step} data={data} lang={lang} root={root} />
                ) : null}
              </Fragment>
            ))}
        </section>
      ))}
    </div>
  );
}

export function StoryScrolly(props: StoryScrollyProps) {
  return (
    <Scrolly className="scrolly">
      <StickyGraphic
        steps={props.steps}
        data={props.data}
        lang={props.lang}
        graphicLabel={props.content.ui.graphic}
      />
      <Sections {...props} />
    </Scrolly>
  );
}
