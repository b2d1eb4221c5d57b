/**
 * Embeds in a real Chromium, across origins: a host page on one 127.0.0.1 port embeds every chart
 * from dist/ on another port, once with our embed.js and once with pym.js's Parent. After load,
 * after narrowing the window to 320 px and after a theme change, every iframe is exactly as tall
 * as its content (±2 px) with no scrollbar; foreign windows and malformed messages resize nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/types.ts';
import { launchBrowser, requireBuilt } from './harness.ts';
import {
  childFrame,
  frameSizes,
  loadAllFrames,
  settleEach,
  startOrigins,
  type Origins,
} from './embed-helpers.ts';

let browser: Browser;
let origins: Origins;

beforeAll(async () => {
  requireBuilt('embed.js');
  for (const id of CHART_IDS) requireBuilt(`embed/${id}/index.html`);
  origins = await startOrigins();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await origins?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function open(path: string, width = 1024): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  context.on('weberror', (e) => errors.push(String(e.error())));
  const page = await context.newPage();
  await page.goto(`${origins.host.url}${path}`, { waitUntil: 'load' });
  return { context, page, errors };
}

async function heights(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height),
  );
}

describe.each([
  ['embed.js', 'embedjs.html'],
  ['pym.js Parent', 'pym.html'],
])('charts embedded with %s on another origin', (_name, path) => {
  let o: Opened;
  beforeAll(async () => {
    o = await open(path);
    await loadAllFrames(o.page);
  });
  afterAll(async () => o?.context.close());

  it('fit their content after load', async () => {
    expect(await settleEach(o.page)).toEqual([]);
    // The embeds are really there, not 150 px stubs.
    for (const s of await frameSizes(o.page)) expect(s.frameHeight).toBeGreaterThan(150);
  });

  it('fit again after the window narrows to 320 px', async () => {
    const before = await frameSizes(o.page);
    await o.page.setViewportSize({ width: 320, height: 800 });
    expect(await settleEach(o.page)).toEqual([]);
    const after = await frameSizes(o.page);
    // Narrow text wraps more, so at least one embed grew: the resize really happened.
    expect(after.some((a, i) => a.frameHeight > (before[i]?.frameHeight ?? 0) + 2)).toBe(true);
  });

  it('fit after a theme change sent by the host', async () => {
    await o.page.evaluate(() => {
      const w = window as unknown as { msmtTransfersEmbed?: { setTheme(t: string): void } };
      if (w.msmtTransfersEmbed) w.msmtTransfersEmbed.setTheme('dark');
      else
        for (const f of document.querySelectorAll('iframe'))
          f.contentWindow?.postMessage(
            { type: 'msmt-transfers:theme', theme: 'dark' },
            new URL(f.src).origin,
          );
    });
    await expect
      .poll(async () => (await frameSizes(o.page)).map((s) => s.theme))
      .toEqual(CHART_IDS.map(() => 'dark'));
    expect(await settleEach(o.page)).toEqual([]);
  });

  it('ignore messages from a foreign window and malformed ones from the embeds', async () => {
    const before = await heights(o.page);
    // A frame on a third origin posts every format to its parent (the host page) ...
    await o.page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'foreign';
      document.body.append(f);
      return new Promise((r) => f.addEventListener('load', r));
    }, `${origins.foreign.url}foreign.html`);
    // ... a window.open()ed page on that origin does the same through opener ...
    const popup = o.page.waitForEvent('popup');
    await o.page.evaluate((src) => void window.open(src), `${origins.foreign.url}foreign.html`);
    const win = await popup;
    await win.waitForFunction(() => document.title === 'sent');
    // ... the host page itself posts them ...
    await o.page.evaluate(() => {
      postMessage({ type: 'msmt-transfers:height', chart: 'troops', height: 3333, v: 1 }, '*');
      postMessage({ sentinel: 'amp', type: 'embed-size', height: 3333 }, '*');
    });
    // ... and a real embed sends wrong shapes and absurd values.
    await childFrame(o.page, 'troops').evaluate(() => {
      for (const m of [
        { type: 'msmt-transfers:height', chart: 'troops', height: '3333', v: 1 },
        { type: 'msmt-transfers:height', chart: 'troops', height: -1, v: 1 },
        { type: 'msmt-transfers:height', chart: 'troops', height: NaN, v: 1 },
        { type: 'msmt-transfers:height', chart: 'troops', height: 3333, v: 9 },
        { sentinel: 'amp', type: 'embed-size' },
        { 'datawrapper-height': { troops: 3333 } },
        'garbage',
      ])
        parent.postMessage(m, '*');
    });
    await new Promise((r) => setTimeout(r, 500));
    await win.close();
    const after = (await heights(o.page)).slice(0, before.length);
    expect(after).toEqual(before);
    expect(o.errors).toEqual([]);
  });
});

describe('host and child edge cases', () => {
  it('works when included twice', async () => {
    const o = await open('embedjs-twice.html');
    try {
      await loadAllFrames(o.page);
      expect(await settleEach(o.page)).toEqual([]);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });

  it.each(['embedjs.html', 'pym.html'])(
    '%s: a child whose content follows its viewport (100vh) stops growing',
    async (path) => {
      const o = await open(path);
      try {
        await loadAllFrames(o.page, ['troops']);
        await childFrame(o.page, 'troops').evaluate(() => {
          const tall = document.createElement('div');
          tall.style.height = '100vh';
          document.querySelector('.embed')?.append(tall);
        });
        const sample = async () => (await heights(o.page))[1] ?? 0; // troops is the second iframe
        await new Promise((r) => setTimeout(r, 1500));
        const a = await sample();
        await new Promise((r) => setTimeout(r, 1000));
        const b = await sample();
        expect(b).toBe(a);
        // Stopped by the child's own guard, well before the host's 5000 px clamp.
        expect(b).toBeLessThan(4000);
      } finally {
        await o.context.close();
      }
    },
  );
});
