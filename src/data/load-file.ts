/** Node-only loading of a dataset file through the checker (scripts, Vite plugin, tests). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDataset, checkDatasetText, type CheckResult } from './check.ts';
import type { Dataset } from './schema.ts';

export const DEFAULT_DATA_FILE = 'data/transfers.json';

export function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function checkDatasetFile(file: string = DEFAULT_DATA_FILE): CheckResult {
  return checkDatasetText(readFileSync(file, 'utf8'), displayName(file));
}

export function loadDatasetFile(file: string = DEFAULT_DATA_FILE): Dataset {
  return parseDataset(readFileSync(file, 'utf8'), displayName(file));
}
