/**
 * Every chart in every state, in both languages, fits the story's sticky drawing box: the box a
 * 320 × 640 phone gives the drawing (288 × 213 px, the smallest the piece supports), a 390 × 844
 * phone (358 × 335) and a 1280 × 800 window (557 × 570), as measured in Chromium
 * (tests/browser/sticky-fit.test.ts checks the real page at every story step). Each chart's own
 * tests check that what it draws at these sizes stays legible and keeps every record.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { STICKY_BOXES } from './helpers.ts';

const data = loadDatasetFile();

describe.each(STICKY_BOXES)('the sticky drawing box of a $viewport window', (box) => {
  const cases = CHART_IDS.flatMap((id) =>
    charts[id].states.flatMap((s) =>
      (['de', 'en'] as const).map((lang) => [id, s.id, lang] as const),
    ),
  );
  it.each(cases)('%s / %s (%s) fits', (id, state, lang) => {
    const { Component } = charts[id];
    const markup = renderToStaticMarkup(
      <Component data={data} lang={lang} state={state} width={box.width} maxHeight={box.height} />,
    );
    const svg = /^<svg[^>]*>/.exec(markup)?.[0] ?? '';
    const width = Number(/ width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeLessThanOrEqual(box.width);
    expect(height).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(box.height);
  });
});
