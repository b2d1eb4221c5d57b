import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_STYLESHEETS } from '../../src/story/startup/figure-path.ts';

/** What a static figure file needs of the page's CSS: the colour tokens and the chart rules. */
export function figureCss(projectRoot: string): string {
  return FIGURE_STYLESHEETS.map((f) =>
    readFileSync(join(projectRoot, 'src/styles', f), 'utf8'),
  ).join('\n');
}
