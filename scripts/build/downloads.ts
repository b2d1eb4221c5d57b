/**
 * Build step: the whole dataset for the story's "download the data" links —
 * dist/data/transfers.json (the validated file as it is in the repository, with its JSON Schema
 * beside it so `$schema` resolves) and dist/data/transfers.csv, exactly what `npm run data:export`
 * writes (semicolons and a byte-order mark, so Excel in a German locale opens it in columns with
 * its umlauts; documented in data/CSV-COLUMNS.md).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../../src/data/sheet/export.ts';
import type { BuildStep } from './steps.ts';

/** Paths under dist/, for links from the story (relative to the site root). */
export const DOWNLOADS = {
  json: 'data/transfers.json',
  csv: 'data/transfers.csv',
  schema: 'data/transfers.schema.json',
} as const;

export const downloadsStep: BuildStep = {
  name: 'dataset downloads (data/transfers.json, data/transfers.csv)',
  run({ root, dist, data }) {
    mkdirSync(join(dist, 'data'), { recursive: true });
    // The build validated this very file before it started (scripts/build.ts).
    copyFileSync(join(root, 'data/transfers.json'), join(dist, DOWNLOADS.json));
    copyFileSync(join(root, 'data/transfers.schema.json'), join(dist, DOWNLOADS.schema));
    writeFileSync(join(dist, DOWNLOADS.csv), exportCsv(data));
  },
};
