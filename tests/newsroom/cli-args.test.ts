import { describe, expect, it } from 'vitest';
import { parseCli, type CliSpec } from '../../scripts/cli-args.ts';

const SPEC: CliSpec = {
  usage: 'usage: npm run data:import -- [FILE] [--dry-run] [--data FILE]',
  switches: ['--dry-run', '--merge'],
  options: ['--data'],
  maxPositional: 1,
};

describe('the data commands’ arguments', () => {
  it('reads switches, options with their value and the file, in any order', () => {
    const parsed = parseCli(['--data', 'd.json', 'sheet.xlsx', '--dry-run'], SPEC);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.args.positional).toEqual(['sheet.xlsx']);
    expect([...parsed.args.switches]).toEqual(['--dry-run']);
    expect(parsed.args.options.get('--data')).toBe('d.json');
  });

  it('takes "-" (standard output) as a file', () => {
    const parsed = parseCli(['-'], SPEC);
    expect(parsed.ok && parsed.args.positional).toEqual(['-']);
  });

  it('--help and -h print the usage and succeed, whatever else is there', () => {
    for (const argv of [['--help'], ['sheet.xlsx', '-h']])
      expect(parseCli(argv, SPEC)).toEqual({ ok: false, exitCode: 0, message: SPEC.usage });
  });

  it('a mistyped switch stops the command, naming the one meant', () => {
    for (const typo of ['--dryrun', '--dry_run', '--DRY-RUN', '--dry']) {
      const parsed = parseCli(['sheet.xlsx', typo], SPEC);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.exitCode).toBe(1);
      expect(parsed.message).toContain(`unknown option ${typo} (did you mean --dry-run?)`);
      expect(parsed.message).toContain('nothing was done');
      expect(parsed.message).toContain(SPEC.usage);
    }
  });

  it('an unknown option with no near name is refused without a guess', () => {
    const parsed = parseCli(['--force'], SPEC);
    expect(
      !parsed.ok && parsed.message.startsWith('unknown option --force; nothing was done.'),
    ).toBe(true);
  });

  it('an option missing its value, or a second file, is refused', () => {
    const noValue = parseCli(['--data'], SPEC);
    expect(!noValue.ok && noValue.message).toContain('--data: expected a value after it');
    const flagAsValue = parseCli(['--data', '--dry-run'], SPEC);
    expect(!flagAsValue.ok && flagAsValue.message).toContain('found --dry-run');
    const two = parseCli(['a.csv', 'b.csv'], SPEC);
    expect(!two.ok && two.message).toContain('at most 1 file argument(s), found 2: a.csv b.csv');
  });
});
