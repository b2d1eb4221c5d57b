/**
 * The story's static figures as SVG files (server side, at build): one per chart state a step
 * shows, per language. The page points `<img loading="lazy">` at them (see Step.tsx), so print and
 * readers without JavaScript get every figure while the page itself carries no inline drawings:
 * 22 of them were half of the HTML's bytes and most of its elements.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { charts } from '../../charts/registry.ts';
import { standaloneSvg } from '../../charts/shared/standalone-svg.ts';
import type { Dataset } from '../../data/schema.ts';
import { LANGS } from '../../lib/i18n.ts';
import { storyCopy } from '../content/copy.ts';
import { STATIC_FIGURE_WIDTH, staticFigurePath } from './figure-path.ts';
import { indexSteps } from '../content/steps.ts';

export interface BuiltFile {
  /** Path under dist/. */
  out: string;
  content: string;
}

/** `css`: the colour tokens and chart rules each file carries (the build reads them from src/styles). */
export function storyFigureFiles(data: Dataset, css: string): BuiltFile[] {
  const files = new Map<string, string>();
  for (const lang of LANGS)
    for (const step of indexSteps(storyCopy[lang])) {
      const out = staticFigurePath(lang, step.chart, step.resolvedState);
      if (!step.showsNewFigure || files.has(out)) continue;
      const Drawing = charts[step.chart].Component;
      const markup = renderToStaticMarkup(
        <Drawing data={data} lang={lang} state={step.resolvedState} width={STATIC_FIGURE_WIDTH} />,
      );
      files.set(out, standaloneSvg(markup, css).svg);
    }
  return [...files].map(([out, content]) => ({ out, content }));
}
