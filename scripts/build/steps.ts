/** Steps that run after the pages are prerendered, in order. Each area adds its own. */
import type { Dataset } from '../../src/data/schema.ts';
import { embedFilesStep } from './embed-files.ts';
import { embedHostStep } from './embed-host.ts';
import { downloadsStep } from './downloads.ts';
import { newsroomSheetsStep } from './newsroom-sheets.ts';
import { shareImageStep } from './share-image.ts';
import { inlineCssStep } from './inline-css.ts';
import { oembedStep } from './oembed-files.ts';
import { fixedHeightsCheckStep } from './fixed-heights-check.ts';

export interface BuildContext {
  root: string;
  dist: string;
  data: Dataset;
}

export interface BuildStep {
  name: string;
  run(ctx: BuildContext): void | Promise<void>;
}

export const postBuildSteps: BuildStep[] = [
  embedFilesStep,
  embedHostStep,
  downloadsStep,
  newsroomSheetsStep,
  shareImageStep,
  oembedStep,
  fixedHeightsCheckStep,
  // Last: inlines the stylesheets of every page the steps above wrote.
  inlineCssStep,
];
