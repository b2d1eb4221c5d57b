import { describe, expect, it } from 'vitest';
import { oembedFiles } from '../../scripts/build/oembed-files.ts';
import { oembed, oembedPath } from '../../src/embed/oembed.ts';
import { fixedHeight } from '../../src/embed/fixed-height.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const data = loadDatasetFile(new URL('../../data/transfers.json', import.meta.url).pathname);

const input = {
  title: 'Troops',
  providerName: 'MSMT',
  providerUrl: 'https://news.example/msmt/',
  page: 'https://news.example/msmt/embed/troops/en/',
  script: 'https://news.example/msmt/embed.js',
  height: 1110,
  thumbnail: { url: 'https://news.example/msmt/share/troops-en.png', width: 1200, height: 630 },
};

describe('oembed', () => {
  it('is a rich oEmbed 1.0 response with the iframe code, its size and a thumbnail', () => {
    const o = oembed(input);
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Troops',
      provider_name: 'MSMT',
      provider_url: 'https://news.example/msmt/',
      width: 640,
      height: 1110,
      thumbnail_url: 'https://news.example/msmt/share/troops-en.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(o.html).toContain('src="https://news.example/msmt/embed/troops/en/"');
    expect(o.html).toContain('height="1110"');
    expect(o.html).toContain('<script async src="https://news.example/msmt/embed.js"></script>');
  });

  it('refuses relative URLs', () => {
    expect(() => oembed({ ...input, page: '../embed/troops/' })).toThrow(/absolute/);
  });

  it('lives next to its page', () => {
    expect(oembedPath('embed/troops/en/estimates/')).toBe('embed/troops/en/estimates/oembed.json');
  });
});

describe('oembedFiles (build)', () => {
  it('writes nothing without SITE_URL', () => {
    expect(oembedFiles(data, undefined, () => true).size).toBe(0);
  });

  it('writes one file per built page, chart and language, absolute under SITE_URL', () => {
    const all = oembedFiles(data, 'https://news.example/msmt', () => true);
    // Every chart in both languages, every state.
    for (const id of CHART_IDS) {
      expect(all.has(`embed/${id}/oembed.json`), id).toBe(true);
      expect(all.has(`embed/${id}/en/oembed.json`), id).toBe(true);
    }
    const troopsEn = JSON.parse(all.get('embed/troops/en/oembed.json')!) as Record<string, string>;
    expect(troopsEn.html).toContain('src="https://news.example/msmt/embed/troops/en/"');
    expect(troopsEn.thumbnail_url).toBe('https://news.example/msmt/share/troops-en.png');
    expect(troopsEn.height).toBe(fixedHeight('embed/troops/en/'));
    const state = JSON.parse(all.get('embed/troops/en/estimates/oembed.json')!) as Record<
      string,
      string
    >;
    expect(state.html).toContain('src="https://news.example/msmt/embed/troops/en/estimates/"');
    // Only pages the build wrote.
    const some = oembedFiles(data, 'https://news.example/msmt/', (dir) => dir === 'embed/troops/');
    expect([...some.keys()]).toEqual(['embed/troops/oembed.json']);
  });

  it('stops on a SITE_URL that is not an absolute http(s) URL', () => {
    expect(() => oembedFiles(data, 'news.example', () => true)).toThrow(/SITE_URL/);
  });
});
