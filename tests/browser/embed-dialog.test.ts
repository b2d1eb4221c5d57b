/**
 * The embed dialog end to end, in Chromium: open it from a page that shows charts (the newsroom
 * page uses EmbedDialog), check keyboard behaviour and the copy confirmation, then paste both
 * snippets into a host page on another origin and check they work there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, launchBrowser, requireBuilt } from './harness.ts';
import { frameSizes, loadAllFrames, settleEach, startOrigins } from './embed-helpers.ts';

let browser: Browser;
let origins: Awaited<ReturnType<typeof startOrigins>>;

beforeAll(async () => {
  requireBuilt(PAGES.newsroom);
  origins = await startOrigins();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await origins?.close();
});

describe('EmbedDialog', () => {
  it('gives working snippets, is keyboard-usable and confirms the copy', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: origins.child.origin,
    });
    const page = await context.newPage();
    try {
      await page.goto(`${origins.child.url}${PAGES.newsroom}`);
      await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
      const opener = page.getByRole('button', { name: 'Einbetten' }).first();
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog[open]');
      await expect.poll(() => dialog.count()).toBe(1);
      // Labelled, modal, focus inside.
      const labelledBy = await dialog.getAttribute('aria-labelledby');
      expect(await page.locator(`[id="${labelledBy}"]`).textContent()).toContain(
        'Grafik einbetten',
      );
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
        true,
      );
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
          true,
        );
      }

      // English, dark: the code says so; the height gets measured.
      await dialog.getByLabel('Sprache').selectOption('en');
      await dialog.getByLabel('Farbschema').selectOption('dark');
      await expect
        .poll(() => dialog.locator('.embed-dialog__note').textContent(), { timeout: 20_000 })
        .toMatch(/Feste Höhe \d+ px/);
      // The recommended code starts at the preview's height once the preview reports it (the
      // overview is far taller than the 640 px guess).
      await expect
        .poll(() => dialog.locator('textarea').first().inputValue(), { timeout: 20_000 })
        .not.toContain('height="640"');
      const [script, fallback, amp] = await dialog
        .locator('textarea')
        .evaluateAll((t) => (t as HTMLTextAreaElement[]).map((a) => a.value));
      expect(amp).toMatch(/^<amp-iframe src="[^"]+\/embed\/[a-z]+\/en\/\?theme=dark"/);
      const chart = script?.match(/\/embed\/([a-z]+)\//)?.[1] as 'overview';
      expect(chart).toBeTruthy();
      expect(script).toContain(`src="${origins.child.origin}/embed/${chart}/en/?theme=dark"`);
      expect(script).toContain(`<script async src="${origins.child.origin}/embed.js"></script>`);
      expect(fallback).not.toContain('<script');

      // Copy: clipboard holds the code, a polite status says so.
      await dialog.getByRole('button', { name: 'Kopieren' }).first().click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Code kopiert.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

      // Esc closes and focus returns to the button that opened it.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);

      // Paste both snippets into a page on another origin.
      const host = (body: string) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>paste</title></head><body style="margin:0 auto;max-width:1280px">${body}</body></html>`;
      writeFileSync(join(origins.hostDir, 'paste.html'), host(script ?? ''));
      writeFileSync(join(origins.hostDir, 'paste-fallback.html'), host(fallback ?? ''));
      const hostPage = await context.newPage();
      await hostPage.setViewportSize({ width: 320, height: 700 });
      await hostPage.goto(`${origins.host.url}paste.html`);
      await loadAllFrames(hostPage, [chart]);
      expect(await settleEach(hostPage, [chart])).toEqual([]);
      const [sized] = await frameSizes(hostPage, [chart]);
      expect(sized?.theme).toBe('dark');

      // The fixed height fits the content from the narrowest phone to a wide desktop: nothing
      // cut off (tests/browser/embed-fixed-height.test.ts checks every width of every page).
      const fixedHeight = Number(/height="(\d+)"/.exec(fallback ?? '')?.[1]);
      expect(fixedHeight).toBeGreaterThan(200);
      await hostPage.goto(`${origins.host.url}paste-fallback.html`);
      await loadAllFrames(hostPage, [chart]);
      for (const width of [280, 320, 768, 1280]) {
        await hostPage.setViewportSize({ width, height: 700 });
        await expect
          .poll(async () => (await frameSizes(hostPage, [chart]))[0]!.clientWidth)
          .toBe(width);
        const [fixed] = await frameSizes(hostPage, [chart]);
        expect(fixed!.frameHeight).toBe(fixedHeight);
        expect(fixed!.contentHeight).toBeLessThanOrEqual(fixedHeight);
        expect(fixed!.scrollHeight).toBeLessThanOrEqual(fixed!.clientHeight);
      }
    } finally {
      await context.close();
    }
  });
});
