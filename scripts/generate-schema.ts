/**
 * Writes data/transfers.schema.json (JSON Schema) from the zod schema, so editors autocomplete and
 * flag mistakes while a journalist types. `--check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/data/json-schema.ts';

const file = 'data/transfers.schema.json';
const text = jsonSchemaText();
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is out of date: run npm run generate`);
    process.exit(1);
  }
} else writeFileSync(file, text);
