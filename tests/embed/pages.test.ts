// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { LAYOUT_WIDTHS } from '../../src/charts/shared/layout-widths.ts';
import { embedPages } from '../../src/embed/pages.tsx';
import { embedFiles, chartsIndex } from '../../scripts/build/embed-files.ts';
import { rebaseAssets } from '../../scripts/build/prerender.ts';

const data = loadDatasetFile(join(import.meta.dirname, '../../data/transfers.json'));

describe('embedPages', () => {
  const pages = embedPages(data);

  it('has one page per chart, language and state, the German default at embed/<id>/index.html', () => {
    const outs = pages.map((p) => p.out);
    for (const id of CHART_IDS) {
      const [first, ...others] = chartMeta[id].states.map((s) => s.id);
      expect(outs).toContain(`embed/${id}/index.html`);
      expect(outs).toContain(`embed/${id}/en/index.html`);
      expect(outs).not.toContain(`embed/${id}/${first}/index.html`);
      for (const state of others) {
        expect(outs).toContain(`embed/${id}/${state}/index.html`);
        expect(outs).toContain(`embed/${id}/en/${state}/index.html`);
      }
    }
    const states = CHART_IDS.reduce((n, id) => n + chartMeta[id].states.length, 0);
    expect(outs).toHaveLength(2 * states);
    expect(new Set(outs).size).toBe(outs.length);
    expect(new Set(pages.map((p) => p.template))).toEqual(new Set(['src/pages/embed.html']));
  });

  it('renders each page in its language and state, with links climbing back to the site root', () => {
    const page = pages.find((p) => p.out === 'embed/troops/en/phase-2/index.html')!.render();
    expect(page.lang).toBe('en');
    // As written into dist/: links are rebased from the template's folder to the page's.
    const html = rebaseAssets(page.html, '/d/src/pages', '/d/embed/troops/en/phase-2');
    const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
    expect(doc.querySelector('figure')?.getAttribute('data-state')).toBe('phase-2');
    expect(doc.querySelector('h2')?.textContent).toBe(chartMeta.troops.title(data, 'en'));
    expect(doc.querySelector('a[href="../../../../en/index.html#troops"]')).not.toBeNull();
    const csv = doc.querySelector('a[href$="msmt-transfers-troops-en.csv"]')?.getAttribute('href');
    expect(new URL(csv ?? '', 'https://x.example/embed/troops/en/phase-2/').pathname).toBe(
      '/embed/troops/msmt-transfers-troops-en.csv',
    );
    const main = doc.querySelector('main')!;
    expect(main.dataset).toMatchObject({
      embedChart: 'troops',
      embedLang: 'en',
      embedState: 'phase-2',
      embedRoot: '../../../../',
    });
  });

  it('draws the chart once per layout width, each in a wrapper CSS can pick', () => {
    const page = pages.find((p) => p.out === 'embed/routes/index.html')!.render();
    const doc = new DOMParser().parseFromString(`<body>${page.html}`, 'text/html');
    const layouts = [...doc.querySelectorAll('.chart-layouts > .chart-layout')];
    expect(layouts.map((l) => Number(l.getAttribute('data-layout-width')))).toEqual([
      ...LAYOUT_WIDTHS,
    ]);
    for (const [i, l] of layouts.entries())
      expect(l.querySelector('svg')?.getAttribute('width')).toBe(String(LAYOUT_WIDTHS[i]));
  });

  it.each(CHART_IDS)('prerenders %s with drawing, title, source, date and story link', (id) => {
    const page = pages.find((p) => p.out === `embed/${id}/index.html`)!.render();
    expect(page.lang).toBe('de');
    const doc = new DOMParser().parseFromString(
      `<!doctype html><head>${page.head}</head><body>${page.html}`,
      'text/html',
    );
    const meta = chartMeta[id];
    expect(doc.querySelector('figure svg')).not.toBeNull();
    expect(doc.querySelector('h2')?.textContent).toBe(meta.title(data, 'de'));
    expect(doc.querySelector('.chart-figure__source')?.textContent).toBe(
      meta.sourceLine(data, 'de'),
    );
    expect(doc.querySelector(`a[href="../../index.html#${id}"]`)).not.toBeNull();
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(data.meta.updated);
    expect(doc.querySelector(`a[href$="msmt-transfers-${id}-de.csv"]`)).not.toBeNull();
    expect(doc.querySelector('title')?.textContent).toContain(meta.title(data, 'de'));
    expect(doc.querySelector('[data-embed-chart]')?.getAttribute('data-embed-chart')).toBe(id);
    if (data.meta.changelog.length > 0)
      expect(doc.querySelector('details.embed__changes li')).not.toBeNull();
  });
});

describe('embed build files', () => {
  it('lists every chart with titles in both languages, url, states and data files', () => {
    const index = chartsIndex(data);
    expect(index.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const c of index.charts) {
      expect(c.url).toBe(`embed/${c.id}/`);
      const first = c.states[0]!.id;
      expect(c.pages.de?.[first]).toBe(`embed/${c.id}/`);
      expect(c.pages.en?.[first]).toBe(`embed/${c.id}/en/`);
      for (const s of c.states.slice(1))
        expect(c.pages.en?.[s.id]).toBe(`embed/${c.id}/en/${s.id}/`);
      expect(c.title.de).toBe(chartMeta[c.id as (typeof CHART_IDS)[number]].title(data, 'de'));
      expect(c.title.en.length).toBeGreaterThan(0);
      expect(c.states.length).toBeGreaterThan(0);
      expect(c.data.en?.csv).toBe(`embed/${c.id}/msmt-transfers-${c.id}-en.csv`);
    }
  });

  it('writes CSV and JSON for every chart and language, matching the records', () => {
    const files = embedFiles(data);
    expect(files.has('embed/charts.json')).toBe(true);
    for (const id of CHART_IDS)
      for (const lang of ['de', 'en'] as const) {
        const json = JSON.parse(files.get(`embed/${id}/msmt-transfers-${id}-${lang}.json`)!) as {
          records: unknown[];
        };
        expect(json.records).toEqual(chartMeta[id].records(data, lang));
        const csv = files.get(`embed/${id}/msmt-transfers-${id}-${lang}.csv`)!;
        expect(csv.trim().split('\n')).toHaveLength(chartMeta[id].records(data, lang).length + 1);
      }
  });
});
