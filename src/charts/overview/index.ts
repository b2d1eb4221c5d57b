import { defineChart } from '../define.ts';

export default defineChart({
  id: 'overview',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./OverviewChart.tsx').then((m) => m.OverviewChart),
});
