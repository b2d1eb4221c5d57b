import { defineChart } from '../define.ts';

export default defineChart({
  id: 'routes',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./RoutesChart.tsx').then((m) => m.RoutesChart),
});
