import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from '../../src/data/csv.ts';
import { importCsv } from '../../scripts/data-import.ts';
import { writeDataset } from '../../scripts/data-write.ts';
import { SHIPPED, SMALL, load, runScript, tempCopy } from './helpers.ts';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const shippedHash = hash(SHIPPED);

describe('npm run data:import / data:export / data:diff', { timeout: 90_000 }, () => {
  it('export → import of the shipped data changes nothing (no version bump)', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const csv = join(dir, 'transfers.csv');
    const exported = runScript('scripts/data-export.ts', [csv, '--data', data]);
    expect(exported.code).toBe(0);
    const imported = runScript('scripts/data-import.ts', [csv, '--data', data]);
    expect(imported.stdout).toContain('no changes');
    expect(imported.code).toBe(0);
    expect(hash(data)).toBe(shippedHash);
  });

  it('a bad CSV: exit 1, row/column messages, data file byte-identical', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const before = hash(data);
    const lines = datasetToCsv(load(data)).split('\n');
    lines[2] = lines[2]!.replace(',about,3000,', ',about,3 Tsd.,');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, lines.join('\n'));
    const run = runScript('scripts/data-import.ts', [bad, '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.csv:3:12 {2}value {2}expected a plain number .* found "3 Tsd\." {2}\[troops-phase-2\]/,
    );
    expect(run.stderr).toContain('Nothing was changed.');
    expect(hash(data)).toBe(before);
    expect(existsSync(join(dir, '.backup'))).toBe(false);
  });

  it('a changed figure: version + 1, updated, changelog in de and en, backup, minimal edit', async () => {
    const { dir, data } = tempCopy(SMALL);
    const csv = join(dir, 'new.csv');
    writeFileSync(csv, datasetToCsv(load(data)).replace(',about,3000,', ',about,4500,'));
    const { result, write } = importCsv({ csvFile: csv, dataFile: data, today: '2025-07-01' });
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 2)).toEqual([
      'troops-phase-2: about 3,000 → about 4,500 soldiers (source: MSMT, 29 May 2025)',
      'troops-total: about 14,000 → about 15,500 soldiers (source: MSMT, 29 May 2025)',
    ]);
    const text = readFileSync(data, 'utf8');
    await writeDataset(data, write!.text, write!.next);
    const after = load(data);
    expect(after.meta.version).toBe(2);
    expect(after.meta.updated).toBe('2025-07-01');
    expect(after.meta.changelog.at(-1)).toEqual({
      version: 2,
      date: '2025-07-01',
      kind: 'update',
      de: 'Truppen, Phase 2: rund 3.000 → rund 4.500 Soldaten; Truppen insgesamt: rund 14.000 → rund 15.500 Soldaten',
      en: 'Troops, phase 2: about 3,000 → about 4,500 soldiers; Troops in total: about 14,000 → about 15,500 soldiers',
    });
    expect(readFileSync(join(dir, '.backup/transfers-v1.json'), 'utf8')).toBe(text);
    // Only the changed value and the meta lines differ from the old text.
    const changed = readFileSync(data, 'utf8')
      .split('\n')
      .filter((line) => !text.includes(line));
    expect(changed.some((l) => l.includes('"value": 4500'))).toBe(true);
    expect(changed.length).toBeLessThan(12);
    expect(readFileSync(data, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('data:diff prints the lines and --append records them', () => {
    const { dir, data } = tempCopy(SMALL);
    const next = join(dir, 'next.json');
    writeFileSync(next, readFileSync(data, 'utf8').replace('"value": 11000', '"value": 12000'));
    const run = runScript('scripts/data-diff.ts', [data, next]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'troops-phase-1: over 11,000 → over 12,000 soldiers (source: MSMT, 29 May 2025)',
      'troops-total: about 14,000 → about 15,000 soldiers (source: MSMT, 29 May 2025)',
    ]);
    const append = runScript('scripts/data-diff.ts', [
      data,
      next,
      '--append',
      '--today',
      '2025-08-01',
    ]);
    expect(append.code).toBe(0);
    const appended = load(next);
    expect(appended.meta.version).toBe(2);
    expect(appended.meta.changelog[0]?.en).toBe(
      'Troops, phase 1: over 11,000 → over 12,000 soldiers; Troops in total: about 14,000 → about 15,000 soldiers',
    );
    expect(hash(SHIPPED)).toBe(shippedHash);
  });
});
