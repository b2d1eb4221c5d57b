/**
 * Every chart's pure description (titles, states, text, tables, records), without React, by id.
 * Loaded from the definitions before anything imports it (top-level await), so it reads like a
 * plain object at build time, in tests and on the newsroom page.
 */
import type { ChartMeta } from './types.ts';
import { loadMeta } from './define.ts';
import { CHART_DEFINITIONS, type ChartId } from './definitions.ts';

export const chartMeta = Object.fromEntries(
  await Promise.all(CHART_DEFINITIONS.map(async (d) => [d.id, await loadMeta(d)] as const)),
) as Record<ChartId, ChartMeta>;
