import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../scripts/data-import.ts';
import { writeDataset } from '../../scripts/data-write.ts';
import { csvRows, setCell, toCsv } from '../sheets/helpers.ts';
import { SHIPPED, SMALL, load, runScript, tempCopy } from './helpers.ts';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const shippedHash = hash(SHIPPED);

describe('npm run data:import / data:export / data:diff', { timeout: 120_000 }, () => {
  it('export writes CSV (BOM, semicolons) and XLSX; importing either changes nothing', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const csv = join(dir, 'transfers.csv');
    const exported = runScript('scripts/data-export.ts', [csv, '--data', data]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFkind;id;')).toBe(true);
    expect(existsSync(join(dir, 'transfers.xlsx'))).toBe(true);
    for (const file of [csv, join(dir, 'transfers.xlsx')]) {
      const imported = runScript('scripts/data-import.ts', [file, '--data', data]);
      expect(imported.stdout).toContain('no changes');
      expect(imported.code).toBe(0);
    }
    expect(hash(data)).toBe(shippedHash);
  });

  it('a mistyped switch stops the import before anything is read or written; --help writes nothing', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const csv = join(dir, 'transfers.csv');
    expect(runScript('scripts/data-export.ts', [csv, '--data', data]).code).toBe(0);
    const rows = csvRows(load(data));
    setCell(rows, 'troops-phase-2', 'value', '3500');
    writeFileSync(csv, toCsv(rows));
    const before = hash(data);
    const typo = runScript('scripts/data-import.ts', [csv, '--data', data, '--dryrun']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('unknown option --dryrun (did you mean --dry-run?)');
    expect(hash(data)).toBe(before);
    expect(existsSync(join(dir, '.backup'))).toBe(false);

    const help = runScript('scripts/data-export.ts', ['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run data:export');
    expect(existsSync(join(dir, '--help'))).toBe(false);
    expect(existsSync(join(dir, '--help.xlsx'))).toBe(false);
  });

  it('a bad CSV: exit 1, row/column messages, data file byte-identical', () => {
    const { dir, data } = tempCopy(SHIPPED);
    const before = hash(data);
    const rows = csvRows(load(data));
    setCell(rows, 'troops-phase-2', 'value', '3 Tsd.');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, toCsv(rows));
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
    const rows = csvRows(load(data));
    setCell(rows, 'troops-phase-2', 'value', '4500');
    writeFileSync(csv, toCsv(rows));
    const { result, write } = await importFile({ file: csv, dataFile: data, today: '2025-07-01' });
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 3)).toEqual([
      `${csv} (UTF-8, semicolon-separated): 2 change(s)`,
      '  troops-phase-2: about 3,000 → about 4,500 soldiers (source: MSMT, 29 May 2025)',
      '  troops-total: about 14,000 → about 15,500 soldiers (source: MSMT, 29 May 2025)',
    ]);
    const text = readFileSync(data, 'utf8');
    await writeDataset(data, write!.text, write!.next);
    const after = load(data);
    expect(after.meta.version).toBe(2);
    expect(after.meta.updated).toBe('2025-07-01');
    expect(after.meta.changelog.at(-1)).toMatchObject({
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
    expect(changed.length).toBeLessThan(14);
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
