import { describe, expect, it } from 'vitest';
import { embedPublishingHead } from '../../src/embed/head.ts';

const base = {
  chart: 'troops' as const,
  lang: 'en' as const,
  dir: 'embed/troops/en/estimates/',
  title: 'Troops – What North Korea supplies',
  description: 'Unit chart "x" <y>',
  siteName: 'What North Korea supplies',
};

describe('embedPublishingHead', () => {
  it('with SITE_URL: absolute canonical, og:url, card and the oEmbed link', () => {
    const head = embedPublishingHead({ ...base, siteUrl: 'https://news.example/msmt' });
    const page = 'https://news.example/msmt/embed/troops/en/estimates/';
    expect(head).toContain(`<link rel="canonical" href="${page}" />`);
    expect(head).toContain(`<meta property="og:url" content="${page}" />`);
    expect(head).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${page}oembed.json" title="Troops – What North Korea supplies" />`,
    );
    expect(head).toContain(
      '<meta property="og:image" content="https://news.example/msmt/share/troops-en.png" />',
    );
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head).toContain('<meta property="og:locale" content="en_GB" />');
    expect(head).toContain('content="Unit chart &quot;x&quot; &lt;y&gt;"');
  });

  it('without SITE_URL: its own card, relative to the page; nothing that must be absolute', () => {
    const head = embedPublishingHead(base);
    expect(head).toContain(
      '<meta property="og:image" content="../../../../share/troops-en.png" />',
    );
    expect(head).not.toContain('canonical');
    expect(head).not.toContain('og:url');
    expect(head).not.toContain('oembed');
  });
});
