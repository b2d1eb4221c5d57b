import { defineChart } from '../define.ts';

export default defineChart({
  id: 'ammunition',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./AmmunitionChart.tsx').then((m) => m.AmmunitionChart),
});
