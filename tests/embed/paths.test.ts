import { describe, expect, it } from 'vitest';
import { embedDir, rootFromEmbedDir } from '../../src/embed/paths.ts';

describe('embed paths', () => {
  it('keeps the German default page at the address older embed codes use', () => {
    expect(embedDir({ chart: 'troops', lang: 'de', state: null }, 'phase-1')).toBe('embed/troops/');
    expect(embedDir({ chart: 'troops', lang: 'de', state: 'phase-1' }, 'phase-1')).toBe(
      'embed/troops/',
    );
  });
  it('gives each language and state its own directory', () => {
    expect(embedDir({ chart: 'troops', lang: 'en', state: null }, 'phase-1')).toBe(
      'embed/troops/en/',
    );
    expect(embedDir({ chart: 'troops', lang: 'de', state: 'phase-2' }, 'phase-1')).toBe(
      'embed/troops/phase-2/',
    );
    expect(embedDir({ chart: 'troops', lang: 'en', state: 'phase-2' }, 'phase-1')).toBe(
      'embed/troops/en/phase-2/',
    );
  });
  it('climbs back to the site root from any embed directory', () => {
    expect(rootFromEmbedDir('embed/troops/')).toBe('../../');
    expect(rootFromEmbedDir('embed/troops/en/phase-2/')).toBe('../../../../');
  });
});

describe('state ids and the language directory', () => {
  it('no chart has a state called like a language directory', async () => {
    const { chartMeta } = await import('../../src/charts/meta.ts');
    for (const meta of Object.values(chartMeta))
      for (const s of meta.states) expect(['de', 'en']).not.toContain(s.id);
  });
});
