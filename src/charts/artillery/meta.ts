/** Artillery: more than 200 heavy pieces (MSMT) against the estimates over time. */
import type { ChartMeta } from '../types.ts';
import { seriesOrigins } from '../estimates/words.ts';
import {
  capitalize,
  describeSeries,
  msmtFigure,
  seriesNote,
  seriesRecords,
  seriesSourceLine,
  seriesTable,
} from '../estimates/meta-helpers.ts';
import { artillerySeries } from './layout.ts';

export const meta: ChartMeta = {
  id: 'artillery',
  states: [
    { id: 'msmt', label: { de: 'MSMT-Bericht', en: 'MSMT report' } },
    { id: 'estimates', label: { de: 'Schätzungen', en: 'Estimates' } },
  ],
  title: (data, lang) => {
    const figure = capitalize(msmtFigure(artillerySeries(data), lang));
    return lang === 'de'
      ? `${figure} für drei Brigaden: schwere Artillerie aus Nordkorea`
      : `${figure}, enough for three brigades: heavy artillery from North Korea`;
  },
  subtitle: (data, lang, state) => {
    const figure = msmtFigure(artillerySeries(data), lang);
    if (state === 'estimates') {
      const from = seriesOrigins(artillerySeries(data), lang);
      return lang === 'de'
        ? `Die Schätzungen aus ${from} wuchsen mit der Zeit; Angaben nach Typ sind als Teile einer Zählung gestapelt.`
        : `Estimates from ${from} grew over time; figures given by type are stacked as parts of one count.`;
    }
    return lang === 'de'
      ? `Das MSMT zählt ${figure} – genug, um etwa drei russische Brigaden auszurüsten.`
      : `The MSMT counts ${figure} – enough to equip about three Russian brigades.`;
  },
  sourceLine: (data, lang) => seriesSourceLine(data, artillerySeries(data), lang),
  note: (_data, lang) =>
    `${seriesNote(lang, false)} ${
      lang === 'de'
        ? 'Die Kaliber 170 mm (Selbstfahrlafetten) und 240 mm (Raketenwerfer) stammen aus Angaben Seouls, nicht aus dem MSMT-Bericht.'
        : 'The 170 mm (self-propelled guns) and 240 mm (rocket launchers) calibres come from Seoul, not from the MSMT report.'
    }`,
  describe: (data, lang, state) => describeSeries(artillerySeries(data), lang, state),
  table: (data, lang) =>
    seriesTable(
      data,
      artillerySeries(data),
      lang,
      lang === 'de'
        ? 'Schwere Artillerie: MSMT und andere Schätzungen'
        : 'Heavy artillery: MSMT and other estimates',
    ),
  records: (data, lang) => seriesRecords(data, artillerySeries(data), lang),
};
