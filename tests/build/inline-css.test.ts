import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets, rebaseCss } from '../../scripts/build/inline-css.ts';

describe('inline-css build step', () => {
  it('rebases relative url()s from the stylesheet folder to the page folder', () => {
    const css = '@font-face{src:url(./a.woff2)}b{background:url("x/y.png")}c{d:url(data:x)}';
    const out = rebaseCss(css, '/site/assets/s.css', '/site/embed/troops');
    expect(out).toContain('url(../../assets/a.woff2)');
    expect(out).toContain('url("../../assets/x/y.png")');
    expect(out).toContain('url(data:x)');
  });

  it('replaces stylesheet links with <style> and leaves other links alone', () => {
    const site = mkdtempSync(join(tmpdir(), 'inline-css-'));
    mkdirSync(join(site, 'assets'));
    mkdirSync(join(site, 'en'));
    writeFileSync(join(site, 'assets', 's.css'), 'p{src:url(./f.woff2)}');
    const html =
      '<head><link rel="stylesheet" crossorigin href="../assets/s.css">' +
      '<link rel="preload" as="font" href="../assets/f.woff2"></head>';
    const out = inlineStylesheets(html, join(site, 'en', 'index.html'));
    expect(out).toBe(
      '<head><style>p{src:url(../assets/f.woff2)}</style>' +
        '<link rel="preload" as="font" href="../assets/f.woff2"></head>',
    );
  });

  it('refuses CSS that would close the style element', () => {
    const site = mkdtempSync(join(tmpdir(), 'inline-css-'));
    writeFileSync(join(site, 'bad.css'), 'p{content:"</style><script>"}');
    expect(() =>
      inlineStylesheets('<link rel="stylesheet" href="./bad.css">', join(site, 'index.html')),
    ).toThrow(/<\/style/);
  });
});
