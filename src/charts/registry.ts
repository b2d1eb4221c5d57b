/**
 * Every chart: its description plus the component that draws it, loaded from the definitions before
 * anything imports it (top-level await). Shared by the server build, tests and the dev server; the
 * browser build swaps in registry.lazy.tsx (scripts/vite/lazy-charts-plugin.ts).
 */
import type { ChartDefinition, ChartId } from './types.ts';
import { loadChart } from './define.ts';
import { CHART_DEFINITIONS } from './definitions.ts';

export const charts = Object.fromEntries(
  await Promise.all(CHART_DEFINITIONS.map(async (d) => [d.id, await loadChart(d)] as const)),
) as Record<ChartId, ChartDefinition>;

/** The chart's description and drawing (a hook: registry.lazy.tsx's version suspends while loading). */
export function useChart(id: ChartId): ChartDefinition {
  return charts[id];
}

/** Always: everything is loaded here (registry.lazy.tsx's version says whether a chunk has arrived). */
export function isChartLoaded(_id: ChartId): boolean {
  return true;
}

/** Nothing to load here; registry.lazy.tsx's version fetches the chart's chunk. */
export function preloadChart(id: ChartId): Promise<ChartDefinition> {
  return Promise.resolve(charts[id]);
}
