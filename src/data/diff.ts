/**
 * What changed between two versions of the dataset, figure by figure: new and removed figures,
 * changed amounts (with the sources now given), units, periods, sources, labels and notes; totals
 * are compared as computed, so a changed part shows up in every total it feeds. Pure.
 * Two renderings: by id for the newsroom (`npm run data:diff`), by label for readers (changelog).
 */
import { computeTotal, sourceById } from './derive.ts';
import type { Dataset, LocalText, Period, Quantity, Unit } from './schema.ts';
import { formatAmount, formatDate, formatPeriod, formatQuantity } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';

export type FigureKind = 'transfer' | 'total' | 'estimate';

/** The comparable face of a figure. */
export interface FigureSnapshot {
  id: string;
  kind: FigureKind;
  label: LocalText;
  quantity: Quantity;
  unit: Unit | undefined;
  period?: Period;
  date?: string;
  sources: string[];
  note?: LocalText;
  confidence?: string;
  /** Everything else, serialised, to notice changes the fields above do not name. */
  rest: string;
}

export type FieldChange =
  | { field: 'quantity'; before: FigureSnapshot; after: FigureSnapshot }
  | { field: 'sources'; before: string[]; after: string[] }
  | {
      field: 'period';
      before?: Period;
      after?: Period;
    }
  | { field: 'date'; before?: string; after?: string }
  | { field: 'label'; before: LocalText; after: LocalText }
  | { field: 'note' }
  | { field: 'confidence'; before?: string; after?: string }
  | { field: 'other' };

export type Change =
  | { type: 'added'; figure: FigureSnapshot }
  | { type: 'removed'; figure: FigureSnapshot }
  | { type: 'changed'; before: FigureSnapshot; after: FigureSnapshot; fields: FieldChange[] }
  | { type: 'source-added' | 'source-removed' | 'source-changed'; sourceId: string };

const stable = (v: unknown) => JSON.stringify(v ?? null);

