/**
 * npm run check:data -- [file]
 * Prints every problem in the dataset, one a line (`FILE:LINE:COL  PATH  expected…, found…`),
 * exits 1 on any; prints a one-line summary and exits 0 when the file is valid.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCliOrExit } from './cli-args.ts';
import { formatProblem } from '../src/data/check.ts';
import { DEFAULT_DATA_FILE, checkDatasetFile } from '../src/data/load-file.ts';

export interface CheckDataRun {
  code: 0 | 1;
  /** Lines for standard output and for standard error. */
  stdout: string[];
  stderr: string[];
}

/** What the command prints for `file`, and its exit code. */
export function checkData(file: string = DEFAULT_DATA_FILE): CheckDataRun {
  if (!existsSync(file))
    return {
      code: 1,
      stdout: [],
      stderr: [`${file}: no such file (expected a path to a dataset JSON file)`],
    };
  const result = checkDatasetFile(file);
  if (!result.ok)
    return {
      code: 1,
      stdout: [],
      stderr: [
        ...result.problems.map(formatProblem),
        `\n${file}: ${result.problems.length} problem(s). Nothing was changed.`,
      ],
    };
  const d = result.data;
  return {
    code: 0,
    stdout: [
      `${file}: valid — ${d.transfers.length} transfers, ${d.totals.length} totals, ${d.estimates.length} estimates, ` +
        `${d.sources.length} sources, ${d.places.length} places, ${d.routes.length} routes (version ${d.meta.version}, updated ${d.meta.updated})`,
    ],
    stderr: [],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseCliOrExit(process.argv.slice(2), {
    usage: 'usage: npm run check:data -- [FILE.json]  (default data/transfers.json)',
    maxPositional: 1,
  });
  const { code, stdout, stderr } = checkData(args.positional[0]);
  for (const line of stderr) console.error(line);
  for (const line of stdout) console.info(line);
  process.exitCode = code;
}
