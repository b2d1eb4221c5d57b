/**
 * Property: any damaged copy of the shipped dataset is either rejected by the checker with problems
 * that each name a JSON path and a line/column, or accepted and then drawn by every chart (server
 * render of the full figure: title, subtitle, drawing, note, source line, table) without throwing.
 * FUZZ_RUNS and FUZZ_SEED reproduce or extend a run; fast-check prints the seed of any failure.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDatasetText, type Problem } from '../../src/data/check.ts';
import { dataset, type Dataset } from '../../src/data/schema.ts';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import {
  allPaths,
  applyMutation,
  hasNonFinite,
  mutationsArb,
  recordPaths,
  type Json,
} from './mutate.ts';

const SHIPPED_TEXT = readFileSync('data/transfers.json', 'utf8');
const SHIPPED = JSON.parse(SHIPPED_TEXT) as Json;
const ALL = allPaths(SHIPPED);
const PATHS = { all: ALL, records: recordPaths(ALL) };
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** `transfers[3].quantity.low`, `meta.title.de`, `(root)`, `$schema`. */
const PATH_SYNTAX = /^(\(root\)|[A-Za-z$_][\w$-]*(\[\d+\]|\.[A-Za-z$_][\w$-]*)*)$/;

function assertPinned(problems: Problem[], text: string, pathSyntax = PATH_SYNTAX) {
  expect(problems.length).toBeGreaterThan(0);
  const lines = text.split('\n');
  for (const p of problems) {
    expect(p.path, JSON.stringify(p)).toMatch(pathSyntax);
    expect(p.message.length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    expect(p.line, JSON.stringify(p)).toBeLessThanOrEqual(lines.length);
    expect(p.column, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    expect(p.column, JSON.stringify(p)).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 1);
  }
}

/** Every chart, through the same wrapper the pages use, in one state and language. */
function renderEveryChart(data: Dataset, lang: (typeof LANGS)[number], pick: number) {
  for (const id of CHART_IDS) {
    const chart = charts[id];
    const state = chart.states[pick % chart.states.length]?.id;
    try {
      const html = renderToStaticMarkup(
        createElement(ChartFigure, { id, data, lang, state, width: 640, tableMode: 'visible' }),
      );
      expect(html).toContain('<svg');
      chart.records(data, lang);
    } catch (error) {
      throw new Error(`chart "${id}" (state ${state}, ${lang}) failed: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

describe('fuzzed datasets: rejected with a path, or drawn by every chart', () => {
  it('the shipped dataset passes and renders (sanity check for the property below)', () => {
    const result = checkDatasetText(SHIPPED_TEXT);
    expect(result.ok).toBe(true);
    if (result.ok) for (const lang of LANGS) renderEveryChart(result.data, lang, 0);
  });

  it(`${RUNS} random mutations`, () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutationsArb, fc.constantFrom(...LANGS), fc.nat(), (mutations, lang, pick) => {
        const copy = structuredClone(SHIPPED);
        const applied = mutations.map((m) => applyMutation(copy, PATHS, m)).filter(Boolean);
        const text = JSON.stringify(copy);
        const result = checkDatasetText(text);
        if (hasNonFinite(copy)) {
          // JSON cannot carry NaN/Infinity (they became null in the text); the schema must
          // refuse them when handed the object directly, as a loader bypassing JSON would.
          expect(dataset.safeParse(copy).success, applied.join('; ')).toBe(false);
        }
        if (!result.ok) {
          rejected++;
          assertPinned(result.problems, text);
          return;
        }
        accepted++;
        renderEveryChart(result.data, lang, pick);
      }),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    );
    console.info(`fuzz: ${accepted} accepted and rendered, ${rejected} rejected`);
    // Both branches must be exercised, or the property proves little.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(rejected).toBeGreaterThan(RUNS / 4);
  }, 180_000);

  it('corrupted JSON text is reported with a line and column, never thrown', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SHIPPED_TEXT.length }),
        fc.nat({ max: 40 }),
        fc.string({ unit: 'binary', maxLength: 4 }),
        (offset, cut, insert) => {
          const text = SHIPPED_TEXT.slice(0, offset) + insert + SHIPPED_TEXT.slice(offset + cut);
          const result = checkDatasetText(text);
          // A corrupted key can be any string, so here the path need only be non-empty.
          if (!result.ok) assertPinned(result.problems, text, /\S/);
        },
      ),
      { numRuns: Math.max(100, RUNS / 2), seed: SEED },
    );
  }, 60_000);
});
