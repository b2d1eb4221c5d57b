/**
 * Only http(s) links can come from the data, and no code path writes raw HTML: the checker refuses
 * every other URL scheme (with the path of the field), and nothing in src/ uses
 * dangerouslySetInnerHTML or other raw-HTML sinks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../../src/data/check.ts';
import { loadShipped } from './hostile-data.ts';

const BAD_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'jAvAsCrIpT:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'ftp://example.com/x',
  'blob:https://example.com/uuid',
  'https://',
];

describe('source urls', () => {
  const shipped = loadShipped();
  it.each(BAD_URLS)('%j is rejected at sources[2].url', (url) => {
    const d = structuredClone(shipped);
    d.sources[2]!.url = url;
    const result = checkDatasetText(JSON.stringify(d, null, 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const p = result.problems.find((x) => x.path === 'sources[2].url');
      expect(p, JSON.stringify(result.problems)).toBeDefined();
      expect(p!.line).toBeGreaterThan(1);
    }
  });

  it('every shipped source url is https or http', () => {
    for (const s of shipped.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(tsx?|html)$/.test(name) ? [p] : [];
  });
}

describe('no raw HTML sinks in src/', () => {
  const files = filesUnder('src');
  // Built without a DOM-sanitiser on purpose: React's escaping is the only way text reaches a page.
  const SINKS: [string, RegExp][] = [
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML/outerHTML assignment', /\.(inner|outer)HTML\s*\+?=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write(ln)?\s*\(/],
    ['eval / new Function', /\beval\s*\(|new Function\s*\(/],
  ];
  it('there are source files to scan', () => expect(files.length).toBeGreaterThan(20));
  it.each(SINKS)('no %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
  // The one parse of markup in the browser: the story's static figures, which the server rendered
  // through React into <noscript> and a scripted reader's browser kept as text, parsed back for
  // print. Nowhere else.
  it('DOMParser only where the print figures are unrolled', () => {
    const hits = files.filter((f) => /\bDOMParser\b/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([join('src', 'story', 'startup', 'print-figures.ts')]);
  });
});
