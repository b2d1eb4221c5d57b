import { describe, expect, it } from 'vitest';
import {
  SHARE_HEIGHT,
  SHARE_WIDTH,
  pngSize,
  renderSharePng,
  renderShareSvg,
} from '../../scripts/build/share-image.ts';
import { charts } from '../../src/charts/registry.ts';
import { formatDate } from '../../src/lib/format.ts';
import { SHIPPED, load } from './helpers.ts';

describe('share card', () => {
  const data = load(SHIPPED);

  it.each(['de', 'en'] as const)('is a 1200×630 PNG (%s)', (lang) => {
    const png = renderSharePng(data, lang, charts.overview);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([SHARE_WIDTH, SHARE_HEIGHT]).toEqual([1200, 630]);
  });

  it('carries the date of the data and no unresolved CSS variables', () => {
    const de = renderShareSvg(data, 'de', charts.overview);
    const en = renderShareSvg(data, 'en', charts.overview);
    expect(de).toContain(`Stand: ${formatDate(data.meta.updated, 'de')}`);
    expect(en).toContain(`Updated: ${formatDate(data.meta.updated, 'en')}`);
    expect(de).not.toMatch(/var\(--/);
    expect(de.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
