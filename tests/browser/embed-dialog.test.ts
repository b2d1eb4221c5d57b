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
      const [script, fallback] = await dialog
        .locator('textarea')
        .evaluateAll((t) => (t as HTMLTextAreaElement[]).map((a) => a.value));
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
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>paste</title></head><body style="margin:0 auto;max-width:700px">${body}</body></html>`;
      writeFileSync(join(origins.hostDir, 'paste.html'), host(script ?? ''));
      writeFileSync(join(origins.hostDir, 'paste-fallback.html'), host(fallback ?? ''));
      const hostPage = await context.newPage();
      await hostPage.setViewportSize({ width: 320, height: 700 });
      await hostPage.goto(`${origins.host.url}paste.html`);
      await loadAllFrames(hostPage, [chart]);
      expect(await settleEach(hostPage, [chart])).toEqual([]);
      const [sized] = await frameSizes(hostPage, [chart]);
      expect(sized?.theme).toBe('dark');

      // The fixed height fits the content at 320 px: nothing cut off, no scrollbar needed.
      await hostPage.goto(`${origins.host.url}paste-fallback.html`);
      await loadAllFrames(hostPage, [chart]);
      const [fixed] = await frameSizes(hostPage, [chart]);
      expect(fixed!.frameHeight).toBeGreaterThanOrEqual(fixed!.contentHeight);
      expect(fixed!.frameHeight - fixed!.contentHeight).toBeLessThan(60);
    } finally {
      await context.close();
    }
  });
});
