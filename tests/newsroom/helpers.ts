/** Shared by the newsroom tests: datasets from files, temp copies, and the CLI run as a user would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDataset } from '../../src/data/check.ts';
import type { Dataset } from '../../src/data/schema.ts';

export const root = resolve(import.meta.dirname, '../..');
export const SHIPPED = join(root, 'data/transfers.json');
export const SMALL = join(import.meta.dirname, 'fixtures/small.json');

export function load(file: string): Dataset {
  return parseDataset(readFileSync(file, 'utf8'), file);
}

/** A temp folder with a copy of `file` as transfers.json: tests never touch data/transfers.json. */
export function tempCopy(file: string): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'msmt-newsroom-'));
  const data = join(dir, 'transfers.json');
  cpSync(file, data);
  return { dir, data };
}

export function runScript(script: string, args: string[], { cwd = root } = {}) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MSMT_DATA_FILE: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
