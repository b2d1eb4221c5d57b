/**
 * A correction's record, from the figure-level changes of an import marked as a correction: for
 * each changed record, what was wrong (the old values of the changed fields) and what is right
 * (the new ones), in German and English, with the ids it changed (a part's totals too) or
 * removed. The newsroom can sharpen the words in the JSON; the facts come from the diff. Pure.
 */
import type { Change, FieldChange, FigureSnapshot } from './diff.ts';
import { sourceNames } from './diff.ts';
import type { Correction, Dataset, LocalText } from './schema.ts';
import { formatDate, formatPeriod, formatQuantity } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';

const MAX = 600;

const W = {
  de: { missing: 'fehlte', removed: 'entfernt', none: 'keine Angabe', other: 'weitere Angaben', source: 'Quelle' },
  en: { missing: 'missing', removed: 'removed', none: 'not given', other: 'other details', source: 'source' },
} as const; // prettier-ignore

const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);
const quote = (s: string, lang: Lang) => (lang === 'de' ? `„${s}“` : `“${s}”`);

/** One side (`before` or `after`) of the changed fields, as a reader would read them. */
function side(
  f: FigureSnapshot,
  fields: readonly FieldChange[],
  data: Dataset,
  lang: Lang,
): string {
  const w = W[lang];
  const parts = fields.map((field) => {
    switch (field.field) {
      case 'quantity':
        return formatQuantity(f.quantity, f.unit, lang);
      case 'sources':
        return sourceNames(data, f.sources, lang);
      case 'period':
        return f.period ? formatPeriod(f.period, lang) : w.none;
      case 'date':
        return f.date ? formatDate(f.date, lang) : w.none;
      case 'label':
        return quote(f.label[lang], lang);
      case 'note':
        return f.note ? quote(f.note[lang].slice(0, 200), lang) : w.none;
      case 'confidence':
        return f.confidence ?? w.none;
      case 'other':
        return w.other;
    }
    return '';
  });
  return `${f.label[lang]}: ${parts.join('; ')}`;
}

const both = (make: (lang: Lang) => string): LocalText => ({
  de: clip(make('de')),
  en: clip(make('en')),
});

export function correctionsFromChanges(
  changes: readonly Change[],
  before: Dataset,
  after: Dataset,
): Correction[] {
  const totalsOf = (id: string) =>
    after.totals.filter((t) => t.parts.includes(id)).map((t) => t.id);
  const out: Correction[] = [];
  for (const c of changes) {
    switch (c.type) {
      case 'changed':
        if (c.after.kind === 'total') continue; // computed: listed with the part that changed
        out.push({
          records: [c.after.id, ...totalsOf(c.after.id)],
          wrong: both((l) => side(c.before, c.fields, before, l)),
          right: both((l) => side(c.after, c.fields, after, l)),
        });
        break;
      case 'added':
        out.push({
          records: [c.figure.id, ...totalsOf(c.figure.id)],
          wrong: both((l) => `${c.figure.label[l]}: ${W[l].missing}`),
          right: both(
            (l) => `${c.figure.label[l]}: ${formatQuantity(c.figure.quantity, c.figure.unit, l)}`,
          ),
        });
        break;
      case 'removed':
        out.push({
          records: [],
          removed: [c.figure.id],
          wrong: both(
            (l) => `${c.figure.label[l]}: ${formatQuantity(c.figure.quantity, c.figure.unit, l)}`,
          ),
          right: both((l) => `${c.figure.label[l]}: ${W[l].removed}`),
        });
        break;
      case 'source-added':
        out.push({
          records: [c.sourceId],
          wrong: both(
            (l) => `${W[l].source} ${sourceNames(after, [c.sourceId], l)}: ${W[l].missing}`,
          ),
          right: both((l) => `${W[l].source}: ${sourceNames(after, [c.sourceId], l)}`),
        });
        break;
      case 'source-changed': {
        const text = (data: Dataset) => {
          const s = data.sources.find((x) => x.id === c.sourceId);
          return s
            ? [s.publisher, s.title, s.url ?? '', s.date].filter(Boolean).join(', ')
            : c.sourceId;
        };
        out.push({
          records: [c.sourceId],
          wrong: both(() => text(before)),
          right: both(() => text(after)),
        });
        break;
      }
      case 'source-removed':
        out.push({
          records: [],
          removed: [c.sourceId],
          wrong: both((l) => `${W[l].source}: ${sourceNames(before, [c.sourceId], l)}`),
          right: both((l) => `${W[l].source}: ${W[l].removed}`),
        });
        break;
    }
  }
  return out.slice(0, 100);
}
