/**
 * Sheet rows into the current dataset, by id, cell by cell. A row's base (the export it came from)
 * tells which cells the sheet changed: those are taken, every other cell keeps the dataset's
 * current value, so an export never undoes edits made in the JSON after it. Rows left out of the
 * sheet are kept; a row is deleted only when its `delete` cell says so. An export of an older
 * version is refused, naming what changed since, unless `merge` is set (then only the cells the
 * sheet changed are applied, and a cell changed on both sides is a conflict). Pure.
 */
import { orderKeys, setPath, type RecordKind } from '../csv.ts';
import { asSavedInWindows1252, fitsWindows1252, type Encoding } from './decode.ts';
import type { SheetProblem, SheetRow } from './read.ts';
import {
  COLLECTION,
  FIGURES,
  cellHash,
  fingerprintColumns,
  recordTexts,
  type Collection,
  type TableSpec,
} from './tables.ts';

type Json = Record<string, unknown>;

export interface Position {
  sheet?: string;
  line: number;
  columnName?: string;
  rowId?: string;
}

export interface ChangelogLike {
  version: number;
  date: string;
  kind?: string;
  de: string;
  en: string;
}

export interface Stale {
  /** The oldest version a row of the sheet was exported from. */
  sheetVersion: number;
  currentVersion: number;
  /** Changelog entries newer than the sheet. */
  since: ChangelogLike[];
  /** `troops-phase-2: value, note_de` — cells of the sheet's rows that changed in the dataset since. */
  cells: string[];
}

export interface MergeResult {
  candidate: Json;
  problems: SheetProblem[];
  stale?: Stale;
  /** `transfers[3]` → where that record's row is in the sheet. */
  origins: Map<string, Position>;
  /** Things the user should know that are not problems (rows kept, cells kept for encoding). */
  notes: string[];
  /** How many rows the sheet changed (cells taken from the sheet, rows added or deleted). */
  touched: number;
}

export interface MergeOptions {
  /** Apply an older export's changed cells instead of refusing it. */
  merge: boolean;
  /** The file's encoding, when it was text: Windows-1252 cannot hold every character. */
  encoding?: Encoding;
}

function textsToRecord(spec: TableSpec, kind: RecordKind, texts: Map<string, string>): Json {
  const record: Json = {};
  for (const c of spec.columns) {
    const text = texts.get(c.column) ?? '';
    if (text === '' || !c.kinds.includes(kind)) continue;
    let value: unknown = text;
    if (c.type === 'number') value = Number(text);
    else if (c.type === 'boolean') value = text === 'yes';
    else if (c.type === 'list')
      value = text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    setPath(record, c.path, value);
  }
  return record;
}

const kindsOf = (spec: TableSpec): RecordKind[] => [...spec.kinds];

type Added = Record<Collection, { record: Json; row: SheetRow }[]>;
type CurrentRecord = { kind: RecordKind; index: number; record: Json };

/** What merging the sheets builds up, table by table and row by row. */
interface MergeState {
  version: number;
  options: MergeOptions;
  problems: SheetProblem[];
  notes: string[];
  origins: Map<string, Position>;
  lists: Record<Collection, Json[]>;
  deleted: Set<string>;
  added: Added;
  staleVersion: number;
  changedSince: string[];
  touched: number;
  keptForEncoding: number;
}

type ReportProblem = (columnName: string, message: string) => void;

function problemReporter(state: MergeState, row: SheetRow): ReportProblem {
  return (columnName, message) =>
    state.problems.push({
      sheet: row.sheet,
      line: row.line,
      column: 0,
      columnName,
      rowId: row.id,
      message,
    });
}

