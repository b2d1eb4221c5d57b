/**
 * Story copy: `import de from './content/de.aml'` gives the parsed, checked content as JSON.
 * Every placeholder is checked against data/transfers.json, so an unknown figure id fails the
 * build (and shows in the dev overlay) with the file, the line and the id. The parser and
 * ArchieML stay at build time; the page ships only the result.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { isLang } from '../../src/lib/i18n.ts';
import { ContentError, parseStoryContent } from '../../src/story/content/parse-content.ts';

export interface StoryPluginOptions {
  /** Dataset the placeholders are checked against, relative to the project root. */
  dataFile?: string;
}

export function storyPlugin({ dataFile = 'data/transfers.json' }: StoryPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'msmt-story-content',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.aml')) return undefined;
      const lang = basename(file, '.aml');
      const shown = relative(root, file);
      if (!isLang(lang)) this.error(`${shown}: content files are named de.aml or en.aml`);
      const dataPath = resolve(root, dataFile);
      this.addWatchFile(dataPath);
      let data: Dataset | undefined;
      try {
        data = loadDatasetFile(dataPath);
      } catch {
        // An invalid dataset is reported by the dataset plugin with every problem; the copy is
        // still checked for everything else.
        data = undefined;
      }
      try {
        const content = parseStoryContent(readFileSync(file, 'utf8'), { file: shown, lang, data });
        return { code: `export default ${JSON.stringify(content)};`, map: null };
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
  };
}
