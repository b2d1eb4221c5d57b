/**
 * Build step: next to each embed page, the chart's figures as CSV and JSON in both languages
 * (dist/embed/<id>/msmt-transfers-<id>-<lang>.{csv,json}), and dist/embed/charts.json listing every
 * embeddable chart. URLs in charts.json are relative to the site root: the build cannot know where
 * dist/ will be published.
 */
import { chartMeta } from '../../src/charts/meta.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import type { Dataset } from '../../src/data/schema.ts';
import {
  dataFilePath,
  recordsCsv,
  recordsJson,
  RECORD_COLUMNS,
} from '../../src/embed/downloads.ts';
import { embedDir } from '../../src/embed/paths.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import type { BuildStep } from './steps.ts';
import { writeDistFiles } from './write-files.ts';

export interface ChartsIndexEntry {
  id: string;
  title: { de: string; en: string };
  /** German default embed page, relative to the site root; add `?theme=dark|light` if wanted. */
  url: string;
  states: { id: string; label: { de: string; en: string } }[];
  /** The page of each language and state (prerendered: final without script), by language, then state id. */
  pages: Record<string, Record<string, string>>;
  data: Record<string, { csv: string; json: string }>;
}

export interface ChartsIndex {
  dataset: { title: { de: string; en: string }; version: number; updated: string };
  /** Host script, relative to the site root. */
  script: string;
  params: { lang: string[]; theme: string[] };
  charts: ChartsIndexEntry[];
}

export function chartsIndex(data: Dataset): ChartsIndex {
  return {
    dataset: { title: data.meta.title, version: data.meta.version, updated: data.meta.updated },
    script: 'embed.js',
    params: { lang: [...LANGS], theme: ['auto', 'light', 'dark'] },
    charts: CHART_IDS.map((id) => {
      const meta = chartMeta[id];
      return {
        id,
        title: { de: meta.title(data, 'de'), en: meta.title(data, 'en') },
        url: `embed/${id}/`,
        states: meta.states.map((s) => ({ id: s.id, label: s.label })),
        pages: Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            Object.fromEntries(
              meta.states.map((s) => [
                s.id,
                embedDir({ chart: id, lang, state: s.id }, meta.states[0]?.id ?? s.id),
              ]),
            ),
          ]),
        ),
        data: Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            { csv: dataFilePath(id, lang, 'csv'), json: dataFilePath(id, lang, 'json') },
          ]),
        ),
      };
    }),
  };
}

/** Every file to write, as path (relative to dist) → content. */
export function embedFiles(data: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const id of CHART_IDS) {
    const meta = chartMeta[id];
    for (const lang of LANGS) {
      const records = meta.records(data, lang);
      files.set(dataFilePath(id, lang, 'csv'), recordsCsv(records));
      files.set(
        dataFilePath(id, lang, 'json'),
        recordsJson({
          chart: id,
          lang,
          title: meta.title(data, lang),
          sourceLine: meta.sourceLine(data, lang),
          note: meta.note(data, lang) ?? null,
          dataset: {
            title: data.meta.title[lang],
            version: data.meta.version,
            updated: data.meta.updated,
          },
          columns: RECORD_COLUMNS,
          records,
        }),
      );
    }
  }
  files.set('embed/charts.json', `${JSON.stringify(chartsIndex(data), null, 2)}\n`);
  return files;
}

export const embedFilesStep: BuildStep = {
  name: 'embed data files and charts.json',
  run({ dist, data }) {
    writeDistFiles(dist, embedFiles(data));
  },
};
