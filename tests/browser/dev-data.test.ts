/**
 * `npm run dev` with a live dataset, in real Chromium: editing the data updates the newsroom page in
 * place (no reload); an invalid edit shows the checker's `FILE:LINE:COL  PATH  message` in Vite's
 * overlay while the page keeps its last valid render (also after a reload); fixing the file
 * clears the overlay and the page follows. The dev server previews a temp copy of the dataset
 * (MSMT_DEV_DATA_FILE), so data/transfers.json is never touched. Port: DEV_TEST_PORT (e.g. 5199)
 * or a free one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchBrowser } from './harness.ts';

let PORT = 0;
let URL_ = '';
const ROW = 'tr[data-figure="troops-phase-2"]';

const dir = mkdtempSync(join(tmpdir(), 'msmt-dev-data-'));
const FILE = join(dir, 'transfers.json');
cpSync(join(ROOT, 'data/transfers.json'), FILE);
const original = readFileSync(FILE, 'utf8');
const shippedBefore = readFileSync(join(ROOT, 'data/transfers.json'), 'utf8');

/** troops-phase-2's value, the first `"value": 3000` in the file. */
function withPhase2(value: string): string {
  const needle = '"value": 3000';
  expect(original.indexOf(needle)).toBeGreaterThan(original.indexOf('"id": "troops-phase-2"'));
  return original.replace(needle, `"value": ${value}`);
}
/**
 * Save the dataset in one step, as editors that write a temp file and rename it do: a plain write
 * truncates first, and the dev server's watcher could read the empty file in between (a spurious
 * "invalid JSON" overlay that made this test flaky).
 */
let saves = 0;
function save(text: string): void {
  const temp = join(dir, `transfers.${++saves}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, FILE);
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

let vite: ChildProcess;
let log = '';
let browser: Browser;
let page: Page;

/** A port nobody listens on now (two test runs on one machine must not share a dev server). */
async function freePort(): Promise<number> {
  if (process.env.DEV_TEST_PORT) return Number(process.env.DEV_TEST_PORT);
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function startVite(): Promise<void> {
  PORT = await freePort();
  URL_ = `http://localhost:${PORT}/src/pages/newsroom.html`;
  vite = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['--port', String(PORT), '--strictPort', '--clearScreen', 'false'],
    // NO_COLOR: with CI set, Vite colours its banner and the port number would sit between escape codes.
    {
      cwd: ROOT,
      env: { ...process.env, MSMT_DEV_DATA_FILE: FILE, BROWSER: 'none', NO_COLOR: '1' },
    },
  );
  vite.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  vite.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (vite.exitCode !== null) throw new Error(`vite exited:\n${log}`);
    // Our own server said it listens (not some other process on the port), and it answers.
    // eslint-disable-next-line no-control-regex -- strip ANSI colour codes from Vite's banner
    if (log.replace(/\u001b\[[0-9;]*m/g, '').includes(`:${PORT}/`))
      try {
        // A first request can wait on dependency optimisation: give each try its own time limit.
        if ((await fetch(URL_, { signal: AbortSignal.timeout(10_000) })).ok) return;
      } catch {
        // not ready yet
      }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`vite did not start on port ${PORT}:\n${log}`);
}

const rowText = () => page.locator(ROW).textContent();
const noReload = () =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload);
const overlayText = () =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
const waitForRow = (text: string) =>
  page.waitForFunction(
    ([sel, t]) => document.querySelector(sel!)?.textContent?.includes(t!) ?? false,
    [ROW, text],
    { timeout: 30_000 },
  );

beforeAll(async () => {
  await startVite();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(URL_, { waitUntil: 'load' });
  await page.locator(ROW).waitFor({ timeout: 60_000 });
  // Survives hot updates, not reloads: tells an in-place update from a page reload.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (vite && vite.exitCode === null) vite.kill('SIGTERM');
  expect(readFileSync(join(ROOT, 'data/transfers.json'), 'utf8')).toBe(shippedBefore);
});

describe('npm run dev: live dataset', () => {
  it('renders the newsroom page from the dataset', async () => {
    expect(await rowText()).toContain('rund 3.000 Soldaten');
  });

  it('a valid edit updates the page at once, without a reload', async () => {
    save(withPhase2('4500'));
    await waitForRow('rund 4.500 Soldaten');
    expect(await noReload()).toBe(true);
  });

  it('an invalid edit shows FILE:LINE:COL  PATH  message in the overlay; the page keeps its data', async () => {
    const broken = withPhase2('"4.500 Soldaten"');
    save(broken);
    await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 30_000 });
    const line = lineOf(broken, '"value": "4.500 Soldaten"');
    const col = broken.split('\n')[line - 1]!.indexOf('"4.500') + 1;
    expect(await overlayText()).toContain(
      `${FILE}:${line}:${col}  transfers[1].quantity.value  expected a number, found "4.500 Soldaten"`,
    );
    expect(await rowText()).toContain('rund 4.500 Soldaten');
    expect(await noReload()).toBe(true);
  });

  it('fixing the file clears the overlay and the page follows, in place', async () => {
    save(withPhase2('5000'));
    await waitForRow('rund 5.000 Soldaten');
    await page.waitForSelector('vite-error-overlay', { state: 'detached', timeout: 10_000 });
    expect(await noReload()).toBe(true);
  });

  it('a reload while the file is invalid still shows the last valid data', async () => {
    save(withPhase2('"viele"'));
    await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 30_000 });
    await page.reload({ waitUntil: 'load' });
    await page.locator(ROW).waitFor({ timeout: 30_000 });
    expect(await rowText()).toContain('rund 5.000 Soldaten');
    // Fixed again: the page follows (Vite reloads a page that was opened with an error showing).
    save(withPhase2('6000'));
    await waitForRow('rund 6.000 Soldaten');
  });
});
