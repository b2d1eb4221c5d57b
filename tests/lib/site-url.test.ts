import { describe, expect, it } from 'vitest';
import { siteBase, siteLink } from '../../src/pages/site-url.ts';

describe('siteBase', () => {
  it('is the published folder, ending in "/", without query or hash', () => {
    expect(siteBase('https://news.example/msmt')?.href).toBe('https://news.example/msmt/');
    expect(siteBase('https://news.example/msmt/?x=1#y')?.href).toBe('https://news.example/msmt/');
    expect(siteBase(undefined)).toBeNull();
    expect(siteBase('')).toBeNull();
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(() => siteBase('news.example/msmt')).toThrow(/SITE_URL/);
    expect(() => siteBase('javascript:alert(1)//')).toThrow(/SITE_URL/);
    expect(() => siteBase('ftp://news.example/')).toThrow(/SITE_URL/);
  });
});

describe('siteLink', () => {
  it('is absolute with a base, else relative from the page’s depth', () => {
    const base = siteBase('https://news.example/msmt/');
    expect(siteLink(base, 'share/overview-de.png', 0)).toBe(
      'https://news.example/msmt/share/overview-de.png',
    );
    expect(siteLink(null, 'share/overview-de.png', 0)).toBe('./share/overview-de.png');
    expect(siteLink(null, 'share/overview-en.png', 1)).toBe('../share/overview-en.png');
  });
});
