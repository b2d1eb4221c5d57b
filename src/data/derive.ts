/**
 * Figures computed from the dataset rather than stored: totals from their parts, and one lookup
 * that resolves any figure id (transfer, total or estimate) for prose, charts and tables.
 */
import type { Dataset, Quantity, Qualifier, Source, Total, Unit } from './schema.ts';

export interface Figure {
  id: string;
  kind: 'transfer' | 'total' | 'estimate';
  label: { de: string; en: string };
  quantity: Quantity;
  unit: Unit | undefined;
  sources: string[];
}

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(['exact', 'over', 'at-least']);

/**
 * What a sum may honestly claim: exact parts give an exact sum; parts that are all floors give a
 * floor; anything approximate makes the sum approximate ("about 3,000" + "over 11,000" = "about 14,000").
 */
export function sumQualifier(parts: readonly Qualifier[]): Qualifier {
  if (parts.every((q) => q === 'exact')) return 'exact';
  if (parts.every((q) => LOWER_BOUNDS.has(q))) return parts.includes('over') ? 'over' : 'at-least';
  if (parts.every((q) => q === 'up-to' || q === 'up-to-about' || q === 'exact'))
    return parts.includes('up-to-about') ? 'up-to-about' : 'up-to';
  return 'about';
}

export function computeTotal(data: Dataset, total: Total): Figure {
  const parts = total.parts.map((id) => {
    const part = data.transfers.find((t) => t.id === id);
    if (!part)
      throw new Error(`totals: "${total.id}" names part "${id}", which is not in transfers`);
    return part;
  });
  const hasRange = parts.some((p) => p.quantity.qualifier === 'range');
  const lowOf = (q: Quantity) => (q.qualifier === 'range' ? (q.low ?? 0) : (q.value ?? 0));
  const highOf = (q: Quantity) => (q.qualifier === 'range' ? (q.high ?? 0) : (q.value ?? 0));
  const quantity: Quantity = hasRange
    ? {
        qualifier: 'range',
        low: parts.reduce((s, p) => s + lowOf(p.quantity), 0),
        high: parts.reduce((s, p) => s + highOf(p.quantity), 0),
      }
    : {
        qualifier: sumQualifier(parts.map((p) => p.quantity.qualifier)),
        value: parts.reduce((s, p) => s + (p.quantity.value ?? 0), 0),
      };
  return {
    id: total.id,
    kind: 'total',
    label: total.label,
    quantity,
    unit: parts[0]?.unit,
    sources: [...new Set(parts.flatMap((p) => p.sources))],
  };
}

/** Any figure by id, or undefined. */
export function findFigure(data: Dataset, id: string): Figure | undefined {
  const transfer = data.transfers.find((t) => t.id === id);
  if (transfer)
    return {
      id,
      kind: 'transfer',
      label: transfer.label,
      quantity: transfer.quantity,
      unit: transfer.unit,
      sources: transfer.sources,
    };
  const total = data.totals.find((t) => t.id === id);
  if (total) return computeTotal(data, total);
  const estimate = data.estimates.find((e) => e.id === id);
  if (estimate)
    return {
      id,
      kind: 'estimate',
      label: estimate.label,
      quantity: estimate.quantity,
      unit: estimate.unit,
      sources: estimate.sources,
    };
  return undefined;
}

/** Like findFigure, but a missing id is a bug in the story or a chart, so it says which. */
export function requireFigure(data: Dataset, id: string, where: string): Figure {
  const figure = findFigure(data, id);
  if (!figure)
    throw new Error(`${where}: no figure with id "${id}" in transfers, totals or estimates`);
  return figure;
}

export function sourceById(data: Dataset, id: string): Source | undefined {
  return data.sources.find((s) => s.id === id);
}
