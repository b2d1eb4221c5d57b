/**
 * The story's static figure files: one standalone SVG per chart state the steps show, per
 * language, each parseable as XML on its own, carrying its colour tokens (light and dark) and the
 * drawing's marks, and named the way the page's `<img src>` asks for them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../src/charts/shared/standalone-svg.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { storyCopy } from '../../src/story/content/copy.ts';
import { FIGURE_STYLESHEETS, staticFigurePath } from '../../src/story/startup/figure-path.ts';
import { storyFigureFiles } from '../../src/story/startup/figure-files.tsx';
import { indexSteps } from '../../src/story/content/steps.ts';

const root = resolve(import.meta.dirname, '../..');
const data = loadDatasetFile(resolve(root, 'data/transfers.json'));
const css = FIGURE_STYLESHEETS.map((f) =>
  readFileSync(resolve(root, 'src/styles', f), 'utf8'),
).join('\n');

describe('standaloneSvg', () => {
  it('adds the namespace and a style element, and reads the size', () => {
    const out = standaloneSvg('<svg class="x" width="640" height="300"><rect/></svg>', 'a{b:c}');
    expect(out).toMatchObject({ width: 640, height: 300 });
    expect(out.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="x" width="640"/);
    expect(out.svg).toContain('<style><![CDATA[\na{b:c}\n]]></style><rect/></svg>');
  });

  it('keeps a CSS text containing "]]>" inside the CDATA section', () => {
    const { svg } = standaloneSvg('<svg width="1" height="1"></svg>', 'a::after{content:"]]>"}');
    const style = /<style>([\s\S]*)<\/style>/.exec(svg)![1]!;
    const text = style.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
    expect(text).toContain('content:"]]>"');
  });

  it('refuses markup that is not an svg with a size', () => {
    expect(() => standaloneSvg('<div></div>', '')).toThrow(/does not start with an <svg>/);
    expect(() => standaloneSvg('<svg viewBox="0 0 1 1"></svg>', '')).toThrow(/width and height/);
  });
});

describe('storyFigureFiles', () => {
  const files = storyFigureFiles(data, css);
  const byPath = new Map(files.map((f) => [f.out, f.content]));

  it('writes exactly the figures the pages ask for, once each', () => {
    const wanted = new Set(
      LANGS.flatMap((lang) =>
        indexSteps(storyCopy[lang])
          .filter((s) => s.showsNewFigure)
          .map((s) => staticFigurePath(lang, s.chart, s.resolvedState)),
      ),
    );
    expect(new Set(byPath.keys())).toEqual(wanted);
    expect(files.length).toBe(wanted.size);
  });

  it.each(files.map((f) => f.out))('%s is a standalone, themed drawing', (out) => {
    const svg = byPath.get(out)!;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // The tokens the inline styles refer to travel with the file, dark variant included.
    expect(svg).toContain('--color-dprk:');
    expect(svg).toContain('prefers-color-scheme: dark');
    expect(svg).toMatch(/<(path|rect|circle|line|polygon)\b/);
    expect(svg).toMatch(/<text\b/);
    // No leftover HTML from the page around it.
    expect(svg).not.toMatch(/<(div|p|span|figure|button)\b/);
  });
});
