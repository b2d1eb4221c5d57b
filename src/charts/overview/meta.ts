/**
 * The two-way ledger, everything but the drawing. States: `both` (default), `dprk-to-russia`,
 * `russia-to-dprk` (one side highlighted, the other faded).
 */
import type { Dataset } from '../../data/schema.ts';
import { formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ChartMeta } from '../types.ts';
import { tableColumns, transferRecord, whenText, yesNo } from '../shared/records.ts';
import { reportSourceLine, sourceNames } from '../shared/sources.ts';
import { ledgerItems, resolveOverviewState } from './layout.ts';

const NAMES = {
  de: { 'dprk-to-russia': 'Nordkorea → Russland', 'russia-to-dprk': 'Russland → Nordkorea' },
  en: { 'dprk-to-russia': 'North Korea → Russia', 'russia-to-dprk': 'Russia → North Korea' },
} as const;

function sideText(data: Dataset, lang: Lang, direction: 'dprk-to-russia' | 'russia-to-dprk') {
  const items = ledgerItems(data, lang).filter((i) => i.direction === direction);
  const list = items
    .map((i) => {
      const tag = i.inReport ? '' : lang === 'de' ? ', nicht im Bericht' : ', not in the report';
      const when = [i.period, tag.slice(2)].filter(Boolean).join(', ');
      return `${i.label}: ${formatQuantity(i.quantity, i.unit, lang, { compact: true })}${when ? ` (${when})` : ''}`;
    })
    .join('; ');
  return `${NAMES[lang][direction]}: ${list}.`;
}

export const meta: ChartMeta = {
  id: 'overview',
  states: [
    { id: 'both', label: { de: 'Beide Richtungen', en: 'Both directions' } },
    { id: 'dprk-to-russia', label: { de: 'Nordkorea → Russland', en: 'North Korea → Russia' } },
    { id: 'russia-to-dprk', label: { de: 'Russland → Nordkorea', en: 'Russia → North Korea' } },
  ],
  title: (_data, lang) =>
    lang === 'de' ? 'Was in beide Richtungen floss' : 'What flowed in both directions',
  subtitle(_data, lang, state) {
    const s = resolveOverviewState(state);
    const de = lang === 'de';
    if (s === 'dprk-to-russia')
      return de
        ? 'Was Nordkorea an Russland lieferte, jeweils in eigener Einheit'
        : 'What North Korea supplied to Russia, each in its own unit';
    if (s === 'russia-to-dprk')
      return de
        ? 'Was Russland zurückgab – vieles davon nicht beziffert'
        : 'What Russia gave back – much of it not quantified';
    return de
      ? 'Jede Zahl in ihrer eigenen Einheit: Die Mengen sind untereinander nicht vergleichbar'
      : 'Each figure in its own unit: the amounts cannot be compared with one another';
  },
  sourceLine(data, lang) {
    const ids = ledgerItems(data, lang)
      .filter((i) => i.inReport)
      .flatMap((i) => i.sources);
    const later = ledgerItems(data, lang)
      .filter((i) => !i.inReport)
      .flatMap((i) => i.sources);
    return reportSourceLine(data, lang, ids, [
      {
        label: lang === 'de' ? 'nicht im Bericht' : 'not in the report',
        names: later.flatMap((id) =>
          data.sources.filter((s) => s.id === id).map((s) => s.publisher),
        ),
      },
    ]);
  },
  note: (_data, lang) =>
    lang === 'de'
      ? 'Die Zahlen des MSMT-Berichts sind nach Presseberichten über den Bericht wiedergegeben. „Nicht beziffert“: Der Bericht nennt die Lieferung, aber keine Menge.'
      : 'The MSMT report’s figures are given as press reports quoted them. “Not quantified”: the report names the transfer but gives no amount.',
  describe(data, lang, state) {
    const s = resolveOverviewState(state);
    const de = lang === 'de';
    const intro = de
      ? 'Zweispaltige Liste ohne gemeinsamen Maßstab, jede Zahl mit Einheit und Einschränkung.'
      : 'Two-column list without a shared scale, each figure with its unit and qualifier.';
    const focus =
      s === 'both'
        ? ''
        : de
          ? ` Hervorgehoben: ${NAMES.de[s]}; die andere Richtung ist blass.`
          : ` Highlighted: ${NAMES.en[s]}; the other direction is faded.`;
    return `${intro}${focus} ${sideText(data, lang, 'dprk-to-russia')} ${sideText(data, lang, 'russia-to-dprk')}`;
  },
  table(data, lang) {
    const de = lang === 'de';
    const columns = tableColumns(lang);
    return {
      caption: de
        ? 'Lieferungen zwischen Nordkorea und Russland laut MSMT-Bericht und danach'
        : 'Transfers between North Korea and Russia according to the MSMT report and after',
      columns: [columns[0] ?? '', de ? 'Richtung' : 'Direction', ...columns.slice(1)],
      // A total's parts follow it as "davon"/"of which" rows, so every figure is in the table.
      rows: ledgerItems(data, lang).flatMap((i) => [
        [
          i.label,
          NAMES[lang][i.direction],
          formatQuantity(i.quantity, i.unit, lang),
          i.period || '–',
          yesNo(i.inReport, lang),
          sourceNames(data, i.sources, lang).join('; '),
        ],
        ...i.parts.map((p) => {
          const t = data.transfers.find((x) => x.id === p.id);
          return t
            ? [
                `${de ? 'davon' : 'of which'}: ${p.label}`,
                NAMES[lang][i.direction],
                p.figure,
                whenText(t, lang),
                yesNo(t.inReport, lang),
                sourceNames(data, t.sources, lang).join('; '),
              ]
            : [];
        }),
      ]),
    };
  },
  records: (data, lang) => data.transfers.map((t) => transferRecord(data, t, lang)),
};
