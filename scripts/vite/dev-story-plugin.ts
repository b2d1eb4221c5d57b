/**
 * Dev server only: the story page is served as the build writes it. The same server entry
 * (src/ssr.tsx) renders it and the build's `fillTemplate`/`rebaseAssets` put it into index.html, so
 * the page starts with the same islands (src/story/startup/islands.ts) and loads its charts through the same
 * lazy registry as a built page, instead of React rendering the whole article in the browser.
 * `/` is the German page, `/en/` the English one; the print/no-JS figure files come from memory.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Dataset } from '../../src/data/schema.ts';
import type { PageSpec } from '../../src/pages/types.ts';
import { figureCss } from '../build/figure-css.ts';
import { fillTemplate, rebaseAssets } from '../build/prerender.ts';

interface ServerEntry {
  pages(data: Dataset): PageSpec[];
  files(data: Dataset, css: string): { out: string; content: string }[];
}

/** The server entry and the dataset as the dev server has them now (edits included). */
async function load(server: ViteDevServer): Promise<{ ssr: ServerEntry; data: Dataset }> {
  const ssr = (await server.ssrLoadModule('/src/ssr.tsx')) as unknown as ServerEntry;
  const dataset = (await server.ssrLoadModule('virtual:dataset')) as { default: Dataset };
  return { ssr, data: dataset.default };
}

/** The built page a request asks for, by its path under the site (`index.html`, `en/index.html`). */
function storyPageOut(url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '/';
  if (path === '/' || path === '/index.html') return 'index.html';
  if (path === '/en' || path === '/en/' || path === '/en/index.html') return 'en/index.html';
  return undefined;
}

export function devStoryPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'msmt-dev-story',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split(/[?#]/)[0] ?? '');
        if (!path.startsWith('/figures/')) return next();
        load(server).then(({ ssr, data }) => {
          const file = ssr.files(data, figureCss(root)).find((f) => `/${f.out}` === path);
          if (!file) return next();
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(file.content);
        }, next);
      });
    },
    transformIndexHtml: {
      // After Vite's own dev transforms, so the server markup is inserted as the build inserts it.
      order: 'post',
      async handler(html, ctx) {
        const out = ctx.server ? storyPageOut(ctx.originalUrl ?? ctx.path) : undefined;
        if (!ctx.server || !out || !html.includes('<!--app-html-->')) return html;
        const { ssr, data } = await load(ctx.server);
        const page = ssr.pages(data).find((p) => p.template === 'index.html' && p.out === out);
        if (!page) return html;
        return rebaseAssets(fillTemplate(html, page.render()), root, resolve(root, out, '..'));
      },
    },
  };
}
