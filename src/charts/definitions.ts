/**
 * Every chart, in the order the newsroom page and the embed index list them. Adding a chart is
 * adding its folder (see README, "Adding a chart") and one line here; the id list, the metas and
 * both registries follow from this list.
 */
import overview from './overview/index.ts';
import troops from './troops/index.ts';
import ammunition from './ammunition/index.ts';
import missiles from './missiles/index.ts';
import artillery from './artillery/index.ts';
import counterflows from './counterflows/index.ts';
import routes from './routes/index.ts';

export const CHART_DEFINITIONS = [
  overview,
  troops,
  ammunition,
  missiles,
  artillery,
  counterflows,
  routes,
] as const;

export type ChartId = (typeof CHART_DEFINITIONS)[number]['id'];

export const CHART_IDS: readonly ChartId[] = CHART_DEFINITIONS.map((d) => d.id);

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && (CHART_IDS as readonly string[]).includes(value);
}
