import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ENTRY_LOADER,
  ENTRY_TEMPLATE_ID,
  cspHashOf,
  deferEntryScripts,
} from '../../scripts/vite/entry-on-demand.ts';
import { contentSecurityPolicy, policyFor } from '../../scripts/vite/csp-plugin.ts';

const BUILT = `<!doctype html><html><head><meta charset="utf-8">
<script type="module" crossorigin src="../../assets/embed-A1.js"></script>
<link rel="modulepreload" crossorigin href="../../assets/types-B2.js">
<link rel="stylesheet" crossorigin href="../../assets/embed-C3.css">
</head><body><div id="root"><main>chart</main></div></body></html>`;

describe('entry-on-demand build step', () => {
  it('moves the entry script and its preloads into an inert template the loader starts', () => {
    const html = deferEntryScripts(BUILT);
    const template = new RegExp(
      `<template id="${ENTRY_TEMPLATE_ID}">([\\s\\S]*?)</template><script>([\\s\\S]*?)</script>`,
    ).exec(html);
    expect(template?.[1]).toContain('src="../../assets/embed-A1.js"');
    expect(template?.[1]).toContain('href="../../assets/types-B2.js"');
    expect(template?.[2]).toBe(ENTRY_LOADER);
    // In the head, where the entry was: a frame fetches it as early as before.
    expect(html.indexOf('<template')).toBeLessThan(html.indexOf('</head>'));
    const outside = html.replace(template![0], '');
    expect(outside).not.toContain('<script');
    expect(outside).not.toContain('modulepreload');
    // Stylesheets stay where they are (inlined later).
    expect(outside).toContain('rel="stylesheet"');
    expect(html).toContain('<main>chart</main>');
  });

  it('stops the build when the page has no entry script to defer', () => {
    expect(() => deferEntryScripts('<html><body></body></html>')).toThrow(/no module entry/);
  });

  it('hashes as the browser does (sha256 of the UTF-8 text, base64)', () => {
    const expected = createHash('sha256').update(Buffer.from('é;', 'utf8')).digest('base64');
    expect(cspHashOf('é;')).toBe(`'sha256-${expected}'`);
  });
});

describe('CSP for a built page', () => {
  it('allows the loader by its hash and nothing broader', () => {
    const policy = policyFor(deferEntryScripts(BUILT), 'embed.html');
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${cspHashOf(ENTRY_LOADER)}`);
    expect(policyFor(BUILT, 'index.html')).toBe(contentSecurityPolicy());
  });

  it('stops the build on any other inline script, naming the file', () => {
    const page = BUILT.replace('</body>', '<script>alert(1)</script></body>');
    expect(() => policyFor(page, 'src/pages/embed.html')).toThrow(
      /src\/pages\/embed\.html: an inline script the CSP does not allow \(alert\(1\)/,
    );
  });

  it('ignores JSON data islands', () => {
    const page = BUILT.replace(
      '</body>',
      '<script type="application/ld+json">{"@type":"Article"}</script></body>',
    );
    expect(policyFor(page, 'index.html')).toBe(contentSecurityPolicy());
  });
});
