/**
 * Russia's returns, everything but the drawing. States (first = default): `oil` (MSMT figure
 * against the UN cap), `oil-cap` (the cap alone), `reported` (adds what Russia notified to the UN
 * and other estimates), `other` (the non-oil returns, oil faded).
 */
import type { Dataset, Transfer } from '../../data/schema.ts';
import { formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ChartMeta } from '../types.ts';
import {
  estimateRecord,
  estimateRow,
  tableColumns,
  transferRecord,
  transferRow,
} from '../shared/records.ts';
import { reportSourceLine } from '../shared/sources.ts';
import { shortPeriod } from '../shared/time.ts';
import { CAP_ID, oilEstimates, otherReturns, resolveCounterflowState } from './layout.ts';

function oil(data: Dataset): Transfer {
  const t = data.transfers.find((x) => x.id === 'refined-oil');
  if (!t) throw new Error('counterflows: no transfer "refined-oil" in the dataset');
  return t;
}

function capText(data: Dataset, lang: Lang): string {
  const cap = data.estimates.find((e) => e.id === CAP_ID);
  return cap ? formatQuantity(cap.quantity, cap.unit, lang) : '';
}

export const meta: ChartMeta = {
  id: 'counterflows',
  states: [
    { id: 'oil', label: { de: 'Öl gegen die UN-Obergrenze', en: 'Oil against the UN cap' } },
    { id: 'oil-cap', label: { de: 'Die UN-Obergrenze', en: 'The UN cap' } },
    { id: 'reported', label: { de: 'Gemeldet und geschätzt', en: 'Reported and estimated' } },
    { id: 'other', label: { de: 'Weitere Gegenleistungen', en: 'Other returns' } },
  ],
  title: (_data, lang) => (lang === 'de' ? 'Was Russland zurückgab' : 'What Russia gave back'),
  subtitle(data, lang, state) {
    const s = resolveCounterflowState(state);
    const de = lang === 'de';
    const o = oil(data);
    if (s === 'oil-cap')
      return de
        ? `Der UN-Sicherheitsrat erlaubt Nordkorea ${capText(data, lang)} raffinierte Erdölprodukte`
        : `The UN Security Council allows North Korea ${capText(data, lang)} of refined petroleum`;
    if (s === 'reported')
      return de
        ? 'Was Russland der UN meldete – und was andere zählten'
        : 'What Russia reported to the UN – and what others counted';
    if (s === 'other')
      return de
        ? 'Militärische Gegenleistungen: meist nicht beziffert'
        : 'Military returns: mostly not quantified';
    const amount = formatQuantity(o.quantity, o.unit, lang, { compact: true });
    const when = o.period ? ` (${shortPeriod(o.period, lang)})` : '';
    const first = `${amount.charAt(0).toUpperCase()}${amount.slice(1)}${when}`;
    return de
      ? `${first} – mehr als das Doppelte der UN-Obergrenze für ein ganzes Jahr`
      : `${first} – more than twice the UN cap for a whole year`;
  },
  sourceLine(data, lang) {
    const ids = [oil(data), ...otherReturns(data)].flatMap((t) => t.sources);
    const est = oilEstimates(data);
    const cap = data.estimates.find((e) => e.id === CAP_ID);
    return reportSourceLine(data, lang, ids, [
      {
        label:
          lang === 'de'
            ? 'Obergrenze, Meldungen und Schätzungen'
            : 'cap, notifications and estimates',
        names: [...(cap ? [cap] : []), ...est].flatMap((e) =>
          e.sources.flatMap((id) =>
            data.sources.filter((s) => s.id === id).map((s) => s.publisher),
          ),
        ),
      },
    ]);
  },
  note: (data, lang) => {
    const o = oil(data);
    const months = o.period ? shortPeriod(o.period, lang) : '';
    return lang === 'de'
      ? `Die Monate ${months} nennt nur eine Quelle (A News unter Berufung auf Yonhap). Die Obergrenze gilt pro Jahr, die MSMT-Zahl für acht Monate. Die OSC-Zahl beruht auf Tankerbesuchen und Ladekapazität.`
      : `Only one source gives the months ${months} (A News, citing Yonhap). The cap is per year, the MSMT figure covers eight months. The OSC figure rests on tanker visits and loading capacity.`;
  },
  describe(data, lang, state) {
    const s = resolveCounterflowState(state);
    const de = lang === 'de';
    const o = oil(data);
    const when = o.period ? shortPeriod(o.period, lang) : '';
    const capLine = de
      ? `Eine gestrichelte Linie markiert die UN-Obergrenze von ${capText(data, lang)}.`
      : `A dashed line marks the UN cap of ${capText(data, lang)}.`;
    const msmt = de
      ? `Ein blauer Balken zeigt laut MSMT-Bericht ${formatQuantity(o.quantity, o.unit, lang)} (${when}), mit offenem Ende, weil es mehr sein kann – mehr als doppelt so lang wie die Obergrenze.`
      : `A blue bar shows ${formatQuantity(o.quantity, o.unit, lang)} (${when}) according to the MSMT report, with an open end because it may be more – over twice the length of the cap.`;
    const est = oilEstimates(data)
      .map(
        (e) =>
          `${e.estimator[lang]}: ${formatQuantity(e.quantity, e.unit, lang)} (${e.label[lang]}, ${e.period ? shortPeriod(e.period, lang) : formatDate(e.date, lang, { short: true })})`,
      )
      .join('; ');
    const others = otherReturns(data)
      .map((t) => `${t.label[lang]}: ${formatQuantity(t.quantity, t.unit, lang)}`)
      .join('; ');
    const tiles = de ? `Weitere Gegenleistungen: ${others}.` : `Other returns: ${others}.`;
    if (s === 'oil-cap') return capLine;
    if (s === 'oil') return `${capLine} ${msmt}`;
    if (s === 'reported')
      return `${capLine} ${msmt} ${de ? 'Graue Balken darunter' : 'Grey bars below'}: ${est}.`;
    return `${tiles} ${de ? 'Die Öl-Balken darüber sind blass.' : 'The oil bars above are faded.'}`;
  },
  table(data, lang) {
    const cap = data.estimates.find((e) => e.id === CAP_ID);
    return {
      caption:
        lang === 'de'
          ? 'Russlands Gegenleistungen an Nordkorea: Erdöl, Obergrenze, Meldungen und weitere Lieferungen'
          : 'Russia’s returns to North Korea: oil, cap, notifications and other supplies',
      columns: tableColumns(lang),
      rows: [
        transferRow(data, oil(data), lang),
        ...(cap ? [estimateRow(data, cap, lang)] : []),
        ...oilEstimates(data).map((e) => estimateRow(data, e, lang)),
        ...otherReturns(data).map((t) => transferRow(data, t, lang)),
      ],
    };
  },
  records(data, lang) {
    const cap = data.estimates.find((e) => e.id === CAP_ID);
    return [
      transferRecord(data, oil(data), lang),
      ...(cap ? [estimateRecord(data, cap, lang)] : []),
      ...oilEstimates(data).map((e) => estimateRecord(data, e, lang)),
      ...otherReturns(data).map((t) => transferRecord(data, t, lang)),
    ];
  },
};
