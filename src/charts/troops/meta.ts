/**
 * Troops chart, everything but the drawing: titles, per-state subtitles and descriptions, source
 * line, note, table and download records. States, in story order (the first is the default):
 * `phase-1` → `phase-2` → `phase-3` → `estimates` (the full picture, best for embeds).
 */
import type { Dataset, Transfer } from '../../data/schema.ts';
import { computeTotal, requireFigure } from '../../data/derive.ts';
import { formatAmount, formatDate, formatQuantity } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ChartMeta, ChartRecord } from '../types.ts';
import {
  estimateRecord,
  estimateRow,
  figureRecord,
  tableColumns,
  transferRecord,
  transferRow,
  yesNo,
} from '../shared/records.ts';
import { publishers, reportSourceLine, sourceNames } from '../shared/sources.ts';
import { shortPeriod } from '../shared/time.ts';
import { resolveTroopsState, troopEstimates, UNIT } from './layout.ts';

function transfer(data: Dataset, id: string): Transfer {
  const t = data.transfers.find((x) => x.id === id);
  if (!t) throw new Error(`troops: no transfer "${id}" in the dataset`);
  return t;
}

function parts(data: Dataset) {
  const p1 = transfer(data, 'troops-phase-1');
  const p2 = transfer(data, 'troops-phase-2');
  const p3Def = data.totals.find((t) => t.id === 'troops-phase-3');
  const p3Parts = (p3Def?.parts ?? []).map((id) => transfer(data, id));
  const p3 = p3Def ? computeTotal(data, p3Def) : requireFigure(data, 'troops-phase-3', 'troops');
  const total = requireFigure(data, 'troops-total', 'troops meta');
  // The third phase as it happened: from the month its first part was sent, else its announcement.
  const sent = p3Parts[0]?.period?.start ?? p3Parts[0]?.announced ?? data.meta.report.date;
  return { p1, p2, p3, p3Parts, total, sent };
}

const squares = (q: Transfer['quantity']) => Math.ceil((q.value ?? q.high ?? 0) / UNIT);

function describe(data: Dataset, lang: Lang, state: string): string {
  const s = resolveTroopsState(state);
  const { p1, p2, p3, total, sent } = parts(data);
  const de = lang === 'de';
  const when = (t: Transfer) => (t.period ? shortPeriod(t.period, lang) : '');
  const intro = de
    ? 'Einheitendiagramm auf einer Zeitachse, jedes Kästchen steht für 100 Soldaten.'
    : 'Unit chart on a time axis; each square stands for 100 soldiers.';
  const one = de
    ? `Erste Phase, ${when(p1)}: ${formatQuantity(p1.quantity, p1.unit, lang)} laut MSMT-Bericht, ${squares(p1.quantity)} Kästchen; die oberste Reihe ist blass mit „+“, weil es mehr sein können.`
    : `Phase 1, ${when(p1)}: ${formatQuantity(p1.quantity, p1.unit, lang)} according to the MSMT report, ${squares(p1.quantity)} squares; the top row is pale with a “+” because there may be more.`;
  const two = de
    ? `Zweite Phase, ${when(p2)}: ${formatQuantity(p2.quantity, p2.unit, lang)} (${squares(p2.quantity)} Kästchen, gestrichelte Oberkante für „rund“), zusammen ${formatQuantity(total.quantity, total.unit, lang)}.`
    : `Phase 2, ${when(p2)}: ${formatQuantity(p2.quantity, p2.unit, lang)} (${squares(p2.quantity)} squares, dashed top edge for “about”), ${formatQuantity(total.quantity, total.unit, lang)} in total.`;
  const three = de
    ? `Nach dem Bericht, ab ${formatDate(sent, lang)}, entsandt: ${formatQuantity(p3.quantity, p3.unit, lang)} (Pioniere und Militärbautruppen), als ${squares(p3.quantity)} leere, violett umrandete Kästchen.`
    : `Sent after the report, from ${formatDate(sent, lang)}: ${formatQuantity(p3.quantity, p3.unit, lang)} (sappers and military construction troops), drawn as ${squares(p3.quantity)} empty squares outlined in violet.`;
  const estimates = troopEstimates(data);
  const list = estimates
    .map(
      (e, i) =>
        `${i + 1}. ${formatDate(e.date, lang, { short: true })}, ${e.estimator[lang]}: ${formatAmount(e.quantity, lang)} (${e.label[lang]})`,
    )
    .join('; ');
  const est = de
    ? `Darunter ${estimates.length} andere Schätzungen als nummerierte Marken nach Datum: ${list}.`
    : `Below, ${estimates.length} other estimates as numbered markers by date: ${list}.`;
  const steps = { 'phase-1': [one], 'phase-2': [one, two], 'phase-3': [one, two, three] };
  return [intro, ...(s === 'estimates' ? [one, two, three, est] : steps[s])].join(' ');
}

