// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'troops',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'troops',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'troops',
  table: () => ({ caption: 'troops', columns: [], rows: [] }),
  records: () => [],
};
