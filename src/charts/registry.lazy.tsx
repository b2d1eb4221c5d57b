/**
 * The browser build's chart registry (scripts/vite/lazy-charts-plugin.ts swaps it in for
 * registry.ts in client bundles only): each chart, its description (meta) and its drawing, is its
 * own chunk, loaded by dynamic import when a figure first shows it (or earlier, by
 * `preloadChart`). A story page or an embed then downloads and parses only the charts it draws.
 * Until a chart has loaded, `useChart` suspends.
 * The server build, tests and the dev server use registry.ts, where everything is static.
 */
import { use } from 'react';
import type { ChartDefinition, ChartId } from './types.ts';
import { loadChart } from './define.ts';
import { CHART_DEFINITIONS } from './definitions.ts';

// Each definition imports its description and drawing lazily: one chunk per chart, both fetched
// at once.
const sources = new Map(CHART_DEFINITIONS.map((d) => [d.id as ChartId, d]));

const loaded: Partial<Record<ChartId, ChartDefinition>> = {};
const pending: Partial<Record<ChartId, Promise<ChartDefinition>>> = {};

/** Starts loading a chart (once); resolves when it can render without suspending. */
export function preloadChart(id: ChartId): Promise<ChartDefinition> {
  pending[id] ??= loadChart(sources.get(id)!).then((chart) => {
    loaded[id] = chart;
    return chart;
  });
  return pending[id];
}

/** Whether the chart's code is here: `useChart` then returns it without suspending. */
export function isChartLoaded(id: ChartId): boolean {
  return loaded[id] !== undefined;
}

/**
 * The chart's description and drawing; suspends while its chunk loads. Synchronous once loaded,
 * so switching back to a chart never blanks it for a frame. A hydrating embed or story has loaded
 * its chart before React starts, so the server's markup is matched without suspending.
 */
export function useChart(id: ChartId): ChartDefinition {
  return loaded[id] ?? use(preloadChart(id));
}
