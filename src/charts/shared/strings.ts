/** The few interface words of a chart figure, in both languages. */
import type { Lang } from '../../lib/i18n.ts';

export const FIGURE_STRINGS: Record<
  Lang,
  { showTable: string; hideTable: string; error: string; tableHeading: string }
> = {
  de: {
    showTable: 'Daten als Tabelle',
    hideTable: 'Tabelle ausblenden',
    error: 'Diese Grafik konnte nicht gezeichnet werden.',
    tableHeading: 'Die Daten der Grafik',
  },
  en: {
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    error: 'This chart could not be drawn.',
    tableHeading: 'The chart’s data',
  },
};
