/**
 * The browser's registry loads each chart (description and drawing) from its own chunk: what it
 * resolves to must be the very chart the static registry holds, for every chart.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { isChartLoaded, preloadChart } from '../../src/charts/registry.lazy.tsx';
import { CHART_IDS } from '../../src/charts/types.ts';

describe('registry.lazy', () => {
  it('says a chart is loaded only once its chunk has arrived', async () => {
    // First in this file: no other test has loaded a chart yet.
    expect(isChartLoaded('routes')).toBe(false);
    const pending = preloadChart('routes');
    expect(isChartLoaded('routes')).toBe(false);
    await pending;
    expect(isChartLoaded('routes')).toBe(true);
  });

  it.each(CHART_IDS)('%s: the same description and drawing as the static registry', async (id) => {
    const loaded = await preloadChart(id);
    const { Component, ...meta } = charts[id];
    expect(loaded.Component).toBe(Component);
    expect(loaded.id).toBe(id);
    for (const [key, value] of Object.entries(meta))
      expect(loaded[key as keyof typeof loaded], key).toBe(value);
  });

  it('loads a chart once: the same promise for every caller', () => {
    expect(preloadChart('troops')).toBe(preloadChart('troops'));
  });
});
