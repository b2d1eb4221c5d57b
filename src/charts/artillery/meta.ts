/** Artillery: more than 200 heavy pieces (MSMT) against the estimates over time. */
import type { ChartMeta } from '../types.ts';
import { defineEstimatesChart, estimatesChartMeta } from '../kinds/estimates/chart.ts';
import { seriesOrigins } from '../kinds/estimates/words.ts';

export const ARTILLERY = defineEstimatesChart({
  id: 'artillery',
  transferId: 'artillery-systems',
  topic: 'artillery-systems',
  direction: 'dprk-to-russia',
  // Estimates given by type (50 guns + 20 launchers) are parts of one count: stack them.
  groupMode: 'stack',
  states: [
    { id: 'msmt', label: { de: 'MSMT-Bericht', en: 'MSMT report' } },
    { id: 'estimates', label: { de: 'Schätzungen', en: 'Estimates' } },
  ],
  words: {
    title: ({ figure, lang }) =>
      lang === 'de'
        ? `${figure} für drei Brigaden: schwere Artillerie aus Nordkorea`
        : `${figure}, enough for three brigades: heavy artillery from North Korea`,
    msmtSubtitle: ({ figure, lang }) =>
      lang === 'de'
        ? `Das MSMT zählt ${figure} – genug, um etwa drei russische Brigaden auszurüsten.`
        : `The MSMT counts ${figure} – enough to equip about three Russian brigades.`,
    estimatesSubtitle: ({ series, lang }) => {
      const from = seriesOrigins(series, lang);
      return lang === 'de'
        ? `Die Schätzungen aus ${from} wuchsen mit der Zeit; Angaben nach Typ sind als Teile einer Zählung gestapelt.`
        : `Estimates from ${from} grew over time; figures given by type are stacked as parts of one count.`;
    },
    note: {
      de: 'Die Kaliber 170 mm (Selbstfahrlafetten) und 240 mm (Raketenwerfer) stammen aus Angaben Seouls, nicht aus dem MSMT-Bericht.',
      en: 'The 170 mm (self-propelled guns) and 240 mm (rocket launchers) calibres come from Seoul, not from the MSMT report.',
    },
    tableCaption: {
      de: 'Schwere Artillerie: MSMT und andere Schätzungen',
      en: 'Heavy artillery: MSMT and other estimates',
    },
  },
});

export const meta: ChartMeta = estimatesChartMeta(ARTILLERY);
