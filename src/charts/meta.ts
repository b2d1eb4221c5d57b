/** Every chart's pure description (titles, states, text, tables, records), without React. */
import type { ChartId, ChartMeta } from './types.ts';
import { meta as overview } from './overview/meta.ts';
import { meta as troops } from './troops/meta.ts';
import { meta as ammunition } from './ammunition/meta.ts';
import { meta as missiles } from './missiles/meta.ts';
import { meta as artillery } from './artillery/meta.ts';
import { meta as counterflows } from './counterflows/meta.ts';
import { meta as routes } from './routes/meta.ts';

export const chartMeta: Record<ChartId, ChartMeta> = {
  overview,
  troops,
  ammunition,
  missiles,
  artillery,
  counterflows,
  routes,
};
