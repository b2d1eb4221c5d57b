import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetPlugin } from '../../scripts/vite/dataset-plugin.ts';
import { clientDatasetIn } from '../../src/data/client-slice.ts';
import type { Dataset } from '../../src/data/schema.ts';

const root = resolve(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(resolve(root, 'data/transfers.json'), 'utf8')) as Dataset;

type Emitted = { type: string; name: string; source: string };

function plugin(command: 'build' | 'serve') {
  const p = datasetPlugin();
  (p.configResolved as (c: { command: string; root: string }) => void)({ command, root });
  const emitted: Emitted[] = [];
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: (f: Emitted) => {
      emitted.push(f);
      return 'REF';
    },
  };
  const resolveId = p.resolveId as (id: string) => string | undefined;
  // The hook as a plain function of the three context methods it uses (not Vite's whole context).
  const hook = p.load as unknown as (this: typeof context, id: string) => string | undefined;
  const load = (id: string) => hook.call(context, resolveId(id) ?? id);
  return { load, emitted };
}

describe('virtual:dataset/client-json/<lang>', () => {
  it('is, in the build, the URL of a JSON file of the client dataset in that language', () => {
    for (const lang of ['de', 'en'] as const) {
      const build = plugin('build');
      expect(build.load(`virtual:dataset/client-json/${lang}`)).toBe(
        'export default import.meta.ROLLUP_FILE_URL_REF;',
      );
      expect(build.emitted).toHaveLength(1);
      expect(build.emitted[0]!.name).toBe(`dataset-${lang}.json`);
      expect(JSON.parse(build.emitted[0]!.source)).toEqual(clientDatasetIn(data, lang));
    }
  });

  it('is, in the dev server, a path the plugin serves', () => {
    const dev = plugin('serve');
    expect(dev.load('virtual:dataset/client-json/en')).toBe(
      'export default "/@msmt-dataset/client-en.json";',
    );
    expect(dev.emitted).toEqual([]);
  });
});
