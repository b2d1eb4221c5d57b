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

/** Soldiers per square in the troops chart. */
export const SOLDIERS_PER_SQUARE = 100;
/** Rounds per shell in the ammunition chart. */
export const ROUNDS_PER_SHELL = 100_000;
/** The most marks a chart lays out for one figure. */
const MAX_MARKS = 2_000;

const troops = (id: string): UnitMarkLimit => ({
  id,
  per: SOLDIERS_PER_SQUARE,
  maxMarks: MAX_MARKS,
  marks: 'troops chart: one square per 100',
});

export const UNIT_MARK_LIMITS: readonly UnitMarkLimit[] = [
  troops('troops-phase-1'),
  troops('troops-phase-2'),
  troops('troops-phase-3-sappers'),
  troops('troops-phase-3-builders'),
  {
    id: 'artillery-ammunition',
    per: ROUNDS_PER_SHELL,
    maxMarks: MAX_MARKS,
    marks: 'ammunition chart: one shell per 100,000',
  },
  {
    id: 'ammunition-voyages',
    per: 1,
    maxMarks: MAX_MARKS,
    marks: 'ammunition chart: one ship each',
  },
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
