/**
 * (In the browser-test suite, which runs one file at a time: it starts nine CLI processes.)
 * The dataset on disk is never left half-written: `npm run data:import` killed (SIGKILL, no
 * cleanup) at moments spread over its whole run leaves data/transfers.json either exactly as it
 * was or exactly as the finished import writes it, and valid either way.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../../src/data/check.ts';
import { root, tempCopy } from '../newsroom/helpers.ts';
import { SHIPPED, csvRows, setCell, toCsv } from '../sheets/helpers.ts';
import { parseDataset } from '../../src/data/check.ts';

function importRun(file: string, data: string, killAfter?: number): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/data-import.ts'), file, '--data', data, '--today', '2026-12-01'],
      { cwd: root, stdio: 'ignore', env: { ...process.env, MSMT_DATA_FILE: '' } },
    );
    const timer =
      killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
  });
}

describe('atomic writes', () => {
  it('a killed import leaves the old file or the new one, never a mix', async () => {
    const original = readFileSync(SHIPPED, 'utf8');
    const rows = csvRows(parseDataset(original));
    setCell(rows, 'troops-phase-2', 'value', '4500');
    // The finished import's result, and how long an import takes here.
    const ref = tempCopy(SHIPPED);
    const sheet = join(ref.dir, 'sheet.csv');
    writeFileSync(sheet, toCsv(rows));
    const full = await importRun(sheet, ref.data);
    const finished = readFileSync(ref.data, 'utf8');
    expect(finished).not.toBe(original);

    const outcomes = new Set<'old' | 'new'>();
    for (const fraction of [0.3, 0.6, 0.8, 0.9, 1.0, 1.1, 1.3, 1.6]) {
      const { dir, data } = tempCopy(SHIPPED);
      writeFileSync(join(dir, 'sheet.csv'), toCsv(rows));
      await importRun(join(dir, 'sheet.csv'), data, Math.round(full * fraction));
      const after = readFileSync(data, 'utf8');
      expect([original, finished]).toContain(after);
      expect(checkDatasetText(after).ok).toBe(true);
      outcomes.add(after === original ? 'old' : 'new');
    }
    // Early kills find the old file; how many kills land after the write depends on the load.
    expect(outcomes).toContain('old');
  }, 300_000);
});
