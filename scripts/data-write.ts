/**
 * Writing a new version of the dataset without losing anything: only the records that changed are
 * rewritten in the JSON text (so the git diff shows what the journalist changed, not a reformat),
 * the result is formatted like the rest of the repository (Prettier), checked again, the previous
 * file is kept under data/.backup/, and the new one replaces it atomically (temp file + rename).
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { format, resolveConfig } from 'prettier';
import { checkDatasetText, formatProblem } from '../src/data/check.ts';
import type { Dataset } from '../src/data/schema.ts';

const root = resolve(import.meta.dirname, '..');
const editOptions = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

type Json = Record<string, unknown>;

function idsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.map((r) => String((r as Json).id)) : [];
}

const isLeaf = (v: unknown) => v === null || typeof v !== 'object';

/**
 * JSON with small objects on one line (`"label": { "de": …, "en": … }`), the way the dataset is
 * written by hand; Prettier then breaks whatever is longer than the print width.
 */
export function compactJson(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every(isLeaf)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map(compactJson).join(',\n')}\n]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Json);
    const inner = entries.map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v)}`);
    if (entries.every(([, v]) => isLeaf(v))) return `{ ${inner.join(', ')} }`;
    return `{\n${inner.join(',\n')}\n}`;
  }
  return JSON.stringify(value);
}

/** Text edits turning `before` (the parsed `text`) into `after`, one record or field at a time. */
export function editDatasetText(text: string, before: Json, after: Json): string {
  let out = text;
  const values: unknown[] = [];
  const set = (path: JSONPath, value: unknown) => {
    // jsonc-parser writes every object expanded; insert a marker, then the compact text in its place.
    values.push(value);
    const marker = `__msmt_value_${values.length - 1}__`;
    out = applyEdits(out, modify(out, path, marker, editOptions));
  };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (isDeepStrictEqual(a, b)) continue;
    const sameIds = Array.isArray(a) && Array.isArray(b) && isDeepStrictEqual(idsOf(a), idsOf(b));
    if (sameIds) {
      b.forEach((record, i) => {
        if (!isDeepStrictEqual(record, a[i])) set([key, i], record);
      });
    } else if (key === 'meta' && a && b && typeof a === 'object' && typeof b === 'object') {
      for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const fa = (a as Json)[field];
        const fb = (b as Json)[field];
        if (isDeepStrictEqual(fa, fb)) continue;
        if (field === 'changelog' && Array.isArray(fa) && Array.isArray(fb)) {
          const appended = fb.length > fa.length && isDeepStrictEqual(fb.slice(0, fa.length), fa);
          if (appended) {
            for (const entry of fb.slice(fa.length)) set(['meta', 'changelog', -1], entry);
            continue;
          }
        }
        set(['meta', field], fb);
      }
    } else set([key], b);
  }
  // Follow the file's own style: small objects inline if the file writes them so, else expanded.
  const inline = /": \{ "/.test(text);
  const render = (v: unknown) => (inline ? compactJson(v) : JSON.stringify(v, null, 2));
  return out.replace(/"__msmt_value_(\d+)__"/g, (_m, i: string) => render(values[Number(i)]));
}

export async function formatJson(text: string): Promise<string> {
  const config = (await resolveConfig(join(root, 'data/transfers.json'))) ?? {};
  return format(text, { ...config, parser: 'json' });
}

export interface WriteResult {
  backup: string;
}

/**
 * Writes `after` over `file` (whose current text is `text`). Throws, writing nothing, if the
 * result would not pass the checker or would not parse back to exactly `after`.
 */
export async function writeDataset(
  file: string,
  text: string,
  after: Dataset,
): Promise<WriteResult> {
  const before = JSON.parse(text) as Json;
  let next = await formatJson(editDatasetText(text, before, after as unknown as Json));
  if (!isDeepStrictEqual(JSON.parse(next), after))
    // Safety net: if the minimal edit went wrong, write the whole document instead.
    next = await formatJson(JSON.stringify(after, null, 2));
  const check = checkDatasetText(next, file);
  if (!check.ok)
    throw new Error(`refusing to write ${file}:\n${check.problems.map(formatProblem).join('\n')}`);

  const dir = dirname(file);
  const backupDir = join(dir, '.backup');
  mkdirSync(backupDir, { recursive: true });
  const version = (before.meta as Json | undefined)?.version ?? 'unknown';
  const backup = join(backupDir, `${basename(file, '.json')}-v${String(version)}.json`);
  copyFileSync(file, backup);

  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, next);
  renameSync(temp, file);
  return { backup };
}
