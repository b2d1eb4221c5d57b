/**
 * Writes src/styles/tokens.css and src/styles/fonts.css from src/styles/tokens.ts. `--check` exits 1
 * when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fontsCss, tokensCss } from '../src/styles/tokens.ts';

const outputs: Record<string, string> = {
  'src/styles/tokens.css': tokensCss(),
  'src/styles/fonts.css': fontsCss(),
};
let stale = false;
for (const [file, css] of Object.entries(outputs)) {
  if (!process.argv.includes('--check')) writeFileSync(file, css);
  else if (readFileSync(file, 'utf8') !== css) {
    console.error(`${file} is out of date: run npm run generate`);
    stale = true;
  }
}
if (stale) process.exit(1);
