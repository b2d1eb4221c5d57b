/**
 * Server entry, built by Vite in SSR mode at build time: every prerendered page of the site.
 * Each area owns its page list; this file only joins them.
 */
import type { Dataset } from './data/schema.ts';
import type { PageSpec } from './pages/types.ts';
import { storyPages } from './story/startup/pages.tsx';
import { embedPages } from './embed/pages.tsx';
import { newsroomPages } from './newsroom/pages.tsx';
import { storyFigureFiles, type BuiltFile } from './story/startup/figure-files.tsx';

export function pages(data: Dataset): PageSpec[] {
  return [...storyPages(data), ...embedPages(data), ...newsroomPages(data)];
}

/** Files other than pages the server side writes: the story's static figures (`css`: see there). */
export function files(data: Dataset, css: string): BuiltFile[] {
  return storyFigureFiles(data, css);
}