export function mergeSheets(
  current: Json,
  tables: readonly { spec: TableSpec; rows: readonly SheetRow[] }[],
  options: MergeOptions,
): MergeResult {
  const meta = current.meta as { version: number; changelog: ChangelogLike[] };
  const version = meta.version;
  const state: MergeState = {
    version,
    options,
    problems: [],
    notes: [],
    origins: new Map(),
    lists: {
      transfers: [...((current.transfers as Json[]) ?? [])],
      estimates: [...((current.estimates as Json[]) ?? [])],
      sources: [...((current.sources as Json[]) ?? [])],
    },
    deleted: new Set(),
    added: { transfers: [], estimates: [], sources: [] },
    staleVersion: Infinity,
    changedSince: [],
    touched: 0,
    keptForEncoding: 0,
  };

  for (const { spec, rows } of tables) mergeTable(state, spec, rows);
  if (state.keptForEncoding > 0)
    state.notes.push(
      `${state.keptForEncoding} cell(s) kept as they are: the file was saved as Windows-1252, which cannot hold some of their characters (they arrived as "?").`,
    );

  const candidate = buildCandidate(current, state);
  const { staleVersion, problems, origins, notes, touched } = state;
  const stale =
    staleVersion < version
      ? {
          sheetVersion: staleVersion,
          currentVersion: version,
          since: meta.changelog.filter((c) => c.version > staleVersion),
          cells: state.changedSince,
        }
      : undefined;
  return { candidate, problems, stale, origins, notes, touched };
}

function mergeTable(state: MergeState, spec: TableSpec, rows: readonly SheetRow[]): void {
  // The dataset's current records of this table, by id.
  const currentById = new Map<string, CurrentRecord>();
  for (const kind of kindsOf(spec))
    state.lists[COLLECTION[kind]].forEach((record, index) =>
      currentById.set(String(record.id), { kind, index, record }),
    );
  const inSheet = new Set<string>();
  for (const row of rows) {
    inSheet.add(row.id);
    mergeRow(state, spec, row, currentById.get(row.id));
  }
  const kept = [...currentById.keys()].filter((id) => !inSheet.has(id)).length;
  if (kept > 0 && rows.length > 0)
    state.notes.push(
      `${kept} ${spec === FIGURES ? 'figure' : 'source'}${kept === 1 ? '' : 's'} not in the sheet kept as they are (to delete a row, mark its "delete" cell).`,
    );
}

/** One sheet row: checked against its base and the dataset, then added, deleted or merged. */
function mergeRow(
  state: MergeState,
  spec: TableSpec,
  row: SheetRow,
  cur: CurrentRecord | undefined,
): void {
  const { version } = state;
  const problem = problemReporter(state, row);

  if (row.base && row.base.version > version) {
    problem(
      'base',
      `expected an export of version ${version} or older, found one of version ${row.base.version} (a different data file?)`,
    );
    return;
  }
  if (row.base && row.base.version < version)
    state.staleVersion = Math.min(state.staleVersion, row.base.version);

  if (!cur) {
    addRow(state, spec, row, problem);
    return;
  }
  if (!row.base) {
    problem(
      'id',
      row.copiedBase
        ? `expected a new id or the row's own base cell, found "${row.id}", which the dataset already has (a copied row whose id was changed to an existing one?)`
        : `expected a row exported from the dataset, found "${row.id}" without its base cell; the dataset already has this id: edit its row in a fresh export, or choose a new id`,
    );
    return;
  }
  if (row.kind !== cur.kind) {
    problem(
      'kind',
      `expected "${cur.kind}" (a row cannot change its kind; delete it and add a new one), found "${row.kind}"`,
    );
    return;
  }
  const base = row.base;
  const curTexts = recordTexts(spec, cur.kind, cur.record);
  const changedHere: string[] = [];
  for (const c of fingerprintColumns(spec)) {
    const now = curTexts.get(c) ?? '';
    if (cellHash(now) !== base.hashes.get(c)) changedHere.push(c);
  }
  if (base.version < version && changedHere.length > 0)
    state.changedSince.push(`${row.id}: ${changedHere.join(', ')}`);

  if (row.delete) {
    if (changedHere.length > 0 && base.version < version && state.options.merge) {
      problem(
        'delete',
        `expected a row unchanged since your export (version ${base.version}) to delete, found ${changedHere.join(', ')} changed since; delete it in a fresh export`,
      );
      return;
    }
    state.deleted.add(`${COLLECTION[cur.kind]}:${row.id}`);
    state.touched++;
    return;
  }

  const merged = mergeCells(state, spec, row, base, curTexts, changedHere, problem);
  if (!merged) return;
  state.touched++;
  const collection = COLLECTION[cur.kind];
  state.lists[collection][cur.index] = orderKeys(
    textsToRecord(spec, cur.kind, merged),
    cur.kind,
    cur.record,
  );
  state.origins.set(`${collection}[${cur.index}]`, {
    sheet: row.sheet,
    line: row.line,
    rowId: row.id,
  });
}

