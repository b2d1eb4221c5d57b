/**
 * Arguments of the data commands (data:export, data:import, data:diff, data:apply). Strict on
 * purpose: under deadline a mistyped `--dryrun` must stop the import, not be taken for a file name
 * while the real import runs; `--help` prints the usage instead of writing files called "--help".
 */
import { DEFAULT_DATA_FILE } from '../src/data/load-file.ts';

export interface CliSpec {
  /** The whole usage line, printed on --help and after every mistake. */
  usage: string;
  /** Switches that take no value, e.g. `--dry-run`. */
  switches?: readonly string[];
  /** Options that take the next argument as their value, e.g. `--data FILE`. */
  options?: readonly string[];
  /** How many file arguments the command takes at most. */
  maxPositional: number;
}

export interface CliArgs {
  positional: string[];
  switches: Set<string>;
  options: Map<string, string>;
}

export type CliParse =
  { ok: true; args: CliArgs } | { ok: false; exitCode: 0 | 1; message: string };

const HELP = new Set(['--help', '-h']);

/** The known name closest to a mistyped one (same letters but for dashes, or a prefix of it). */
function closest(name: string, known: readonly string[]): string | undefined {
  const bare = (s: string) => s.replace(/^-+/, '').replace(/[-_]/g, '').toLowerCase();
  return known.find(
    (k) => bare(k) === bare(name) || (bare(name).length >= 3 && bare(k).startsWith(bare(name))),
  );
}

export function parseCli(argv: readonly string[], spec: CliSpec): CliParse {
  const switches = spec.switches ?? [];
  const options = spec.options ?? [];
  const fail = (problem: string): CliParse => ({
    ok: false,
    exitCode: 1,
    message: `${problem}\n${spec.usage}`,
  });
  const args: CliArgs = { positional: [], switches: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (HELP.has(a)) return { ok: false, exitCode: 0, message: spec.usage };
    if (switches.includes(a)) args.switches.add(a);
    else if (options.includes(a)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        return fail(`${a}: expected a value after it, found ${value ?? 'nothing'}`);
      args.options.set(a, value);
      i++;
    } else if (a.startsWith('-') && a !== '-') {
      const guess = closest(a, [...switches, ...options]);
      return fail(
        `unknown option ${a}${guess ? ` (did you mean ${guess}?)` : ''}; nothing was done.`,
      );
    } else args.positional.push(a);
  }
  if (args.positional.length > spec.maxPositional)
    return fail(
      `expected at most ${spec.maxPositional} file argument(s), found ${args.positional.length}: ${args.positional.join(' ')}`,
    );
  return { ok: true, args };
}

/** parseCli for a command's main(): prints the usage or the mistake and exits when not ok. */
export function parseCliOrExit(argv: readonly string[], spec: CliSpec): CliArgs {
  const parsed = parseCli(argv, spec);
  if (parsed.ok) return parsed.args;
  (parsed.exitCode === 0 ? console.info : console.error)(parsed.message);
  process.exit(parsed.exitCode);
}

/** The dataset a command works on: `--data FILE`, else $MSMT_DATA_FILE, else the shipped one. */
export function dataFileFrom(args: CliArgs): string {
  return args.options.get('--data') ?? (process.env.MSMT_DATA_FILE || DEFAULT_DATA_FILE);
}
