/** Missiles: at least 100 ballistic missiles (MSMT) against other counts, supplied and fired, over time. */
import { formatDate } from '../../lib/format.ts';
import type { ChartMeta } from '../types.ts';
import {
  capitalize,
  describeSeries,
  msmtFigure,
  seriesNote,
  seriesRecords,
  seriesSourceLine,
  seriesTable,
} from '../estimates/meta-helpers.ts';
import { allBeforeReport, seriesOrigins } from '../estimates/words.ts';
import { TRANSFER_ID, missilesSeries } from './layout.ts';

export const meta: ChartMeta = {
  id: 'missiles',
  states: [
    { id: 'msmt', label: { de: 'MSMT-Bericht', en: 'MSMT report' } },
    { id: 'estimates', label: { de: 'Andere Zählungen', en: 'Other counts' } },
  ],
  title: (data, lang) => {
    const figure = capitalize(msmtFigure(missilesSeries(data), lang));
    return lang === 'de'
      ? `${figure} für Russlands Krieg: ballistische Raketen aus Nordkorea`
      : `${figure} for Russia’s war: ballistic missiles from North Korea`;
  },
  subtitle: (data, lang, state) => {
    const series = missilesSeries(data);
    const transfer = data.transfers.find((t) => t.id === TRANSFER_ID);
    const since = transfer?.period ? formatDate(transfer.period.start, lang) : undefined;
    const figure = msmtFigure(series, lang);
    if (state === 'estimates') {
      const from = seriesOrigins(series, lang);
      const earlier = allBeforeReport(series);
      return lang === 'de'
        ? `${earlier ? 'Frühere Zählungen' : 'Zählungen'} aus ${from} – „geliefert“ und „abgefeuert“ sind verschiedene Zahlen.`
        : `${earlier ? 'Earlier counts' : 'Counts'} from ${from} – “supplied” and “fired” are different numbers.`;
    }
    return lang === 'de'
      ? `Das MSMT zählt ${figure}${since ? ` seit ${since}` : ''}, danach auf die Ukraine abgefeuert.`
      : `The MSMT counts ${figure}${since ? ` since ${since}` : ''}, subsequently launched into Ukraine.`;
  },
  sourceLine: (data, lang) => seriesSourceLine(data, missilesSeries(data), lang),
  note: (_data, lang) => seriesNote(lang, false),
  describe: (data, lang, state) => describeSeries(missilesSeries(data), lang, state, 'overlay'),
  table: (data, lang) =>
    seriesTable(
      data,
      missilesSeries(data),
      lang,
      lang === 'de'
        ? 'Ballistische Raketen: MSMT und andere Zählungen'
        : 'Ballistic missiles: MSMT and other counts',
    ),
  records: (data, lang) => seriesRecords(data, missilesSeries(data), lang),
};
