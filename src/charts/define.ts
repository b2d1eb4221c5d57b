/**
 * One chart's definition (`<id>/index.ts`): its public id and where its two halves come from, its
 * description (meta.ts: states, words, table, records; pure) and its drawing (a React component).
 * Both are imported lazily, so the list of charts costs a page only the ids until a chart is shown,
 * and each chart's code is a chunk of its own in the browser. Everything else is derived from the
 * definitions in `definitions.ts`: the id list, the metas (meta.ts), the static registry
 * (registry.ts) and the browser's lazy one (registry.lazy.tsx).
 */
import type { ComponentType } from 'react';
import type { ChartDefinition, ChartMeta, ChartProps } from './types.ts';

export interface ChartSource<Id extends string = string> {
  /** Public: in embed URLs and story steps, so never renamed. */
  id: Id;
  meta: () => Promise<ChartMeta>;
  Component: () => Promise<ComponentType<ChartProps>>;
}

export function defineChart<const Id extends string>(source: ChartSource<Id>): ChartSource<Id> {
  return source;
}

/** The chart's description, checked against the id it is listed under. */
export async function loadMeta(source: ChartSource): Promise<ChartMeta> {
  const meta = await source.meta();
  if (meta.id !== source.id)
    throw new Error(`charts/${source.id}/index.ts: its meta says id "${meta.id}"`);
  return meta;
}

/** Description and drawing, loaded together (one round trip in the browser). */
export async function loadChart(source: ChartSource): Promise<ChartDefinition> {
  const [meta, Component] = await Promise.all([loadMeta(source), source.Component()]);
  return { ...meta, Component };
}
