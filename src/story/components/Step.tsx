/**
 * @component One scrolly step: its text and a visually hidden description of what the graphic
 * shows at this step. Found by the scroll engine through `data-step-index`; focusable, so keyboard
 * readers can move step by step (focus scrolls the step to the trigger line).
 */
import { memo } from 'react';
import { chartMeta } from '../../charts/meta.ts';
import { ChartFigure } from '../../charts/shared/ChartFigure.tsx';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import {
  STATIC_FIGURE_SLOT_CLASS,
  STATIC_FIGURE_WIDTH,
  staticFigurePath,
} from '../startup/figure-path.ts';
import { resolveToPlainText } from '../content/placeholders.ts';
import { Prose } from './Prose.tsx';
import { ServerOnly } from './ServerOnly.tsx';
import type { IndexedStep } from '../content/steps.ts';

export interface StepProps {
  step: IndexedStep;
  active: boolean;
  data: Dataset;
  lang: Lang;
  /** Content file, for error messages. */
  file: string;
  graphicLabel: string;
}

function StepView({ step, active, data, lang, file, graphicLabel }: StepProps) {
  const where = `${file}, step ${step.id}`;
  const alt = step.alt
    ? resolveToPlainText(step.alt, data, lang, `${where} (alt)`)
    : chartMeta[step.chart].describe(data, lang, step.resolvedState);
  return (
    <div
      className={active ? 'step is-active' : 'step'}
      id={`schritt-${step.id}`}
      data-step-index={step.index}
      data-step-id={step.id}
      data-chart={step.chart}
      data-state={step.resolvedState}
      aria-current={active ? 'step' : undefined}
      // Steps are deliberately tab stops: keyboard readers move through the scrolly step by
      // step, and focusing a step brings its chart state up (see useScrollEngine).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {step.firstOfChart ? <span id={step.chart} className="step__anchor" /> : null}
      <div className="step__text">
        <Prose text={step.text} data={data} lang={lang} where={where} />
      </div>
      {/* One text node: the paragraph is the description's own bidi paragraph, so text from the
          data in it cannot reorder anything outside it (as a <bdi> would, one element fewer). */}
      <p className="visually-hidden">{`${graphicLabel}: ${alt}`}</p>
    </div>
  );
}

/** Memoised: only the steps whose `active` flips re-render when the active step changes. */
export const Step = memo(StepView);

export interface StaticFigureProps {
  step: IndexedStep;
  data: Dataset;
  lang: Lang;
  /** Path from this page to the site root, where the figure files are. */
  root: string;
}

/**
 * The chart state of a step as a static figure, for print and for readers without JavaScript
 * (CSS shows it only then). The drawing is an SVG file (story/startup/figure-files.tsx) loaded lazily, so
 * scripted readers, who never see these figures, never download them. Inside `<noscript>`: a
 * browser that runs scripts parses it as text, so the figures add no elements to a scripted
 * reader's page (its first layout); print-figures.ts unrolls them when that reader prints.
 * Prerendered and never hydrated (ServerOnly); memoised so that its props never change after
 * hydration.
 */
export const StaticFigure = memo(function StaticFigure({
  step,
  data,
  lang,
  root,
}: StaticFigureProps) {
  const src = `${root}${staticFigurePath(lang, step.chart, step.resolvedState)}`;
  const alt = chartMeta[step.chart].describe(data, lang, step.resolvedState);
  // The figure is the step figure itself (no wrapper): every element of the page counts.
  return (
    <ServerOnly>
      <noscript className={STATIC_FIGURE_SLOT_CLASS}>
        <ChartFigure
          id={step.chart}
          data={data}
          lang={lang}
          state={step.resolvedState}
          tableMode="none"
          headingLevel={3}
          className="step-figure"
          dataset={{ 'step-figure': String(step.index) }}
          drawing={
            <img
              className="chart-figure__image"
              src={src}
              alt={alt}
              width={STATIC_FIGURE_WIDTH}
              loading="lazy"
              decoding="async"
            />
          }
        />
      </noscript>
    </ServerOnly>
  );
});
