/**
 * CSV text ⇄ sheet rows. Export: semicolon-separated (German Excel's list separator, so a double
 * click opens it in columns) with a UTF-8 byte-order mark (so Excel reads the umlauts as UTF-8).
 * Import: comma, semicolon or tab, whichever the header line uses; each row keeps its physical
 * line, so problems point at the line a text editor shows. Quoting is d3-dsv's. Pure.
 */
import { dsvFormat } from 'd3-dsv';
import type { RawTable } from './read.ts';

export const BOM = '\uFEFF';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter the header line uses most, outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

export function csvTextToTable(input: string): { table: RawTable; delimiter: Delimiter } {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const rows = dsvFormat(delimiter).parseRows(text);
  let line = 1;
  const table: RawTable = {
    rows: rows.map((cells) => {
      const row = { line, cells };
      line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
      return row;
    }),
  };
  return { table, delimiter };
}

export function formatCsv(
  rows: readonly (readonly string[])[],
  delimiter: Delimiter = ';',
): string {
  return `${BOM}${dsvFormat(delimiter).formatRows(rows.map((r) => [...r]))}\n`;
}
