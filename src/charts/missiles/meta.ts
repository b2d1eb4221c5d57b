// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'missiles',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'missiles',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'missiles',
  table: () => ({ caption: 'missiles', columns: [], rows: [] }),
  records: () => [],
};
