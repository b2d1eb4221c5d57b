// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'ammunition',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'ammunition',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'ammunition',
  table: () => ({ caption: 'ammunition', columns: [], rows: [] }),
  records: () => [],
};