export const meta: ChartMeta = {
  id: 'troops',
  states: [
    { id: 'phase-1', label: { de: 'Erste Phase (2024)', en: 'Phase 1 (2024)' } },
    { id: 'phase-2', label: { de: 'Zweite Phase (Anfang 2025)', en: 'Phase 2 (early 2025)' } },
    {
      id: 'phase-3',
      label: { de: 'Nach dem Bericht entsandt', en: 'Sent after the report' },
    },
    { id: 'estimates', label: { de: 'Andere Schätzungen', en: 'Other estimates' } },
  ],
  title: (_data, lang) =>
    lang === 'de' ? 'Nordkoreas Soldaten für Russland' : 'North Korea’s troops for Russia',
  subtitle(data, lang, state) {
    const s = resolveTroopsState(state);
    const { p1, p2, p3, total, sent } = parts(data);
    const de = lang === 'de';
    const unit = de ? 'Ein Kästchen = 100 Soldaten. ' : 'One square = 100 soldiers. ';
    if (s === 'phase-1')
      return `${unit}${de ? 'Laut MSMT-Bericht' : 'According to the MSMT report,'} ${formatQuantity(p1.quantity, p1.unit, lang)} ${de ? 'im Jahr 2024' : 'in 2024'}`;
    if (s === 'phase-2')
      return `${unit}${de ? 'Dazu' : 'Plus'} ${formatAmount(p2.quantity, lang)} ${de ? 'Anfang 2025 – zusammen' : 'in early 2025 – together'} ${formatQuantity(total.quantity, total.unit, lang)}`;
    if (s === 'phase-3')
      return `${unit}${de ? 'Nach dem Bericht entsandt' : 'Sent after the report'} (${de ? 'ab' : 'from'} ${formatDate(sent, lang, { short: true })}): ${formatQuantity(p3.quantity, p3.unit, lang)}`;
    return `${unit}${de ? 'Die Zahlen des Berichts und andere Schätzungen nach Datum' : 'The report’s figures and other estimates by date'}`;
  },
  sourceLine(data, lang) {
    const { p1, p2, p3Parts } = parts(data);
    const de = lang === 'de';
    return reportSourceLine(
      data,
      lang,
      [...p1.sources, ...p2.sources],
      [
        {
          label: de ? '3. Phase' : 'phase 3',
          names: publishers(
            data,
            p3Parts.flatMap((p) => p.sources),
          ),
        },
        {
          label: de ? 'Schätzungen' : 'estimates',
          // "NIS (Südkorea), laut Yonhap" → "NIS (Südkorea)": the line names who estimated, the table says how.
          names: troopEstimates(data).map((e) => e.estimator[lang].split(', ')[0] ?? ''),
        },
      ],
    );
  },
  note: (_data, lang) =>
    lang === 'de'
      ? 'Der Bericht nennt „2024“ und „Anfang 2025“; Oktober als Beginn stammt vom südkoreanischen Geheimdienst NIS, Januar–Februar vom südkoreanischen Generalstab. Die Schätzungen zählen Verschiedenes (Entsendungen, Soldaten in Kursk, in Ausbildung) und lassen sich nicht addieren.'
      : 'The report says “2024” and “early 2025”; October as the start comes from South Korea’s NIS, January–February from South Korea’s Joint Chiefs of Staff. The estimates count different things (deployments, troops in Kursk, in training) and cannot be added up.',
  describe,
  table(data, lang) {
    const { p1, p2, p3Parts, total } = parts(data);
    const de = lang === 'de';
    const totalRow = [
      total.label[lang],
      formatQuantity(total.quantity, total.unit, lang),
      [p1, p2].map((t) => (t.period ? shortPeriod(t.period, lang) : '')).join(', '),
      yesNo(true, lang),
      sourceNames(data, total.sources, lang).join('; '),
    ];
    return {
      caption: de
        ? 'Nordkoreanische Soldaten in Russland: MSMT-Bericht, spätere Ankündigung und andere Schätzungen'
        : 'North Korean troops in Russia: MSMT report, later announcement and other estimates',
      columns: tableColumns(lang),
      rows: [
        transferRow(data, p1, lang),
        transferRow(data, p2, lang),
        totalRow,
        ...p3Parts.map((p) => transferRow(data, p, lang)),
        ...data.estimates
          .filter((e) => e.topic === 'troops')
          .map((e) => estimateRow(data, e, lang)),
      ],
    };
  },
  records(data, lang): ChartRecord[] {
    const { p1, p2, p3Parts, total } = parts(data);
    return [
      transferRecord(data, p1, lang),
      transferRecord(data, p2, lang),
      figureRecord(data, total, lang, true),
      ...p3Parts.map((p) => transferRecord(data, p, lang)),
      ...data.estimates
        .filter((e) => e.topic === 'troops')
        .map((e) => estimateRecord(data, e, lang)),
    ];
  },
};
