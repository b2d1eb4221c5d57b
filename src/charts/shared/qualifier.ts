/**
 * How a qualifier is drawn, decided once for every chart, so "über"/"over" looks the same in the
 * troops units, the ammunition bars and the ledger: the visual grammar of uncertainty.
 */
import type { Quantity } from '../../data/schema.ts';

export interface QualifierMarks {
  /** Draw the end as open (arrow, fade, "+"): the true figure is higher (`over`, `at-least`). */
  openEnd: boolean;
  /** Mark as approximate: "≈" and a dashed end (`about`, `nearly`, `up-to-about`). */
  approximate: boolean;
  /** The figure is a ceiling (`up-to`, `up-to-about`): the true value may be lower. */
  ceiling: boolean;
  /** Draw a bar from low to high rather than to one value. */
  range: { low: number; high: number } | null;
  /** Draw a hatched "nicht beziffert / not quantified" box, never a bar. */
  notQuantified: boolean;
  /** The number to draw to: the value, or the high end of a range; null when not quantified. */
  extent: number | null;
  /** A compact symbol for tight labels: ">", "≥", "≈", "≤", "≤≈" or "". */
  symbol: string;
}

const SYMBOLS: Record<Quantity['qualifier'], string> = {
  exact: '',
  over: '>',
  'at-least': '≥',
  about: '≈',
  nearly: '≈',
  'up-to': '≤',
  'up-to-about': '≤≈',
  range: '',
  'not-quantified': '',
};

export function qualifierMarks(q: Quantity): QualifierMarks {
  const k = q.qualifier;
  const range =
    k === 'range' && q.low !== undefined && q.high !== undefined
      ? { low: q.low, high: q.high }
      : null;
  const extent =
    k === 'not-quantified' ? null : k === 'range' ? (range?.high ?? null) : (q.value ?? null);
  return {
    openEnd: k === 'over' || k === 'at-least',
    approximate: k === 'about' || k === 'nearly' || k === 'up-to-about',
    ceiling: k === 'up-to' || k === 'up-to-about',
    range,
    notQuantified: k === 'not-quantified',
    extent,
    symbol: SYMBOLS[k],
  };
}
