/** Writes src/styles/tokens.css from src/styles/tokens.ts. `--check` exits 1 when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { tokensCss } from '../src/styles/tokens.ts';

const file = 'src/styles/tokens.css';
const css = tokensCss();
if (process.argv.includes('--check')) {
  const current = readFileSync(file, 'utf8');
  if (current !== css) {
    console.error(`${file} is out of date: run npm run generate`);
    process.exit(1);
  }
} else writeFileSync(file, css);
