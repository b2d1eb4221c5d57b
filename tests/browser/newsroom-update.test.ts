/**
 * "Daten aktualisieren" on the built newsroom page, in real Chromium: the sheet code (checker,
 * sheet reader, ExcelJS) is loaded only when a file is dropped and never by the story or embeds;
 * a dropped workbook (the one the build puts beside the page, one figure changed) shows the
 * changes, the changelog entry and the before/after views and gives a transfers-vN.json that
 * `npm run data:apply` takes, and refuses once the dataset has moved on; a broken CSV shows each
 * problem with its row and column. No request leaves the page's origin.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planApply } from '../../scripts/data-apply.ts';
import { recordUpdate } from '../../src/data/changelog.ts';
import { parseDataset } from '../../src/data/check.ts';
import {
  DIST,
  PAGES,
  axeViolations,
  cspViolations,
  launchBrowser,
  listProblems,
  openPage,
  readBuilt,
  serveDist,
  type StaticServer,
} from './harness.ts';
import { SHIPPED, tempCopy } from '../newsroom/helpers.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
const source = (f: string) => readFileSync(join(DIST, 'assets', f), 'utf8');
/** ExcelJS's chunk and the import pipeline's (it carries the checker's schema). */
const sheetChunks = assets.filter((f) => {
  const js = source(f);
  return (
    js.includes('xl/worksheets/sheet') || js.includes('expected an export of the current version')
  );
});

/** Chunks a page loads at start (static imports), or may ever load (dynamic ones too). */
function closure(page: string, dynamic: boolean): Set<string> {
  const html = readBuilt(page);
  const start = [...html.matchAll(/(?:src|href)="[^"]*assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const js = source(f);
    const found = dynamic
      ? [...js.matchAll(/["'`](?:\.\/|assets\/)?([\w.-]+\.js)["'`]/g)].map((m) => m[1]!)
      : [...js.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
    for (const g of found) if (assets.includes(g)) queue.push(g);
  }
  return seen;
}

describe('bundles', () => {
  it('ExcelJS and the import pipeline are one chunk of their own', () => {
    expect(sheetChunks.length).toBe(1);
  });

  it.each([PAGES.storyDe, PAGES.storyEn, PAGES.embed('troops'), PAGES.embed('overview')])(
    '%s can never load them',
    (page) => {
      const reachable = closure(page, true);
      expect(reachable.size).toBeGreaterThan(1);
      for (const chunk of sheetChunks) expect(reachable).not.toContain(chunk);
    },
  );

  it('the newsroom page loads them only on demand', () => {
    const start = closure(PAGES.newsroom, false);
    for (const chunk of sheetChunks) expect(start).not.toContain(chunk);
    const reachable = closure(PAGES.newsroom, true);
    for (const chunk of sheetChunks) expect(reachable).toContain(chunk);
  });
});

async function openNewsroom(): Promise<{
  page: Page;
  problems: () => string[];
  close: () => Promise<void>;
  requested: () => string[];
}> {
  const { context, page, problems } = await openPage(browser, server.origin, {
    acceptDownloads: true,
  });
  await page.goto(`${server.url}${PAGES.newsroom}`);
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
  return {
    page,
    problems: () => listProblems(problems),
    requested: () => problems.requests.map((u) => u.split('/').pop()!),
    close: () => context.close(),
  };
}

/** Drops bytes on the update section as a file dragged from the desktop would arrive. */
async function drop(page: Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const target = document.querySelector('.newsroom-update')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
}

describe('Daten aktualisieren', { timeout: 300_000 }, () => {
  it('a dropped workbook: changes, entry, before/after, a file data:apply takes (and refuses once stale)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(DIST, 'newsroom/transfers.xlsx')).buffer);
    const ws = wb.getWorksheet('Figures')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(2).value === 'troops-phase-2') row = n;
    });
    ws.getCell(row, header.indexOf('value') + 1).value = 4500;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const { page, requested, close, problems } = await openNewsroom();
    expect(requested().filter((f) => sheetChunks.includes(f))).toEqual([]);
    await drop(page, 'Zahlen geändert.xlsx', edited);
    await page.waitForSelector('[data-update="changes"]', { timeout: 60_000 });
    expect(
      requested()
        .filter((f) => sheetChunks.includes(f))
        .sort(),
    ).toEqual([...sheetChunks].sort());
    const changes = await page.getByTestId('update-changes').innerText();
    expect(changes).toContain('troops-phase-2: about 3,000 → about 4,500 soldiers');
    expect(await page.getByTestId('update-entry-de').innerText()).toContain(
      'rund 3.000 → rund 4.500 Soldaten',
    );
    // Before and after: the troops chart is marked changed and shown both ways; the prose too.
    expect(
      await page.locator('[data-compare="charts"] button[data-changed="true"]').allInnerTexts(),
    ).toContain('troops (geändert / changed)');
    expect(
      await page.locator('[data-compare="charts"] [data-side="after"] figure').count(),
    ).toBeGreaterThan(0);
    const changedProse = page.locator('[data-prose-changed="true"]');
    expect(await changedProse.count()).toBeGreaterThan(0);
    expect(await changedProse.first().locator('[data-side="after"]').innerText()).toMatch(
      /4\.500|14\.500|15\.500/,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download$=".json"]').click(),
    ]);
    const shipped = parseDataset(readFileSync(SHIPPED, 'utf8'));
    expect(download.suggestedFilename()).toBe(`transfers-v${shipped.meta.version + 1}.json`);
    const { dir, data } = tempCopy(SHIPPED);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(planApply(file, data)).toMatchObject({ code: 0 });

    // The dataset moved on meanwhile (another update was published): the file is refused.
    const moved = recordUpdate(
      shipped,
      { de: 'Andere Änderung', en: 'Other change' },
      '2026-12-05',
    );
    writeFileSync(data, JSON.stringify(moved, null, 2));
    const refused = planApply(file, data);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain(`made from version ${shipped.meta.version}, but`);
    expect(refused.err.join('\n')).toContain('Other change');

    // The new part of the page; every chart is checked on the whole page in pages-axe.test.ts.
    expect(
      await axeViolations(page, {
        include: '.newsroom-update',
        exclude: '.newsroom-compare figure',
      }),
    ).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await close();
  });

  it('a broken CSV: every problem with its row and column, nothing offered', async () => {
    const csv = readFileSync(join(DIST, 'newsroom/transfers.csv'), 'utf8')
      .replace(';about;3000;', ';about;3 Tsd.;')
      .replace(';2024-10;2024-12;', ';Herbst 2024;2024-12;');
    const { page, close, problems } = await openNewsroom();
    await page.setInputFiles('[data-testid="update-file"]', {
      name: 'kaputt.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForSelector('[data-update="problems"]', { timeout: 60_000 });
    const text = await page.locator('[data-update="problems"]').innerText();
    expect(text).toContain('kaputt.csv:2:18');
    expect(text).toContain('expected a month YYYY-MM, found "Herbst 2024"');
    expect(text).toContain('kaputt.csv:3:12');
    expect(text).toContain('found "3 Tsd."');
    expect(await page.locator('[data-download]').count()).toBe(0);
    expect(problems()).toEqual([]);
    await close();
  });
});
