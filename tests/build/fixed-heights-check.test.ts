import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTextHash, stalePages } from '../../scripts/build/fixed-heights-check.ts';

const page = (words: string, asset = 'embed-abc123.js') =>
  `<html><head><script src="../../assets/${asset}"></script></head><body><div id="root"><main class="embed" data-x="1"><h2 id="_R_1_">${words}</h2><style>.x{}</style></main></div></body></html>`;

describe('fixed heights check', () => {
  const dist = mkdtempSync(join(tmpdir(), 'fixed-heights-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('hashes the words on the page, not its markup, ids or asset names', () => {
    expect(pageTextHash(page('Troops'))).toBe(pageTextHash(page('Troops', 'embed-zzz999.js')));
    expect(pageTextHash(page('Troops'))).toBe(
      pageTextHash(page('Troops').replace('_R_1_', '_R_9_')),
    );
    expect(pageTextHash(page('Troops'))).not.toBe(pageTextHash(page('Troops, updated')));
  });

  it('names the pages whose words changed or were never measured', () => {
    for (const [dir, words] of [
      ['embed/troops/', 'Troops'],
      ['embed/troops/en/', 'Troops in English'],
      ['embed/routes/', 'Routes'],
    ] as const) {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, 'index.html'), page(words));
    }
    const measured = {
      'embed/troops/': pageTextHash(page('Troops')),
      'embed/routes/': pageTextHash(page('Routes, before the correction')),
    };
    expect(stalePages(dist, measured)).toEqual(['embed/routes/', 'embed/troops/en/']);
  });
});
