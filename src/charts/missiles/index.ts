import { defineChart } from '../define.ts';

export default defineChart({
  id: 'missiles',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./MissilesChart.tsx').then((m) => m.MissilesChart),
});
