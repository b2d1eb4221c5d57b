import { defineChart } from '../define.ts';

export default defineChart({
  id: 'troops',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./TroopsChart.tsx').then((m) => m.TroopsChart),
});
