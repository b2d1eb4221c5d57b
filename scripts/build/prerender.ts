/**
 * Fills the built HTML templates with server-rendered markup, one file per page, and rewrites
 * relative asset paths for the page's depth (so dist/ works under any folder of any host).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { escapeHtml } from '../../src/lib/escape.ts';
import type { PageSpec, RenderedPage } from '../../src/pages/types.ts';

export function rebaseAssets(html: string, templateDir: string, outDir: string): string {
  return html.replace(/(\s(?:src|href)=")(\.{1,2}\/[^"]*)"/g, (_m, attr: string, ref: string) => {
    const target = resolve(templateDir, ref);
    let rel = relative(outDir, target).split('\\').join(posix.sep);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${attr}${rel}"`;
  });
}

export function fillTemplate(template: string, page: RenderedPage): string {
  const attrs = Object.entries(page.htmlAttributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const filled = template
    .replace(/<html[^>]*>/, `<html lang="${escapeHtml(page.lang)}"${attrs}>`)
    .replace('<!--app-head-->', page.head)
    .replace('<!--app-html-->', page.html);
  if (filled.includes('<!--app-html-->') || !template.includes('<!--app-html-->'))
    throw new Error('template has no single <!--app-html--> marker');
  return filled;
}

export function prerender(dist: string, pages: PageSpec[]): string[] {
  const templates = new Map<string, string>();
  const written: string[] = [];
  for (const spec of pages) {
    const templatePath = join(dist, spec.template);
    let template = templates.get(templatePath);
    if (template === undefined) {
      template = readFileSync(templatePath, 'utf8');
      templates.set(templatePath, template);
    }
    const outPath = join(dist, spec.out);
    const html = rebaseAssets(
      fillTemplate(template, spec.render()),
      dirname(templatePath),
      dirname(outPath),
    );
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, html);
    written.push(spec.out);
  }
  return written;
}
