/**
 * The newsroom page's door to the import pipeline: one chunk with the checker, the sheet reader
 * and ExcelJS, loaded (by UpdatePanel) when a file is dropped, never before; the story and embeds
 * never reach it. One dynamic import only: more would change how the build groups the small
 * modules the story shares with every page, and cost the story a request before its first chart.
 */
import './zod-jitless.ts';
import { isoToday } from '../../data/changelog.ts';
import type { Dataset } from '../../data/schema.ts';
import { importSheet, type ChangeKind, type ImportOutcome } from '../../data/sheet/import.ts';

export async function importDropped(
  file: File,
  data: Dataset,
  options: { merge: boolean; kind: ChangeKind },
): Promise<ImportOutcome> {
  const buffer = await file.arrayBuffer();
  return importSheet({
    fileName: file.name,
    bytes: new Uint8Array(buffer),
    dataName: 'data/transfers.json',
    dataText: JSON.stringify(data, null, 2),
    today: isoToday(),
    merge: options.merge,
    kind: options.kind,
  });
}
