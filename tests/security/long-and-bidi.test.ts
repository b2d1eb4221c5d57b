// @vitest-environment jsdom
/**
 * Runaway and direction-flipping text. 10,000-character strings are refused by the checker with the
 * limit it enforces; strings at the limit are drawn truncated while the full text stays available
 * (table, <title>); a bidi override from the data never leaks past its own label.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../../src/data/check.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { pages } from '../../src/ssr.tsx';
import { BIDI_CONTROLS, loadShipped, parseHtml, poison } from './hostile-data.ts';

const shipped = loadShipped();
const HUGE = 'x'.repeat(10_000);

describe('10,000-character strings', () => {
  const cases: [string, (d: Dataset) => void, RegExp][] = [
    ['transfers[0].label.de', (d) => (d.transfers[0]!.label.de = HUGE), /at most 200 characters/],
    ['transfers[0].note.en', (d) => (d.transfers[0]!.note = { de: 'a', en: HUGE }), /at most 2000/],
    ['sources[0].title', (d) => (d.sources[0]!.title = HUGE), /at most 400 characters/],
    ['places[0].name.en', (d) => (d.places[0]!.name.en = HUGE), /at most 120 characters/],
    ['estimates[0].label.de', (d) => (d.estimates[0]!.label.de = HUGE), /at most 300/],
    ['meta.title.en', (d) => (d.meta.title.en = HUGE), /at most 200/],
  ];
  it.each(cases)('%s is refused with its limit', (path, edit, message) => {
    const d = structuredClone(shipped);
    edit(d);
    const result = checkDatasetText(JSON.stringify(d, null, 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const p = result.problems.find((x) => x.path === path);
      expect(p, JSON.stringify(result.problems.slice(0, 3))).toBeDefined();
      expect(p!.message).toMatch(message);
    }
  });
});

/** Every transfer and estimate label made as long as the checker allows, each one unique. */
function longLabels(data: Dataset): { data: Dataset; labels: string[] } {
  const d = structuredClone(data);
  const labels: string[] = [];
  const stretch = (text: string, i: number, max: number) => {
    const long = `${text} ${i}: ${'Überlange Beschriftung ohne Ende '.repeat(20)}`
      .slice(0, max)
      .trim();
    labels.push(long);
    return long;
  };
  d.transfers.forEach((t, i) => {
    t.label.de = stretch(t.label.de, i, 200);
    t.label.en = stretch(t.label.en, i, 200);
  });
  d.estimates.forEach((e, i) => {
    e.label.de = stretch(e.label.de, 100 + i, 300);
    e.label.en = stretch(e.label.en, 100 + i, 300);
  });
  const result = checkDatasetText(JSON.stringify(d));
  if (!result.ok) throw new Error(`long labels do not validate: ${result.problems[0]?.message}`);
  return { data: result.data, labels };
}

describe('labels at the length limit', () => {
  const { data, labels } = longLabels(shipped);
  for (const id of CHART_IDS)
    it(`${id}: drawn labels are truncated, the full text stays available`, () => {
      for (const { id: state } of charts[id].states)
        for (const lang of ['de', 'en'] as const) {
          const html = renderToStaticMarkup(
            createElement(ChartFigure, { id, data, lang, state, width: 360 }),
          );
          const doc = parseHtml(html);
          const drawn = [...doc.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
          const available = doc.body.textContent ?? '';
          for (const label of labels) {
            const head = label.slice(0, 24);
            if (!drawn.some((t) => t.includes(head))) continue;
            expect(
              drawn.filter((t) => t.includes(label)),
              `${id}/${state}/${lang}: a 200+-character label drawn untruncated in the SVG`,
            ).toEqual([]);
            expect(available, `${id}/${state}/${lang}: full label not available`).toContain(label);
          }
        }
    });
});

/** Elements whose text is laid out as its own paragraph (or an isolate) for the bidi algorithm. */
const OWN_PARAGRAPH = new Set(
  'bdi,text,title,desc,td,th,li,p,h1,h2,h3,h4,h5,h6,caption,figcaption,dt,dd,option,button,a'.split(
    ',',
  ),
);

/**
 * Text nodes where a bidi control from the data is left open and not isolated: it would reorder
 * the text after it (numbers, other sources) in the same paragraph.
 */
function leakingBidi(html: string): string[] {
  const doc = parseHtml(html);
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const leaks: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!BIDI_CONTROLS.test(text)) continue;
    const opens = (text.match(/[\u202A-\u202E\u2066-\u2068]/g) ?? []).length;
    const closes = (text.match(/[\u202C\u2069]/g) ?? []).length;
    if (opens <= closes) continue;
    const parent = node.parentElement;
    const isolated =
      parent !== null &&
      (parent.hasAttribute('dir') ||
        parent.tagName.toLowerCase() === 'bdi' ||
        (OWN_PARAGRAPH.has(parent.tagName.toLowerCase()) && parent.textContent === text));
    if (!isolated)
      leaks.push(
        `<${parent?.tagName.toLowerCase()}> «${(parent?.textContent ?? '').slice(0, 80)}»`,
      );
  }
  return leaks;
}

describe('bidi overrides from the data', () => {
  const poisoned = poison(shipped);
  for (const id of CHART_IDS)
    it(`${id}: never leak into neighbouring text`, () => {
      for (const { id: state } of charts[id].states) {
        const html = renderToStaticMarkup(
          createElement(ChartFigure, {
            id,
            data: poisoned,
            lang: 'en',
            state,
            width: 640,
            tableMode: 'visible',
          }),
        );
        expect(leakingBidi(html), `${id}/${state}`).toEqual([]);
      }
    });

  // Renders the whole site (46 embed pages, each with a drawing per layout width): ~30 s here.
  it('every prerendered page keeps them isolated', { timeout: 180_000 }, () => {
    const leaks = pages(poisoned).flatMap((spec) =>
      leakingBidi(spec.render().html).map((l) => `${spec.out}: ${l}`),
    );
    expect(leaks).toEqual([]);
  });
});
