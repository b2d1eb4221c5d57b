/**
 * SVG file snapshots: every chart in every state, drawn server-side at 640 px in German from the
 * real dataset, normalised and stored in tests/output/<id>-<state>.svg, so any change in drawing
 * shows up in review. Loops over the registry: a new chart or state is covered automatically.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { chartMeta } from '../../src/charts/meta.ts';
import type { ChartId } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const data = loadDatasetFile();

const roundNumbers = (value: string) =>
  value.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });

/**
 * Round numbers in geometry attributes to one decimal (layout floats differ in the last bits across
 * engines) – never in text or labels, where "11.000" is a German eleven thousand – and put one tag
 * per line.
 */
function normaliseSvg(markup: string): string {
  return markup
    .replace(
      / (x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|points|viewBox|transform|style)="([^"]*)"/g,
      (_all, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`,
    )
    .replace(/></g, '>\n<')
    .concat('\n');
}

describe('chart SVG snapshots (640 px, de)', () => {
  for (const id of Object.keys(chartMeta) as ChartId[])
    for (const state of chartMeta[id].states)
      it(`${id} / ${state.id}`, async () => {
        const { Component } = charts[id];
        const markup = renderToStaticMarkup(
          <Component data={data} lang="de" state={state.id} width={640} />,
        );
        expect(markup.startsWith('<svg')).toBe(true);
        await expect(normaliseSvg(markup)).toMatchFileSnapshot(`../output/${id}-${state.id}.svg`);
      });
});
