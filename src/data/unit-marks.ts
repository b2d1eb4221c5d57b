/**
 * Figures that charts draw one mark per unit (a square per 100 soldiers, a shell per 100,000
 * rounds, a ship per voyage). A mistyped figure — 14,000,000 soldiers for 14,000 — would ask a
 * chart for 140,000 marks and freeze the reader's browser (the fuzz test found exactly that), so
 * the checker refuses such figures with a path and the limit. The limits leave room for figures
 * ten times today's. Pure.
 */
import type { Dataset } from './schema.ts';

export interface UnitMarkLimit {
  /** Transfer id. */
  id: string;
  /** Units per mark. */
  per: number;
  /** Most marks the chart lays out. */
  maxMarks: number;
  /** What the chart draws, for the message. */
  marks: string;
}

export const UNIT_MARK_LIMITS: readonly UnitMarkLimit[] = [
  { id: 'troops-phase-1', per: 100, maxMarks: 2_000, marks: 'troops chart: one square per 100' },
  { id: 'troops-phase-2', per: 100, maxMarks: 2_000, marks: 'troops chart: one square per 100' },
  {
    id: 'troops-phase-3-sappers',
    per: 100,
    maxMarks: 2_000,
    marks: 'troops chart: one square per 100',
  },
  {
    id: 'troops-phase-3-builders',
    per: 100,
    maxMarks: 2_000,
    marks: 'troops chart: one square per 100',
  },
  {
    id: 'artillery-ammunition',
    per: 100_000,
    maxMarks: 2_000,
    marks: 'ammunition chart: one shell per 100,000',
  },
  { id: 'ammunition-voyages', per: 1, maxMarks: 2_000, marks: 'ammunition chart: one ship each' },
];

export interface UnitMarkProblem {
  /** Path inside the dataset, e.g. ['transfers', 0, 'quantity', 'value']. */
  path: (string | number)[];
  message: string;
}

export function unitMarkProblems(data: Dataset): UnitMarkProblem[] {
  const problems: UnitMarkProblem[] = [];
  data.transfers.forEach((transfer, index) => {
    const limit = UNIT_MARK_LIMITS.find((l) => l.id === transfer.id);
    if (!limit) return;
    const max = limit.per * limit.maxMarks;
    for (const key of ['value', 'high', 'low'] as const) {
      const n = transfer.quantity[key];
      if (n !== undefined && n > max)
        problems.push({
          path: ['transfers', index, 'quantity', key],
          message: `expected at most ${max.toLocaleString('en')} for "${transfer.id}" (${limit.marks}, at most ${limit.maxMarks.toLocaleString('en')} marks), found ${n.toLocaleString('en')}`,
        });
    }
  });
  return problems;
}
