/**
 * Build step: the spreadsheets a reporter edits, beside the newsroom page, so updating the data
 * needs no terminal: dist/newsroom/transfers.xlsx and transfers.csv, exactly as
 * `npm run data:export` writes them (base cells of the version being published). The newsroom
 * page links them and takes them back by drag and drop. Not linked from the story.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoToday } from '../../src/data/changelog.ts';
import { exportCsv, exportXlsx, helpRows } from '../../src/data/sheet/export.ts';
import { NEWSROOM_SHEETS } from '../../src/newsroom/update/files.ts';
import type { BuildStep } from './steps.ts';

export const newsroomSheetsStep: BuildStep = {
  name: 'newsroom spreadsheets (newsroom/transfers.xlsx, newsroom/transfers.csv)',
  async run({ root, dist, data }) {
    const dir = join(dist, 'newsroom');
    mkdirSync(dir, { recursive: true });
    const help = helpRows(readFileSync(join(root, 'data/CSV-COLUMNS.md'), 'utf8'));
    writeFileSync(join(dir, NEWSROOM_SHEETS.xlsx), await exportXlsx(data, help, isoToday()));
    writeFileSync(join(dir, NEWSROOM_SHEETS.csv), exportCsv(data));
  },
};
