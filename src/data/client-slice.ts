/**
 * The dataset as the story's graphic and the embeds receive it: without the record-level notes
 * (`note`, `confidenceNote` of transfers, totals and estimates), which only the newsroom page and
 * the prose read. They are a fifth of the file's text; every chart, table, description and export
 * reads the rest, so nothing a reader sees changes. Pure.
 */
import type { Dataset } from './schema.ts';

function withoutNotes<T extends { note?: unknown; confidenceNote?: unknown }>(
  record: T,
): Omit<T, 'note' | 'confidenceNote'> {
  const rest: Partial<T> = { ...record };
  delete rest.note;
  delete rest.confidenceNote;
  return rest as Omit<T, 'note' | 'confidenceNote'>;
}

export function clientDataset(data: Dataset): Dataset {
  return {
    ...data,
    transfers: data.transfers.map(withoutNotes),
    totals: data.totals.map(withoutNotes),
    estimates: data.estimates.map(withoutNotes),
  };
}
