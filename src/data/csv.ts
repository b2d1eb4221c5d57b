/**
 * The dataset's transfers and estimates as one flat table: one row per figure, one column per
 * field (documented in data/CSV-COLUMNS.md). The column definitions the spreadsheet round trip
 * (src/data/sheet/) builds on. Pure.
 */

export type RowKind = 'transfer' | 'estimate';
/** What a spreadsheet row can stand for: a figure (transfer, estimate) or, on the Sources sheet, a source. */
export type RecordKind = RowKind | 'source';
export type CellType = 'text' | 'number' | 'boolean' | 'list' | 'month' | 'date' | 'month-or-date';

export interface ColumnSpec {
  column: string;
  /** Where the value lives in a record, e.g. ['quantity', 'low']. */
  path: readonly string[];
  type: CellType;
  kinds: readonly RecordKind[];
}

const both: readonly RowKind[] = ['transfer', 'estimate'];
const transferOnly: readonly RowKind[] = ['transfer'];
const estimateOnly: readonly RowKind[] = ['estimate'];

const col = (
  column: string,
  path: string,
  kinds: readonly RowKind[] = both,
  type: CellType = 'text',
): ColumnSpec => ({ column, path: path.split('.'), type, kinds });

/** Every column, in the order the CSV has them. `kind` comes first and is not a record field. */
export const COLUMNS: readonly ColumnSpec[] = [
  col('id', 'id'),
  col('direction', 'direction', transferOnly),
  col('category', 'category', transferOnly),
  col('topic', 'topic', estimateOnly),
  col('estimator_de', 'estimator.de', estimateOnly),
  col('estimator_en', 'estimator.en', estimateOnly),
  col('origin', 'origin', estimateOnly),
  col('label_de', 'label.de'),
  col('label_en', 'label.en'),
  col('qualifier', 'quantity.qualifier'),
  col('value', 'quantity.value', both, 'number'),
  col('low', 'quantity.low', both, 'number'),
  col('high', 'quantity.high', both, 'number'),
  col('wording_de', 'quantity.wording.de'),
  col('wording_en', 'quantity.wording.en'),
  col('unit', 'unit'),
  col('period_start', 'period.start', both, 'month'),
  col('period_end', 'period.end', both, 'month'),
  col('period_wording_de', 'period.wording.de'),
  col('period_wording_en', 'period.wording.en'),
  col('date', 'date', estimateOnly, 'month-or-date'),
  col('announced', 'announced', transferOnly, 'date'),
  col('basis', 'basis', estimateOnly),
  col('group', 'group', estimateOnly),
  col('in_report', 'inReport', transferOnly, 'boolean'),
  col('msmt', 'msmt', estimateOnly, 'boolean'),
  col('sources', 'sources', both, 'list'),
  col('note_de', 'note.de'),
  col('note_en', 'note.en'),
  col('confidence', 'confidence'),
  col('confidence_note_de', 'confidenceNote.de', transferOnly),
  col('confidence_note_en', 'confidenceNote.en', transferOnly),
];

export const HEADER: readonly string[] = ['kind', ...COLUMNS.map((c) => c.column)];

/** Key order of new records, as in the schema, so a file written from the CSV reads like a hand-written one. */
const KEY_ORDER: Record<RecordKind, readonly string[]> = {
  source: ['id', 'publisher', 'title', 'url', 'date', 'accessed', 'via'],
  transfer: [
    'id',
    'direction',
    'category',
    'label',
    'quantity',
    'unit',
    'period',
    'announced',
    'inReport',
    'sources',
    'note',
    'confidence',
    'confidenceNote',
  ],
  estimate: [
    'id',
    'topic',
    'estimator',
    'origin',
    'label',
    'quantity',
    'unit',
    'date',
    'period',
    'basis',
    'group',
    'msmt',
    'sources',
    'note',
    'confidence',
  ],
};
const QUANTITY_ORDER = ['qualifier', 'value', 'low', 'high', 'wording'];

type Json = Record<string, unknown>;

export function getPath(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[key];
  }
  return cur;
}

export function setPath(obj: Json, path: readonly string[], value: unknown): void {
  let cur = obj;
  path.slice(0, -1).forEach((key) => {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Json;
  });
  const last = path[path.length - 1];
  if (last !== undefined) cur[last] = value;
}

export function formatCell(value: unknown, type: CellType): string {
  if (value === undefined || value === null) return '';
  if (type === 'list') return Array.isArray(value) ? value.join('; ') : String(value);
  if (type === 'boolean') return value === true ? 'yes' : value === false ? 'no' : String(value);
  return String(value);
}

/** Orders keys like `template` (an existing record), then in schema order, so diffs stay small. */
export function orderKeys(record: Json, kind: RecordKind, template?: Json): Json {
  const order = [...Object.keys(template ?? {}), ...KEY_ORDER[kind]];
  const out: Json = {};
  for (const key of [...order, ...Object.keys(record)])
    if (key in record && !(key in out)) out[key] = record[key];
  const q = out.quantity;
  if (q && typeof q === 'object') {
    const tq = (template?.quantity ?? {}) as Json;
    const ordered: Json = {};
    for (const key of [...Object.keys(tq), ...QUANTITY_ORDER, ...Object.keys(q)])
      if (key in q && !(key in ordered)) ordered[key] = (q as Json)[key];
    out.quantity = ordered;
  }
  return out;
}

/**
 * The CSV column a checker path inside a transfer or estimate points at: `quantity.low` → `low`,
 * `sources[1]` → `sources`, `label` (missing altogether) → `label_de`.
 */
export function columnForPath(rest: string): string {
  const segments = rest
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((s) => s !== '');
  let best: { column: string; score: number } = { column: 'id', score: -1 };
  for (const spec of COLUMNS) {
    let score = 0;
    while (score < segments.length && spec.path[score] === segments[score]) score++;
    const exact = score === segments.length;
    if (exact && score > best.score) best = { column: spec.column, score };
  }
  if (best.score < 0 && segments[0] !== undefined) {
    const byPrefix = COLUMNS.find((c) => c.path[0] === segments[0]);
    if (byPrefix) return byPrefix.column;
  }
  return best.column;
}

/** Splits `transfers[3].quantity.low` into the record it names and the path inside it. */
export function splitRecordPath(
  path: string,
): { kind: RowKind; index: number; rest: string } | undefined {
  const m = /^(transfers|estimates)\[(\d+)\](.*)$/.exec(path);
  if (!m) return undefined;
  return {
    kind: m[1] === 'transfers' ? 'transfer' : 'estimate',
    index: Number(m[2]),
    rest: m[3] ?? '',
  };
}
