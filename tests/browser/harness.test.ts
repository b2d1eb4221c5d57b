/**
 * The detectors the other browser tests rely on, proven on a deliberately bad page: if these stop
 * catching problems, every "no problems" assertion elsewhere would pass for nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  cspViolations,
  launchBrowser,
  listProblems,
  openPage,
  serveDir,
  type StaticServer,
} from './harness.ts';

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'harness-'));
  writeFileSync(
    join(dir, 'bad.html'),
    `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<link rel="icon" href="data:,"><title>bad</title></head><body>
<img src="https://example.invalid/x.png" alt="">
<img src="missing.png" alt="">
<script src="bad.js"></script>
<script>window.inlineRan = true</script>
</body></html>`,
  );
  writeFileSync(join(dir, 'bad.js'), 'console.error("boom from bad.js");');
  writeFileSync(
    join(dir, 'good.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>good</title>
<link rel="icon" href="data:,"></head><body><main><h1>Fine</h1><p>Text.</p></main></body></html>`,
  );
  writeFileSync(
    join(dir, 'framed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"></head><body><main><h1>Host</h1>
<iframe src="unlabelled.html" title="child"></iframe></main></body></html>`,
  );
  writeFileSync(
    join(dir, 'unlabelled.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>child</title>
<link rel="icon" href="data:,"></head><body><main><input type="text"></main></body></html>`,
  );
  writeFileSync(
    join(dir, 'sandboxed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"></head><body><main><h1>Host</h1>
<iframe sandbox src="unlabelled.html" title="child"></iframe></main></body></html>`,
  );
  writeFileSync(join(dir, 'data.json'), JSON.stringify({ a: 'x'.repeat(2000) }));
  writeFileSync(join(dir, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  server = await serveDir(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves MIME types, gzip on request and 404 for missing files, only on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const json = await fetch(`${server.url}data.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    // fetch decodes transparently; the length header is the compressed size
    expect(Number(json.headers.get('content-length'))).toBeLessThan(200);
    expect(((await json.json()) as { a: string }).a).toHaveLength(2000);
    const font = await fetch(`${server.url}font.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(font.headers.get('content-encoding')).toBeNull();
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});

describe('page problem detectors', () => {
  it('catch console errors, 404s, foreign requests and CSP violations on a bad page', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    await page.goto(`${server.url}bad.html`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const lines = listProblems(problems);
    expect(lines.some((l) => l.includes('boom from bad.js'))).toBe(true);
    expect(
      problems.failedRequests.some((l) => l.includes('missing.png') && l.includes('404')),
    ).toBe(true);
    expect(problems.foreignRequests).toContain('https://example.invalid/x.png');
    expect((await cspViolations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await context.close();
  });

  it('report nothing on a clean page, and axe passes it', async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    await page.goto(`${server.url}good.html`, { waitUntil: 'load' });
    expect(listProblems(problems)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  /** axe's lines for one of the test pages. */
  async function axeOn(file: string): Promise<string[]> {
    const { context, page } = await openPage(browser, server.origin);
    try {
      await page.goto(`${server.url}${file}`, { waitUntil: 'load' });
      return await axeViolations(page);
    } finally {
      await context.close();
    }
  }

  it('axe finds violations on an inaccessible page', async () => {
    expect((await axeOn('bad.html')).some((v) => v.startsWith('html-has-lang'))).toBe(true);
  });

  it('axe checks inside a same-origin frame too (as the embed dialog’s preview is)', async () => {
    const violations = await axeOn('framed.html');
    expect(violations.some((v) => v.startsWith('label') && v.includes('iframe'))).toBe(true);
  });

  it('axe says so when it cannot test a frame, instead of passing it unchecked', async () => {
    // A sandbox without scripts: axe cannot run inside, so the unlabelled input goes unseen.
    const violations = await axeOn('sandboxed.html');
    expect(violations.some((v) => v.startsWith('frame-tested') && v.includes('iframe'))).toBe(true);
  });

  it('forgive the loads a removed iframe cancels, but not those a frame that stays lost', async () => {
    // A script that never arrives keeps each child frame loading until the test cuts it off.
    const hanging = createServer((req, res) => {
      if (req.url?.startsWith('/never.js')) return;
      res.setHeader('content-type', 'text/html');
      if (req.url === '/child') res.end('<script src="/never.js"></script>');
      else
        res.end(
          '<title>host</title><iframe id="gone" src="/child"></iframe><iframe id="stays" src="/child"></iframe>',
        );
    });
    await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const { context, page, problems } = await openPage(browser, origin);
    try {
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await expect
        .poll(() => problems.requests.filter((r) => r.endsWith('/never.js')).length)
        .toBe(2);
      await page.evaluate(() => document.getElementById('gone')!.remove());
      await page
        .frames()
        .find((f) => f.parentFrame() && !f.isDetached())!
        .evaluate(() => window.stop());
      await expect.poll(() => problems.abortedInFrames.length).toBe(2);
      await expect
        .poll(() => listProblems(problems))
        .toEqual([expect.stringMatching(/never\.js \(net::ERR_ABORTED\)$/)]);
    } finally {
      await context.close();
      hanging.closeAllConnections();
      await new Promise((done) => hanging.close(done));
    }
  });
});
