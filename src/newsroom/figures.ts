/**
 * Every figure the story, charts and embeds can cite — transfers, computed totals, estimates — with
 * its formatted value in both languages and the placeholder that puts it into the prose. Pure.
 */
import { computeTotal } from '../data/derive.ts';
import type { Dataset, LocalText } from '../data/schema.ts';
import { formatQuantity } from '../lib/format.ts';

export interface FigureRow {
  id: string;
  kind: 'transfer' | 'total' | 'estimate';
  label: LocalText;
  /** "über 11.000 Soldaten" — as the prose prints it (millions compact). */
  de: string;
  en: string;
  sources: string[];
  /** `{troops-phase-1}` */
  placeholder: string;
}

export function figureRows(data: Dataset): FigureRow[] {
  const row = (
    id: string,
    kind: FigureRow['kind'],
    label: LocalText,
    q: Parameters<typeof formatQuantity>[0],
    unit: Parameters<typeof formatQuantity>[1],
    sources: string[],
  ): FigureRow => ({
    id,
    kind,
    label,
    de: formatQuantity(q, unit, 'de', { compact: true }),
    en: formatQuantity(q, unit, 'en', { compact: true }),
    sources,
    placeholder: `{${id}}`,
  });
  return [
    ...data.transfers.map((t) => row(t.id, 'transfer', t.label, t.quantity, t.unit, t.sources)),
    ...data.totals.map((total) => {
      const f = computeTotal(data, total);
      return row(total.id, 'total', total.label, f.quantity, f.unit, f.sources);
    }),
    ...data.estimates.map((e) => row(e.id, 'estimate', e.label, e.quantity, e.unit, e.sources)),
  ];
}
