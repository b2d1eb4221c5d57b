/**
 * The browser build's chart registry (scripts/vite/lazy-charts-plugin.ts swaps it in for
 * registry.ts in client bundles only): each chart, its description (meta) and its drawing, is its
 * own chunk, loaded by dynamic import when a figure first shows it (or earlier, by
 * `preloadChart`). A story page or an embed then downloads and parses only the charts it draws.
 * Until a chart has loaded, `useChart` suspends.
 * Server rendering and the unit tests use registry.ts, where everything is static.
 */
import { use, type ComponentType } from 'react';
import type { ChartDefinition, ChartId, ChartMeta, ChartProps } from './types.ts';

// Each chart's drawing module imports its own meta; the loader takes both from that one chunk.
const loaders: Record<ChartId, () => Promise<ChartDefinition>> = {
  overview: () =>
    Promise.all([import('./overview/meta.ts'), import('./overview/Chart.tsx')]).then(define),
  troops: () =>
    Promise.all([import('./troops/meta.ts'), import('./troops/Chart.tsx')]).then(define),
  ammunition: () =>
    Promise.all([import('./ammunition/meta.ts'), import('./ammunition/Chart.tsx')]).then(define),
  missiles: () =>
    Promise.all([import('./missiles/meta.ts'), import('./missiles/Chart.tsx')]).then(define),
  artillery: () =>
    Promise.all([import('./artillery/meta.ts'), import('./artillery/Chart.tsx')]).then(define),
  counterflows: () =>
    Promise.all([import('./counterflows/meta.ts'), import('./counterflows/Chart.tsx')]).then(
      define,
    ),
  routes: () =>
    Promise.all([import('./routes/meta.ts'), import('./routes/Chart.tsx')]).then(define),
};

function define([{ meta }, { Chart }]: [
  { meta: ChartMeta },
  { Chart: ComponentType<ChartProps> },
]): ChartDefinition {
  return { ...meta, Component: Chart };
}

const loaded: Partial<Record<ChartId, ChartDefinition>> = {};
const pending: Partial<Record<ChartId, Promise<ChartDefinition>>> = {};

/**
 * Starts loading a chart (once); resolves when it can render without suspending. The settled
 * promise carries React's `status`/`value` fields, so `use` returns the chart without suspending.
 */
export function preloadChart(id: ChartId): Promise<ChartDefinition> {
  const promise = (pending[id] ??= loaders[id]().then((chart) => {
    loaded[id] = chart;
    Object.assign(promise, { status: 'fulfilled', value: chart });
    return chart;
  }));
  return promise;
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
  // Always through `use` (React warns when a render that suspended in `use` finishes without it).
  return use(preloadChart(id));
}
