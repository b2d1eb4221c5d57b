/**
 * Every chart in every state, server-rendered in both languages at a phone and a desktop width (with
 * and without a sticky-graphic height cap), must render without React warnings: a missing `key`, an
 * invalid attribute or a bad prop type reaches console.error during SSR and the build log, so the
 * test fails on any console.error call.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { chartMeta } from '../../src/charts/meta.ts';
import type { ChartId } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const data = loadDatasetFile();

describe('charts render on the server without console.error', () => {
  let spy: MockInstance<typeof console.error>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => spy.mockRestore());

  for (const id of Object.keys(chartMeta) as ChartId[])
    for (const state of chartMeta[id].states)
      it(`${id} / ${state.id}`, () => {
        const { Component } = charts[id];
        for (const lang of ['de', 'en'] as const)
          for (const [width, maxHeight] of [
            [390, 420],
            [1280, undefined],
          ] as const) {
            const html = renderToString(
              <Component
                data={data}
                lang={lang}
                state={state.id}
                width={width}
                maxHeight={maxHeight}
              />,
            );
            expect(html).toContain('<svg');
          }
        const messages = spy.mock.calls.map((args) => args.map(String).join(' ').slice(0, 300));
        expect(messages).toEqual([]);
      });
});
