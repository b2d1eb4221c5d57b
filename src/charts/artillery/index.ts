import { defineChart } from '../define.ts';

export default defineChart({
  id: 'artillery',
  meta: () => import('./meta.ts').then((m) => m.meta),
  Component: () => import('./ArtilleryChart.tsx').then((m) => m.ArtilleryChart),
});
