/** Ammunition: up to about 9 million rounds (MSMT), 49 voyages, >20,000 containers, other estimates. */
import { formatQuantity } from '../../lib/format.ts';
import type { ChartMeta } from '../types.ts';
import {
  capitalize,
  describeSeries,
  msmtFigure,
  seriesNote,
  seriesRecords,
  seriesSourceLine,
  seriesTable,
} from '../kinds/estimates/meta-helpers.ts';
import { CONTAINERS_ID, VOYAGES_ID, ammunitionSeries } from './layout.ts';
import { seriesOrigins } from '../kinds/estimates/words.ts';

const EXTRA = [VOYAGES_ID, CONTAINERS_ID] as const;

export const meta: ChartMeta = {
  id: 'ammunition',
  states: [
    { id: 'msmt', label: { de: 'MSMT-Bericht', en: 'MSMT report' } },
    { id: 'voyages', label: { de: 'Fahrten und Container', en: 'Voyages and containers' } },
    { id: 'estimates', label: { de: 'Andere Schätzungen', en: 'Other estimates' } },
  ],
  title: (data, lang) => {
    const figure = capitalize(msmtFigure(ammunitionSeries(data), lang));
    return lang === 'de'
      ? `${figure} in einem Jahr: Nordkoreas Munition für Russland`
      : `${figure} in one year: North Korea’s ammunition for Russia`;
  },
  subtitle: (data, lang, state) => {
    const figure = msmtFigure(ammunitionSeries(data), lang);
    if (state === 'estimates') {
      const from = seriesOrigins(ammunitionSeries(data), lang);
      return lang === 'de'
        ? `Schätzungen aus ${from}. Manche rechnen Container oder Sprengstoffmengen in Granaten um – Annahmen, keine Zählungen.`
        : `Estimates from ${from}. Some convert containers or tonnes of explosives into shells – assumptions, not counts.`;
    }
    if (state === 'voyages') {
      const voyages = data.transfers.find((t) => t.id === VOYAGES_ID);
      const n = voyages ? formatQuantity(voyages.quantity, voyages.unit, lang) : '';
      return lang === 'de'
        ? `Gebracht auf ${n} russisch beflaggter Frachter, entladen in Häfen im Fernen Osten.`
        : `Carried on ${n} by Russian-flagged cargo ships, unloaded at Far East ports.`;
    }
    return lang === 'de'
      ? `Artillerie- und Raketenwerfermunition 2024 laut MSMT: ${figure}.`
      : `Artillery and rocket-launcher ammunition in 2024, according to the MSMT: ${figure}.`;
  },
  sourceLine: (data, lang) => seriesSourceLine(data, ammunitionSeries(data), lang, EXTRA),
  note: (data, lang) =>
    seriesNote(
      lang,
      ammunitionSeries(data).estimates.some((e) => e.basis === 'conversion'),
    ),
  describe: (data, lang, state) => {
    const base = describeSeries(ammunitionSeries(data), lang, state);
    if (state !== 'voyages') return base;
    const extra = EXTRA.map((id) => data.transfers.find((t) => t.id === id))
      .filter((t) => t !== undefined)
      .map((t) => `${formatQuantity(t.quantity, t.unit, lang)} (${t.label[lang]})`)
      .join('; ');
    return `${base} ${extra}.`;
  },
  table: (data, lang) =>
    seriesTable(
      data,
      ammunitionSeries(data),
      lang,
      lang === 'de'
        ? 'Artilleriemunition: MSMT und andere Schätzungen'
        : 'Artillery ammunition: MSMT and other estimates',
      EXTRA,
    ),
  records: (data, lang) => seriesRecords(data, ammunitionSeries(data), lang, EXTRA),
};
