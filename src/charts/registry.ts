/** Every chart: its pure description plus the component that draws it. Shared by story, embeds, newsroom. */
import type { ChartDefinition, ChartId, ChartProps } from './types.ts';
import type { ComponentType } from 'react';
import { chartMeta } from './meta.ts';
import { Chart as Overview } from './overview/Chart.tsx';
import { Chart as Troops } from './troops/Chart.tsx';
import { Chart as Ammunition } from './ammunition/Chart.tsx';
import { Chart as Missiles } from './missiles/Chart.tsx';
import { Chart as Artillery } from './artillery/Chart.tsx';
import { Chart as Counterflows } from './counterflows/Chart.tsx';
import { Chart as Routes } from './routes/Chart.tsx';

const components: Record<ChartId, ComponentType<ChartProps>> = {
  overview: Overview,
  troops: Troops,
  ammunition: Ammunition,
  missiles: Missiles,
  artillery: Artillery,
  counterflows: Counterflows,
  routes: Routes,
};

export const charts: Record<ChartId, ChartDefinition> = Object.fromEntries(
  Object.entries(chartMeta).map(([id, meta]) => [
    id,
    { ...meta, Component: components[id as ChartId] },
  ]),
) as Record<ChartId, ChartDefinition>;

/** The chart's description and drawing (a hook: registry.lazy.tsx's version suspends while loading). */
export function useChart(id: ChartId): ChartDefinition {
  return charts[id];
}

/** Always: everything is bundled here (registry.lazy.tsx's version says whether a chunk has arrived). */
export function isChartLoaded(_id: ChartId): boolean {
  return true;
}

/** Nothing to load here; registry.lazy.tsx's version fetches the chart's chunk. */
export function preloadChart(id: ChartId): Promise<ChartDefinition> {
  return Promise.resolve(charts[id]);
}