function omit<T extends object>(obj: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

const NAMED = [
  'id',
  'label',
  'quantity',
  'unit',
  'period',
  'date',
  'sources',
  'note',
  'confidence',
];

export function snapshots(data: Dataset): Map<string, FigureSnapshot> {
  const out = new Map<string, FigureSnapshot>();
  for (const t of data.transfers)
    out.set(t.id, {
      id: t.id,
      kind: 'transfer',
      label: t.label,
      quantity: t.quantity,
      unit: t.unit,
      period: t.period,
      sources: t.sources,
      note: t.note,
      confidence: t.confidence,
      rest: stable(omit(t, NAMED)),
    });
  for (const total of data.totals) {
    const f = computeTotal(data, total);
    out.set(total.id, {
      id: total.id,
      kind: 'total',
      label: total.label,
      quantity: f.quantity,
      unit: f.unit,
      sources: f.sources,
      note: total.note,
      rest: stable(total.parts),
    });
  }
  for (const e of data.estimates)
    out.set(e.id, {
      id: e.id,
      kind: 'estimate',
      label: e.label,
      quantity: e.quantity,
      unit: e.unit,
      period: e.period,
      date: e.date,
      sources: e.sources,
      note: e.note,
      confidence: e.confidence,
      rest: stable(omit(e, NAMED)),
    });
  return out;
}

function fieldChanges(a: FigureSnapshot, b: FigureSnapshot): FieldChange[] {
  const fields: FieldChange[] = [];
  if (stable(a.quantity) !== stable(b.quantity) || a.unit !== b.unit)
    fields.push({ field: 'quantity', before: a, after: b });
  if (stable(a.sources) !== stable(b.sources))
    fields.push({ field: 'sources', before: a.sources, after: b.sources });
  if (stable(a.period) !== stable(b.period))
    fields.push({ field: 'period', before: a.period, after: b.period });
  if (a.date !== b.date) fields.push({ field: 'date', before: a.date, after: b.date });
  if (stable(a.label) !== stable(b.label))
    fields.push({ field: 'label', before: a.label, after: b.label });
  if (stable(a.note) !== stable(b.note)) fields.push({ field: 'note' });
  if (a.confidence !== b.confidence)
    fields.push({ field: 'confidence', before: a.confidence, after: b.confidence });
  if (a.rest !== b.rest) fields.push({ field: 'other' });
  return fields;
}

/** Every figure-level change from `before` to `after`, in the order of `after` (removals last). */
export function diffDatasets(before: Dataset, after: Dataset): Change[] {
  const a = snapshots(before);
  const b = snapshots(after);
  const changes: Change[] = [];
  for (const [id, figure] of b) {
    const old = a.get(id);
    if (!old) changes.push({ type: 'added', figure });
    else {
      const fields = fieldChanges(old, figure);
      if (fields.length > 0) changes.push({ type: 'changed', before: old, after: figure, fields });
    }
  }
  for (const [id, figure] of a) if (!b.has(id)) changes.push({ type: 'removed', figure });

  const oldSources = new Map(before.sources.map((s) => [s.id, s]));
  const newSources = new Map(after.sources.map((s) => [s.id, s]));
  for (const [id, s] of newSources) {
    const old = oldSources.get(id);
    if (!old) changes.push({ type: 'source-added', sourceId: id });
    else if (stable(old) !== stable(s)) changes.push({ type: 'source-changed', sourceId: id });
  }
  for (const id of oldSources.keys())
    if (!newSources.has(id)) changes.push({ type: 'source-removed', sourceId: id });
  return changes;
}

const WORDS = {
  de: {
    source: 'Quelle',
    sources: 'Quellen',
    added: 'neu',
    removed: 'entfernt',
    note: 'Anmerkung geändert',
    other: 'Angaben geändert',
    period: 'Zeitraum',
    date: 'Datum',
    label: 'Bezeichnung',
    confidence: 'Verlässlichkeit',
    none: 'keine',
    sourceAdded: 'Quelle hinzugefügt',
    sourceRemoved: 'Quelle entfernt',
    sourceChanged: 'Quellenangabe geändert',
  },
  en: {
    source: 'source',
    sources: 'sources',
    added: 'added',
    removed: 'removed',
    note: 'note changed',
    other: 'details changed',
    period: 'period',
    date: 'date',
    label: 'label',
    confidence: 'confidence',
    none: 'none',
    sourceAdded: 'source added',
    sourceRemoved: 'source removed',
    sourceChanged: 'source details changed',
  },
} as const;

export interface RenderOptions {
  lang: Lang;
  /** `id` for the newsroom's terminal, `label` for readers (the changelog). */
  by: 'id' | 'label';
}

/** "MSMT, 29 May 2025; NIS, 30 April 2025" — the sources as a reader would recognise them. */
export function sourceNames(data: Dataset, ids: readonly string[], lang: Lang): string {
  return ids
    .map((id) => {
      const s = sourceById(data, id);
      return s ? `${s.publisher}, ${formatDate(s.date, lang)}` : id;
    })
    .join('; ');
}

function amountChange(a: FigureSnapshot, b: FigureSnapshot, lang: Lang): string {
  if (a.unit === b.unit) {
    const before = formatAmount(a.quantity, lang);
    const after = formatQuantity(b.quantity, b.unit, lang);
    return `${before} → ${after}`;
  }
  return `${formatQuantity(a.quantity, a.unit, lang)} → ${formatQuantity(b.quantity, b.unit, lang)}`;
}

const quote = (s: string, lang: Lang) => (lang === 'de' ? `„${s}“` : `“${s}”`);

const period = (p: Period | undefined, lang: Lang) =>
  p ? formatPeriod(p, lang) : WORDS[lang].none;

/** One line per change, e.g. `troops-phase-2: about 3,000 → about 4,500 soldiers (source: MSMT, 29 May 2025)`. */
export function renderChanges(
  changes: readonly Change[],
  before: Dataset,
  after: Dataset,
  { lang, by }: RenderOptions,
): string[] {
  const w = WORDS[lang];
  const name = (f: FigureSnapshot) => (by === 'id' ? f.id : f.label[lang]);
  const cite = (data: Dataset, ids: readonly string[]) =>
    `(${ids.length > 1 ? w.sources : w.source}: ${sourceNames(data, ids, lang)})`;
  return changes.map((c) => {
    switch (c.type) {
      case 'added':
        return `${name(c.figure)}: ${w.added}, ${formatQuantity(c.figure.quantity, c.figure.unit, lang)} ${cite(after, c.figure.sources)}`;
      case 'removed':
        return `${name(c.figure)}: ${w.removed} (${formatQuantity(c.figure.quantity, c.figure.unit, lang)})`;
      case 'source-added':
      case 'source-removed':
      case 'source-changed': {
        const data = c.type === 'source-removed' ? before : after;
        const label =
          c.type === 'source-added'
            ? w.sourceAdded
            : c.type === 'source-removed'
              ? w.sourceRemoved
              : w.sourceChanged;
        const detail = by === 'id' ? `${c.sourceId} ` : '';
        return `${label}: ${detail}(${sourceNames(data, [c.sourceId], lang)})`;
      }
      case 'changed': {
        const parts = c.fields.map((f) => {
          switch (f.field) {
            case 'quantity': {
              // Readers get the new sources only; the newsroom's terminal lists all of them.
              const cited =
                by === 'id'
                  ? c.after.sources
                  : c.after.sources.filter((s) => !c.before.sources.includes(s));
              const source = cited.length > 0 ? ` ${cite(after, cited)}` : '';
              return `${amountChange(f.before, f.after, lang)}${source}`;
            }
            case 'sources':
              return `${w.sources}: ${sourceNames(before, f.before, lang)} → ${sourceNames(after, f.after, lang)}`;
            case 'period':
              return `${w.period}: ${period(f.before, lang)} → ${period(f.after, lang)}`;
            case 'date':
              return `${w.date}: ${f.before ? formatDate(f.before, lang) : w.none} → ${f.after ? formatDate(f.after, lang) : w.none}`;
            case 'label':
              return `${w.label}: ${quote(f.before[lang], lang)} → ${quote(f.after[lang], lang)}`;
            case 'confidence':
              return `${w.confidence}: ${f.before ?? w.none} → ${f.after ?? w.none}`;
            case 'note':
              return w.note;
            case 'other':
              return w.other;
          }
          return '';
        });
        return `${name(c.after)}: ${parts.join('; ')}`;
      }
    }
    return '';
  });
}
