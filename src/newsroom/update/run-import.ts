/**
 * The newsroom page's door to the import pipeline: loaded when a file is dropped, never before,
 * so the page itself (and certainly the story and embeds) never carries the checker, the sheet
 * reader or ExcelJS.
 */
import type { Dataset } from '../../data/schema.ts';
import type { ChangeKind, ImportOutcome } from '../../data/sheet/import.ts';
import { isoToday } from '../../data/changelog.ts';

export async function importDropped(
  file: File,
  data: Dataset,
  options: { merge: boolean; kind: ChangeKind },
): Promise<ImportOutcome> {
  // The page's CSP forbids eval: zod's compiled fast path would only log a violation and fall
  // back. It decides when the schema is built, so this comes before the pipeline is evaluated.
  const { config } = await import('zod');
  config({ jitless: true });
  const [{ importSheet }, buffer] = await Promise.all([
    import('../../data/sheet/import.ts'),
    file.arrayBuffer(),
  ]);
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
