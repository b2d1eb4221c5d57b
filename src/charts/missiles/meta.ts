/** Missiles: at least 100 ballistic missiles (MSMT) against other counts, supplied and fired, over time. */
import { formatDate } from '../../lib/format.ts';
import type { ChartMeta } from '../types.ts';
import { defineEstimatesChart, estimatesChartMeta } from '../kinds/estimates/chart.ts';
import { allBeforeReport, seriesOrigins } from '../kinds/estimates/words.ts';

export const MISSILES = defineEstimatesChart({
  id: 'missiles',
  transferId: 'ballistic-missiles',
  topic: 'ballistic-missiles',
  direction: 'dprk-to-russia',
  // "Supplied" and "fired" given together nest (fired ⊂ supplied): overlay, never add.
  groupMode: 'overlay',
  states: [
    { id: 'msmt', label: { de: 'MSMT-Bericht', en: 'MSMT report' } },
    { id: 'estimates', label: { de: 'Andere Zählungen', en: 'Other counts' } },
  ],
  words: {
    title: ({ figure, lang }) =>
      lang === 'de'
        ? `${figure} für Russlands Krieg: ballistische Raketen aus Nordkorea`
        : `${figure} for Russia’s war: ballistic missiles from North Korea`,
    msmtSubtitle: ({ data, figure, lang }) => {
      const transfer = data.transfers.find((t) => t.id === MISSILES.transferId);
      const since = transfer?.period ? formatDate(transfer.period.start, lang) : undefined;
      return lang === 'de'
        ? `Das MSMT zählt ${figure}${since ? ` seit ${since}` : ''}, danach auf die Ukraine abgefeuert.`
        : `The MSMT counts ${figure}${since ? ` since ${since}` : ''}, subsequently launched into Ukraine.`;
    },
    estimatesSubtitle: ({ series, lang }) => {
      const from = seriesOrigins(series, lang);
      const earlier = allBeforeReport(series);
      return lang === 'de'
        ? `${earlier ? 'Frühere Zählungen' : 'Zählungen'} aus ${from} – „geliefert“ und „abgefeuert“ sind verschiedene Zahlen.`
        : `${earlier ? 'Earlier counts' : 'Counts'} from ${from} – “supplied” and “fired” are different numbers.`;
    },
    tableCaption: {
      de: 'Ballistische Raketen: MSMT und andere Zählungen',
      en: 'Ballistic missiles: MSMT and other counts',
    },
  },
});

export const meta: ChartMeta = estimatesChartMeta(MISSILES);
