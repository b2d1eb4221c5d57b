import { defineChart } from '../define.ts';

export default defineChart({
  id: 'counterflows',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./CounterflowsChart.tsx').then((m) => m.CounterflowsChart),
});