/** A row whose id the dataset does not have: a new record, unless it claims to be exported. */
function addRow(state: MergeState, spec: TableSpec, row: SheetRow, problem: ReportProblem): void {
  if (row.base) {
    problem(
      'id',
      `expected a figure of the dataset, found "${row.id}", which was removed after version ${row.base.version} (your export)`,
    );
    return;
  }
  if (row.delete) {
    problem('delete', `expected the id of a row in the dataset to delete, found "${row.id}"`);
    return;
  }
  state.added[COLLECTION[row.kind]].push({ record: textsToRecord(spec, row.kind, row.texts), row });
  state.touched++;
}

/**
 * The record's cells with the ones the sheet changed taken from it; undefined when nothing
 * changed or a cell could not be taken (a conflict, reported).
 */
function mergeCells(
  state: MergeState,
  spec: TableSpec,
  row: SheetRow,
  base: NonNullable<SheetRow['base']>,
  curTexts: Map<string, string>,
  changedHere: readonly string[],
  problem: ReportProblem,
): Map<string, string> | undefined {
  const { version, options } = state;
  const merged = new Map(curTexts);
  let changed = false;
  let conflict = false;
  for (const c of fingerprintColumns(spec)) {
    const sheetText = row.texts.get(c);
    if (sheetText === undefined) continue; // column not in the file: keep the dataset's
    const now = curTexts.get(c) ?? '';
    if (cellHash(sheetText) === base.hashes.get(c)) continue; // the sheet did not change it
    if (sheetText === now) continue;
    if (options.encoding === 'windows-1252' && !fitsWindows1252(now)) {
      if (asSavedInWindows1252(now) === sheetText) {
        state.keptForEncoding++;
        continue;
      }
      problem(
        c,
        `expected a file that can hold this cell's characters (${[...now].filter((ch) => !fitsWindows1252(ch)).join(' ')}): it was saved as Windows-1252, which turns them into "?". Save as "CSV UTF-8" or .xlsx`,
      );
      conflict = true;
      continue;
    }
    if (base.version < version && changedHere.includes(c) && options.merge) {
      problem(
        c,
        `expected one change to this cell, found it changed both in your sheet (${JSON.stringify(sheetText)}) and in the dataset since version ${base.version} (${JSON.stringify(now)}); decide in a fresh export`,
      );
      conflict = true;
      continue;
    }
    merged.set(c, sheetText);
    changed = true;
  }
  return conflict || !changed ? undefined : merged;
}

/** The dataset with deleted records left out and new ones appended; origins re-keyed to match. */
function buildCandidate(current: Json, state: MergeState): Json {
  const { lists, deleted, added, origins } = state;
  const candidate: Json = { ...current };
  for (const collection of ['transfers', 'estimates', 'sources'] as const) {
    const kept = lists[collection]
      .map((record, index) => ({ record, index }))
      .filter(({ record }) => !deleted.has(`${collection}:${String(record.id)}`));
    const next: Json[] = [];
    kept.forEach(({ record, index }) => {
      const origin = origins.get(`${collection}[${index}]`);
      origins.delete(`${collection}[${index}]`);
      if (origin) origins.set(`${collection}#${next.length}`, origin);
      next.push(record);
    });
    for (const { record, row } of added[collection]) {
      origins.set(`${collection}#${next.length}`, {
        sheet: row.sheet,
        line: row.line,
        rowId: row.id,
      });
      next.push(orderKeys(record, row.kind));
    }
    candidate[collection] = next;
  }
  // Re-key the origins by the candidate's indexes.
  for (const [key, value] of [...origins]) {
    origins.delete(key);
    origins.set(key.replace(/#(\d+)$/, '[$1]'), value);
  }
  return candidate;
}
