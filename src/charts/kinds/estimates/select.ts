/**
 * What an "estimates over time" chart compares: the MSMT figure (a transfer the report gives) and
 * every estimate of the same topic, in date order. Selected by topic, never by estimate id, so new
 * estimates in the dataset appear without code changes.
 */
import { ascending } from 'd3-array';
import type { Dataset, Estimate, LocalText, Quantity, Topic, Unit } from '../../../data/schema.ts';

export interface MsmtFigure {
  id: string;
  label: LocalText;
  quantity: Quantity;
  unit: Unit | undefined;
  /** The report's publication date (YYYY-MM-DD). */
  date: string;
  sources: string[];
}

export interface EstimateSeries {
  topic: Topic;
  msmt: MsmtFigure;
  /** Estimates of the topic by other estimators, oldest first (MSMT restatements left out). */
  estimates: Estimate[];
}

export function selectSeries(data: Dataset, transferId: string, topic: Topic): EstimateSeries {
  const transfer = data.transfers.find((t) => t.id === transferId);
  if (!transfer) throw new Error(`estimates: no transfer "${transferId}" in the dataset`);
  const estimates = data.estimates
    .filter((e) => e.topic === topic && !e.msmt)
    // Stable by date, then by id, so groups and same-month estimates keep one order everywhere.
    .sort((a, b) => ascending(a.date, b.date) || ascending(a.id, b.id));
  return {
    topic,
    msmt: {
      id: transfer.id,
      label: transfer.label,
      quantity: transfer.quantity,
      unit: transfer.unit,
      date: data.meta.report.date,
      sources: transfer.sources,
    },
    estimates,
  };
}

/** One statement: a single estimate, or the parts of a grouped one (e.g. 50 SPGs + 20 MRLs). */
export interface Statement {
  key: string;
  date: string;
  parts: Estimate[];
}

/** Groups estimates into statements, keeping date order; parts stay separate records. */
export function statements(estimates: readonly Estimate[]): Statement[] {
  // A Map, not d3-array's group: its InternMap would cost every chart that loads d3-array.
  const out: Statement[] = [];
  const byGroup = new Map<string, Statement>();
  for (const e of estimates) {
    if (e.group) {
      const existing = byGroup.get(e.group);
      if (existing) {
        existing.parts.push(e);
        continue;
      }
      const s: Statement = { key: e.group, date: e.date, parts: [e] };
      byGroup.set(e.group, s);
      out.push(s);
    } else out.push({ key: e.id, date: e.date, parts: [e] });
  }
  return out;
}
