import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PARAMS,
  THEME_CHOICES,
  embedQuery,
  parseEmbedParams,
} from '../../src/embed/params.ts';

describe('parseEmbedParams', () => {
  it('reads lang, theme, state and childId', () => {
    expect(parseEmbedParams('?lang=en&theme=dark&state=phase-2&childId=pym-0-ab12c')).toEqual({
      lang: 'en',
      theme: 'dark',
      themePinned: true,
      state: 'phase-2',
      childId: 'pym-0-ab12c',
    });
  });

  it('defaults to German, a light theme the host page may change, default state, no pym', () => {
    expect(parseEmbedParams('')).toEqual(DEFAULT_PARAMS);
    expect(DEFAULT_PARAMS).toEqual({
      lang: 'de',
      theme: 'light',
      themePinned: false,
      state: null,
      childId: null,
    });
    // Named explicitly, light is pinned: the host page's scheme does not change it.
    expect(parseEmbedParams('?theme=light')).toMatchObject({ theme: 'light', themePinned: true });
  });

  it('falls back on unknown or hostile values instead of failing', () => {
    expect(parseEmbedParams('?lang=fr&theme=sepia&state=%3Cscript%3E&childId=a%22b')).toEqual(
      DEFAULT_PARAMS,
    );
    expect(parseEmbedParams('?lang=&theme=&state=')).toEqual(DEFAULT_PARAMS);
    expect(parseEmbedParams(`?state=${'a'.repeat(200)}`).state).toBeNull();
  });

  it('tolerates case and spaces in lang/theme', () => {
    const p = parseEmbedParams('?lang=EN&theme=%20Light%20');
    expect(p.lang).toBe('en');
    expect(p.theme).toBe('light');
  });

  it('keeps only states the chart has when told which', () => {
    expect(parseEmbedParams('?state=phase-2', ['default', 'phase-2']).state).toBe('phase-2');
    expect(parseEmbedParams('?state=phase-9', ['default', 'phase-2']).state).toBeNull();
  });

  it('never throws and always returns valid values for any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseEmbedParams(s);
        expect(['de', 'en']).toContain(p.lang);
        expect(['auto', 'light', 'dark']).toContain(p.theme);
        if (p.childId !== null) expect(p.childId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }),
    );
  });
});

describe('embedQuery', () => {
  it('leaves defaults out and round-trips through the parser', () => {
    expect(embedQuery({ lang: 'de', theme: 'host' })).toBe('');
    for (const theme of THEME_CHOICES)
      expect(parseEmbedParams(embedQuery({ theme }))).toMatchObject(
        theme === 'host' ? { theme: 'light', themePinned: false } : { theme, themePinned: true },
      );
    const q = embedQuery({ lang: 'en', theme: 'dark', state: 'phase-2' });
    expect(q).toBe('?lang=en&theme=dark&state=phase-2');
    expect(parseEmbedParams(q)).toMatchObject({ lang: 'en', theme: 'dark', state: 'phase-2' });
  });
});
