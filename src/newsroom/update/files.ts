/**
 * The files the newsroom page offers after a successful check: the new dataset, exactly as
 * `npm run data:apply` expects it (its version one above the version it was made from, the
 * changelog up to there unchanged), and the changelog entry as text. Pure.
 */
import type { Dataset } from '../../data/schema.ts';

/** The sheets to edit, written by the build beside the newsroom page (scripts/build/newsroom-sheets.ts). */
export const NEWSROOM_SHEETS = { xlsx: 'transfers.xlsx', csv: 'transfers.csv' } as const;

export interface OfferedFile {
  name: string;
  type: string;
  text: string;
}

export function datasetFile(next: Dataset): OfferedFile {
  return {
    name: `transfers-v${next.meta.version}.json`,
    type: 'application/json',
    text: `${JSON.stringify(next, null, 2)}\n`,
  };
}

export function changelogFile(
  next: Dataset,
  entry: { de: string; en: string; kind: string },
  sheetName: string,
): OfferedFile {
  const v = next.meta.version;
  return {
    name: `changelog-v${v}.txt`,
    type: 'text/plain',
    text: [
      `Version ${v} (${entry.kind}), ${next.meta.updated}, from ${sheetName}, based on version ${v - 1}`,
      '',
      `de: ${entry.de}`,
      `en: ${entry.en}`,
      '',
    ].join('\n'),
  };
}
