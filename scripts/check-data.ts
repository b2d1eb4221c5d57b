/**
 * npm run check:data -- [file]
 * Prints every problem in the dataset, one a line (`FILE:LINE:COL  PATH  expected…, found…`),
 * exits 1 on any; prints a one-line summary and exits 0 when the file is valid.
 */
import { existsSync } from 'node:fs';
import { formatProblem } from '../src/data/check.ts';
import { DEFAULT_DATA_FILE, checkDatasetFile } from '../src/data/load-file.ts';

const file = process.argv[2] ?? DEFAULT_DATA_FILE;
if (!existsSync(file)) {
  console.error(`${file}: no such file (expected a path to a dataset JSON file)`);
  process.exit(1);
}
const result = checkDatasetFile(file);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${file}: ${result.problems.length} problem(s). Nothing was changed.`);
  process.exit(1);
}
const d = result.data;
console.info(
  `${file}: valid — ${d.transfers.length} transfers, ${d.totals.length} totals, ${d.estimates.length} estimates, ` +
    `${d.sources.length} sources, ${d.places.length} places, ${d.routes.length} routes (version ${d.meta.version}, updated ${d.meta.updated})`,
);
