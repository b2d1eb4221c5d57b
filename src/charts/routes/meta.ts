// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'routes',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'routes',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'routes',
  table: () => ({ caption: 'routes', columns: [], rows: [] }),
  records: () => [],
};
