import { describe, expect, it } from 'vitest';
import {
  embedUrls,
  ampSnippet,
  fallbackSnippet,
  oembedSnippet,
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

  it('point at the page of the language and state (prerendered), theme in the query, and at embed.js', () => {
    const root = 'https://news.example/msmt/';
    expect(
      embedUrls(root, 'troops', { lang: 'de', theme: 'host', state: null }, 'phase-1'),
    ).toEqual({
      page: 'https://news.example/msmt/embed/troops/',
      script: 'https://news.example/msmt/embed.js',
    });
    expect(
      embedUrls(root, 'troops', { lang: 'en', theme: 'host', state: 'phase-1' }, 'phase-1').page,
    ).toBe('https://news.example/msmt/embed/troops/en/');
    expect(embedUrls(root, 'routes', { lang: 'en', theme: 'dark', state: 'air' }, 'sea').page).toBe(
      'https://news.example/msmt/embed/routes/en/air/?theme=dark',
    );
    expect(
      embedUrls(root, 'routes', { lang: 'de', theme: 'light', state: 'air' }, 'sea').page,
    ).toBe('https://news.example/msmt/embed/routes/air/?theme=light');
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

  it('oEmbed: the fixed height, marked for embed.js, which fits it when the consumer keeps scripts', () => {
    const code = oembedSnippet(page, 'https://news.example/msmt/embed.js', 'T', 1110);
    expect(code).toContain(
      '<iframe data-transfers-embed src="https://news.example/msmt/embed/troops/?lang=en"',
    );
    expect(code).toContain('height="1110"');
    // If the script is stripped the fixed height stands, and nothing is ever unscrollable.
    expect(code).not.toContain('scrolling="no"');
    expect(
      code.match(/<script async src="https:\/\/news.example\/msmt\/embed.js"><\/script>/g),
    ).toHaveLength(1);
  });

  it('AMP: a resizable amp-iframe at the fixed height, with the overflow button and a placeholder', () => {
    const code = ampSnippet(page, 'Troops "now"', 1110, { more: 'Show all', loading: 'Loading' });
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/news.example\/msmt\/embed\/troops\/\?lang=en" /,
    );
    expect(code).toContain('title="Troops &quot;now&quot;"');
    expect(code).toContain('layout="fixed-height" height="1110"');
    expect(code).toContain(' resizable ');
    // AMP needs scripts and the frame's own origin for the embed to run and post embed-size.
    expect(code).toContain('sandbox="allow-scripts allow-same-origin');
    expect(code).toContain('<button overflow type="button">Show all</button>');
    expect(code).toContain('<p placeholder>Loading</p>');
    expect(code.endsWith('</amp-iframe>')).toBe(true);
    expect(code).not.toContain('<script');
  });
});
