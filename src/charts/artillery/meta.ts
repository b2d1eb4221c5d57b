// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'artillery',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'artillery',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'artillery',
  table: () => ({ caption: 'artillery', columns: [], rows: [] }),
  records: () => [],
};
