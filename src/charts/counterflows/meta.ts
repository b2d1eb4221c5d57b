// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartMeta } from '../types.ts';

export const meta: ChartMeta = {
  id: 'counterflows',
  states: [{ id: 'default', label: { de: 'Standard', en: 'Default' } }],
  title: () => 'counterflows',
  subtitle: () => '',
  sourceLine: () => '',
  note: () => undefined,
  describe: () => 'counterflows',
  table: () => ({ caption: 'counterflows', columns: [], rows: [] }),
  records: () => [],
};
