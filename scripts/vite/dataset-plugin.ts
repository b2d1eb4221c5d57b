/**
 * `virtual:dataset`: data/transfers.json, validated by the same checker as `npm run check:data`.
 * Build: a bad dataset stops the build with every problem listed.
 * Dev: an invalid edit shows the checker's messages in the overlay while the page keeps its
 * last valid render (the module is only replaced when the new file validates).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isoToday } from '../../src/data/changelog.ts';
import { checkDatasetText, formatProblem } from '../../src/data/check.ts';
import { exportCsv, exportXlsx, helpRows } from '../../src/data/sheet/export.ts';
import { clientDataset, clientDatasetIn } from '../../src/data/client-slice.ts';
import { LANGS, type Lang } from '../../src/lib/i18n.ts';
import type { Dataset } from '../../src/data/schema.ts';

const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = '\0virtual:dataset';
/** The same data without record notes (src/data/client-slice.ts): story graphic and embeds. */
const CLIENT_ID = 'virtual:dataset/client';
const RESOLVED_CLIENT_ID = '\0virtual:dataset/client';
/** One language of it (`…/client/de`, `…/client/en`): the story's graphic. */
const CLIENT_LANG_IDS = new Map<string, Lang>(LANGS.map((l) => [`${CLIENT_ID}/${l}`, l]));
const RESOLVED_IDS = [
  RESOLVED_ID,
  RESOLVED_CLIENT_ID,
  ...[...CLIENT_LANG_IDS.keys()].map((id) => `\0${id}`),
];
/**
 * The URL of one language's client dataset as a JSON file (`…/client-json/de`): the embeds fetch
 * it on first touch instead of importing it as a script (JSON.parse of a response, no JS parse,
 * fetched in parallel with the chart's chunks). Built: a hashed asset; dev: served by the plugin.
 */
const CLIENT_JSON_ID = 'virtual:dataset/client-json';
const CLIENT_JSON_IDS = new Map<string, Lang>(LANGS.map((l) => [`${CLIENT_JSON_ID}/${l}`, l]));
const DEV_JSON_PATH = '/@msmt-dataset/client-';

/**
 * As a JSON string: V8 parses JSON.parse('…') several times faster than the same object literal,
 * which matters for ~80 KB of data on a phone.
 */
function clientJson(data: Dataset, lang: Lang): string {
  return JSON.stringify(clientDatasetIn(data, lang));
}

function moduleOf(data: Dataset, id: string): string {
  const lang = CLIENT_LANG_IDS.get(id.slice(1));
  const value = lang
    ? clientDatasetIn(data, lang)
    : id === RESOLVED_CLIENT_ID
      ? clientDataset(data)
      : data;
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

export interface DatasetPluginOptions {
  /** Path of the dataset, relative to the project root. */
  file?: string;
}

export function datasetPlugin({
  file: configuredFile = 'data/transfers.json',
}: DatasetPluginOptions = {}): Plugin {
  let file = configuredFile;
  let root = process.cwd();
  let lastValid: Dataset | undefined;
  let server: ViteDevServer | undefined;
  let command: 'build' | 'serve' = 'build';

  const absolute = () => resolve(root, file);

  function load(): { data: Dataset } | { error: string } {
    const result = checkDatasetText(readFileSync(absolute(), 'utf8'), file);
    if (result.ok) return { data: result.data };
    return { error: result.problems.map(formatProblem).join('\n') };
  }

  return {
    name: 'msmt-dataset',
    configResolved(config) {
      root = config.root;
      command = config.command;
      // Dev only: preview another copy of the dataset (the browser test edits a temp copy, never
      // data/transfers.json). Builds always use the configured file.
      const devFile = process.env.MSMT_DEV_DATA_FILE;
      if (config.command === 'serve' && devFile) file = devFile;
    },
    configureServer(s) {
      server = s;
      s.watcher.add(absolute());
      // The sheets the newsroom page links (the build writes them beside it), from the current data.
      s.middlewares.use((req, res, next) => {
        const lang = LANGS.find((l) => req.url?.split('?')[0] === `${DEV_JSON_PATH}${l}.json`);
        const result = lang ? load() : undefined;
        if (!lang || !result || 'error' in result) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(clientJson(result.data, lang));
      });
      s.middlewares.use((req, res, next) => {
        const name = /\/transfers\.(xlsx|csv)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        const result = name && req.url?.startsWith('/src/pages/') ? load() : undefined;
        if (!name || !result || 'error' in result) return next();
        const help = helpRows(readFileSync(resolve(root, 'data/CSV-COLUMNS.md'), 'utf8'));
        void (
          name === 'csv'
            ? Promise.resolve(exportCsv(result.data))
            : exportXlsx(result.data, help, isoToday())
        ).then((body) => {
          res.setHeader('Content-Disposition', `attachment; filename="transfers.${name}"`);
          res.end(body);
        }, next);
      });
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (CLIENT_JSON_IDS.has(id)) return `\0${id}`;
      return id === CLIENT_ID || CLIENT_LANG_IDS.has(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const jsonLang = CLIENT_JSON_IDS.get(id.slice(1));
      if (jsonLang) {
        if (command === 'serve')
          return `export default ${JSON.stringify(`${DEV_JSON_PATH}${jsonLang}.json`)};`;
        this.addWatchFile(absolute());
        const result = load();
        if ('error' in result) this.error(`Dataset invalid:\n${result.error}`);
        const ref = this.emitFile({
          type: 'asset',
          name: `dataset-${jsonLang}.json`,
          source: clientJson(result.data, jsonLang),
        });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (!RESOLVED_IDS.includes(id)) return undefined;
      this.addWatchFile(absolute());
      const result = load();
      if ('error' in result) {
        if (server && lastValid) {
          // Keep serving the last valid data; tell the journalist what is wrong.
          server.ws.send({
            type: 'error',
            err: {
              message: `Dataset invalid — the page keeps its last valid data.\n${result.error}`,
              stack: '',
              plugin: 'msmt-dataset',
              id: file,
            },
          });
          return moduleOf(lastValid, id);
        }
        this.error(`Dataset invalid:\n${result.error}`);
      }
      lastValid = result.data;
      return moduleOf(result.data, id);
    },
    handleHotUpdate(ctx) {
      if (ctx.file !== absolute()) return undefined;
      const mods = RESOLVED_IDS.flatMap((id) => ctx.server.moduleGraph.getModuleById(id) ?? []);
      if (mods.length === 0) return undefined;
      const result = load();
      if ('error' in result) {
        ctx.server.ws.send({
          type: 'error',
          err: {
            message: `Dataset invalid — the page keeps its last valid data.\n${result.error}`,
            stack: '',
            plugin: 'msmt-dataset',
            id: file,
          },
        });
        return [];
      }
      mods.forEach((mod) => ctx.server.moduleGraph.invalidateModule(mod));
      return mods;
    },
  };
}
