/**
 * The client's dataset (no record notes) must change nothing a reader sees: every chart in every
 * state and language draws the same SVG, and says the same in its title, subtitle, note, source
 * line, description and table, from the sliced data as from the full file.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { charts } from '../../src/charts/registry.ts';
import type { ChartId } from '../../src/charts/types.ts';
import { clientDataset, clientDatasetIn } from '../../src/data/client-slice.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { LANGS } from '../../src/lib/i18n.ts';

const full = loadDatasetFile();
const sliced = clientDataset(full);

describe('clientDataset', () => {
  it('drops the record notes and keeps everything else', () => {
    for (const list of [sliced.transfers, sliced.totals, sliced.estimates])
      for (const record of list) {
        expect(record).not.toHaveProperty('note');
        expect(record).not.toHaveProperty('confidenceNote');
      }
    expect(full.transfers.some((t) => t.note)).toBe(true);
    expect(sliced.sources).toEqual(full.sources);
    expect(sliced.places).toEqual(full.places);
    expect(sliced.routes).toEqual(full.routes);
    expect(sliced.meta).toEqual(full.meta);
    expect(sliced.transfers.map((t) => t.id)).toEqual(full.transfers.map((t) => t.id));
    expect(JSON.stringify(sliced).length).toBeLessThan(JSON.stringify(full).length * 0.85);
  });

  const cases = (Object.keys(chartMeta) as ChartId[]).flatMap((id) =>
    chartMeta[id].states.flatMap((s) => LANGS.map((lang) => ({ id, state: s.id, lang }))),
  );
  it.each(cases)('$id / $state ($lang) reads the same from both', ({ id, state, lang }) => {
    const draw = (data: typeof full) => {
      const { Component } = charts[id];
      const meta = chartMeta[id];
      return {
        svg: renderToStaticMarkup(<Component data={data} lang={lang} state={state} width={640} />),
        title: meta.title(data, lang),
        subtitle: meta.subtitle(data, lang, state),
        note: meta.note(data, lang),
        source: meta.sourceLine(data, lang),
        description: meta.describe(data, lang, state),
        table: meta.table(data, lang),
      };
    };
    expect(draw(sliced)).toEqual(draw(full));
    // The story's graphic: the page's language alone draws and says the same.
    expect(draw(clientDatasetIn(full, lang))).toEqual(draw(full));
  });
});

describe('clientDatasetIn', () => {
  it.each(LANGS)('keeps only %s: the other language is empty, the shape the same', (lang) => {
    const other = LANGS.find((l) => l !== lang)!;
    const one = clientDatasetIn(full, lang);
    expect(one.meta.title[lang]).toBe(full.meta.title[lang]);
    expect(one.meta.title[other]).toBe('');
    expect(one.transfers.map((t) => [t.id, t.label[lang], t.label[other]])).toEqual(
      full.transfers.map((t) => [t.id, t.label[lang], '']),
    );
    expect(one.sources).toEqual(full.sources);
    expect(one.transfers.map((t) => t.quantity)).toEqual(full.transfers.map((t) => t.quantity));
    expect(JSON.stringify(one).length).toBeLessThan(JSON.stringify(sliced).length * 0.9);
  });
});
