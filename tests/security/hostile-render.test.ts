// @vitest-environment jsdom
/**
 * Hostile strings in the data are rendered inert: server-render every chart (every state, both
 * languages) and every prerendered page (story, embeds, newsroom) from a poisoned dataset and find
 * nothing executable that came from the data, while the attack text is still there as text.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { pages } from '../../src/ssr.tsx';
import { ATTACKS, executableParts, loadShipped, poison, textOf } from './hostile-data.ts';

const clean = loadShipped();
const poisoned = poison(clean);

describe('hostile strings in every chart', () => {
  for (const id of CHART_IDS)
    for (const lang of LANGS)
      it(`${id} (${lang}): every state renders inert`, () => {
        for (const { id: state } of charts[id].states) {
          const html = renderToStaticMarkup(
            createElement(ChartFigure, {
              id,
              data: poisoned,
              lang,
              state,
              width: 360,
              tableMode: 'visible',
            }),
          );
          expect(executableParts(html), `${id}/${state}`).toEqual([]);
          // The attacks arrive as readable text (the table shows labels): escaped, not dropped.
          const text = textOf(html);
          expect(
            Object.values(ATTACKS).some((a) => text.includes(a)),
            `${id}/${state}: no attack text visible at all — was the data used?`,
          ).toBe(true);
        }
      });
});

describe('hostile strings in every prerendered page', () => {
  const cleanPages = pages(clean);
  const poisonedPages = pages(poisoned);

  it('there are pages to check (story, embeds, newsroom)', () => {
    expect(poisonedPages.map((p) => p.out)).toEqual(
      expect.arrayContaining([
        'index.html',
        'en/index.html',
        ...CHART_IDS.map((id) => `embed/${id}/index.html`),
        'newsroom/index.html',
      ]),
    );
  });

  for (const [i, spec] of poisonedPages.entries())
    it(`${spec.out}: nothing executable beyond what the clean page has`, () => {
      const page = spec.render();
      const reference = cleanPages[i]!.render();
      const found = executableParts(`${page.head}\n${page.html}`);
      const expected = executableParts(`${reference.head}\n${reference.html}`);
      expect(found).toEqual(expected);
      expect(`${page.head}${page.html}`).not.toMatch(/<script>alert|<\/title><script/);
    });
});
