/** Writes src/styles/layouts.css from src/charts/shared/layout-widths.ts. `--check` exits 1 when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutsCss } from '../src/charts/shared/layout-widths.ts';

const file = 'src/styles/layouts.css';
const css = layoutsCss();
if (process.argv.includes('--check')) {
  const current = readFileSync(file, 'utf8');
  if (current !== css) {
    console.error(`${file} is out of date: run npm run generate`);
    process.exit(1);
  }
} else writeFileSync(file, css);
