import { describe, expect, it } from 'vitest';
import {
  embedUrls,
  fallbackHeight,
  fallbackSnippet,
  scriptSnippet,
  siteRootUrl,
} from '../../src/embed/snippets.ts';

describe('embed URLs', () => {
  it('resolve the site root from the page address, wherever dist/ is published', () => {
    expect(siteRootUrl('https://news.example/2025/msmt/index.html#troops', './')).toBe(
      'https://news.example/2025/msmt/',
    );
    expect(siteRootUrl('https://news.example/2025/msmt/en/?x=1', '../')).toBe(
      'https://news.example/2025/msmt/',
    );
  });

  it('point at the embed page with only non-default options, and at embed.js', () => {
    const root = 'https://news.example/msmt/';
    expect(embedUrls(root, 'troops', { lang: 'de', theme: 'host', state: null })).toEqual({
      page: 'https://news.example/msmt/embed/troops/',
      script: 'https://news.example/msmt/embed.js',
    });
    expect(embedUrls(root, 'routes', { lang: 'en', theme: 'dark', state: 'sea' }).page).toBe(
      'https://news.example/msmt/embed/routes/?lang=en&theme=dark&state=sea',
    );
  });
});

describe('snippets', () => {
  const page = 'https://news.example/msmt/embed/troops/?lang=en';
  it('script snippet: marked iframe with title and height, plus async embed.js', () => {
    const code = scriptSnippet(page, 'https://news.example/msmt/embed.js', 'Troops "now"', 612);
    expect(code).toContain(
      '<iframe data-transfers-embed src="https://news.example/msmt/embed/troops/?lang=en"',
    );
    expect(code).toContain('title="Troops &quot;now&quot;"');
    expect(code).toContain('height="612"');
    expect(code).toContain('scrolling="no"');
    expect(code).toContain('<script async src="https://news.example/msmt/embed.js"></script>');
    // Parses as exactly one iframe and one script.
    expect(code.match(/<iframe/g)).toHaveLength(1);
    expect(code.match(/<script/g)).toHaveLength(1);
  });

  it('fallback: no script, fixed height, scrolling allowed', () => {
    const code = fallbackSnippet(page, 'T', 900);
    expect(code).not.toContain('<script');
    expect(code).not.toContain('scrolling="no"');
    expect(code).toContain('height="900"');
  });

  it('fixed height: tallest measurement plus margin, rounded up to 10', () => {
    expect(fallbackHeight([812, 640])).toBe(840);
    expect(fallbackHeight([null, 500])).toBe(530);
    expect(fallbackHeight([null, null])).toBe(670);
  });
});
