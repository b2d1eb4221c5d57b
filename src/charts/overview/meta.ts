// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'overview',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'overview',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'overview',
  table: () => ({ caption: 'overview', columns: [], rows: [] }),
  records: () => [],
};
