/**
 * The browser build's chart registry (scripts/vite/lazy-charts-plugin.ts swaps it in for
 * registry.ts in client bundles only): the same metas, but each chart's drawing code is its own
 * chunk, loaded by dynamic import when a figure first shows it (or earlier, by `preloadChart`).
 * A story page or an embed then downloads and parses only the charts it draws. While a drawing
 * loads it suspends (see lazyDrawing).
 * The server build, tests and the dev server use registry.ts, where everything is static.
 */
import { use, type ComponentType } from 'react';
import { chartMeta } from './meta.ts';
import type { ChartDefinition, ChartId, ChartProps } from './types.ts';

type Drawing = ComponentType<ChartProps>;

const loaders: Record<ChartId, () => Promise<Drawing>> = {
  overview: () => import('./overview/Chart.tsx').then((m) => m.Chart),
  troops: () => import('./troops/Chart.tsx').then((m) => m.Chart),
  ammunition: () => import('./ammunition/Chart.tsx').then((m) => m.Chart),
  missiles: () => import('./missiles/Chart.tsx').then((m) => m.Chart),
  artillery: () => import('./artillery/Chart.tsx').then((m) => m.Chart),
  counterflows: () => import('./counterflows/Chart.tsx').then((m) => m.Chart),
  routes: () => import('./routes/Chart.tsx').then((m) => m.Chart),
};

const loaded: Partial<Record<ChartId, Drawing>> = {};
const pending: Partial<Record<ChartId, Promise<Drawing>>> = {};

/** Starts loading a chart's drawing code (once); resolves when it can render without suspending. */
export function preloadChart(id: ChartId): Promise<Drawing> {
  pending[id] ??= loaders[id]().then((component) => {
    loaded[id] = component;
    return component;
  });
  return pending[id];
}

function lazyDrawing(id: ChartId): Drawing {
  // No Suspense boundary of its own: the server's markup has none, and an extra boundary would
  // not match it when an embed hydrates. Suspending there leaves the prerendered SVG in place
  // until the code arrives; client renders (the story's sticky graphic) wrap it in a boundary.
  function LazyDrawing(props: ChartProps) {
    // Synchronous once loaded, so switching back to a chart never blanks it for a frame.
    const Component = loaded[id] ?? use(preloadChart(id));
    return <Component {...props} />;
  }
  LazyDrawing.displayName = `LazyDrawing(${id})`;
  return LazyDrawing;
}

export const charts: Record<ChartId, ChartDefinition> = Object.fromEntries(
  Object.entries(chartMeta).map(([id, meta]) => [
    id,
    { ...meta, Component: lazyDrawing(id as ChartId) },
  ]),
) as Record<ChartId, ChartDefinition>;
