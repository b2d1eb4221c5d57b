/**
 * "Bild speichern / Save image" carries the site's own font: the exported SVG embeds the page's
 * subset woff2 as a data: URL (fetched on the click, not at page load), and the exported SVG and
 * PNG, opened where the site's fonts are not installed, draw their title in that font. The proof is
 * the title's ink width: that of the site font set at the same size, not that of the fallback the
 * reader's system would use (Chromium here: Liberation Sans or DejaVu Sans).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFamiliesIn } from '../../src/styles/embedded-fonts.ts';
import { fontTokens, typeScale } from '../../src/styles/tokens.ts';
import {
  DIST,
  PAGES,
  downloadBytes,
  launchBrowser,
  listProblems,
  openPage,
  readBuilt,
  requireBuilt,
  serveDist,
  waitForHydration,
  type StaticServer,
} from './harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(PAGES.embed('troops'));
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SANS = fontTokens.sans.face;

/** The sans subset the built embed page loads (its inlined @font-face), as bytes. */
function siteSansFile(): Buffer {
  const html = readBuilt(PAGES.embed('troops'));
  const face = [...html.matchAll(/@font-face\s*\{[^}]*\}/g)]
    .map((m) => m[0])
    .find((rule) => rule.includes(SANS));
  const href = /url\((['"]?)([^)'"]+\.woff2)\1\)/.exec(face ?? '')?.[2];
  if (!href) throw new Error(`no @font-face for ${SANS} in the embed page`);
  return readFileSync(join(DIST, 'embed/troops', href));
}

interface Widths {
  /** Ink width of the image's first title line, px at the image's own scale. */
  image: number;
  /** The same line set by canvas in the site's font, and in the system's fallback. */
  site: number;
  fallback: number;
}

/**
 * On a blank page (no site fonts): draws the image (an SVG or PNG as a data URL), finds the ink of
 * the first title line, and measures the line's text in the site font (loaded from `fontBytes`)
 * and in the fallback.
 */
async function titleWidths(
  page: Page,
  image: { url: string; scale: number },
  line: string,
  fontBytes: Buffer,
): Promise<Widths> {
  await page.setContent('<!doctype html><html><body></body></html>');
  return page.evaluate(
    async ({ url, scale, line, font, size }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      // The first title line's box: padding 20, line box of figure-title (svg-compose.ts).
      const top = Math.round(22 * scale);
      const bottom = Math.round(44 * scale);
      const { data, width } = ctx.getImageData(0, top, canvas.width, bottom - top);
      let left = Infinity;
      let right = -Infinity;
      for (let y = 0; y < bottom - top; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 110) {
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
      const face = new FontFace('Site Reference', new Uint8Array(font).buffer, {
        weight: '400 700',
      });
      document.fonts.add(await face.load());
      const ink = (fontFamily: string) => {
        ctx.font = `700 ${size * scale}px ${fontFamily}`;
        const m = ctx.measureText(line);
        return m.actualBoundingBoxLeft + m.actualBoundingBoxRight;
      };
      return {
        image: right - left + 1,
        site: ink("'Site Reference'"),
        fallback: ink('Arial, sans-serif'),
      };
    },
    {
      url: image.url,
      scale: image.scale,
      line,
      font: [...fontBytes],
      size: typeScale['figure-title'],
    },
  );
}

/** The first `<text>` of the composed SVG: the title's first line. */
function firstTitleLine(svg: string): string {
  const raw = /<text\b[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function expectSiteFont(w: Widths): void {
  // The test can tell the fonts apart at all: their widths differ by more than 4 %.
  expect(Math.abs(w.fallback - w.site) / w.site).toBeGreaterThan(0.04);
  // The image's title is as wide as the site font sets it (anti-aliasing: within 1.5 %).
  expect(Math.abs(w.image - w.site) / w.site).toBeLessThan(0.015);
}

describe('exported images carry the site font', () => {
  it('SVG and PNG from an embed: the font is embedded, fetched on the click, and draws the title', async () => {
    const { context, page, problems } = await openPage(browser, server.origin, {
      acceptDownloads: true,
    });
    try {
      const fontFetches: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'fetch' && request.url().endsWith('.woff2'))
          fontFetches.push(request.url());
      });
      await page.goto(`${server.url}embed/troops/`);
      await waitForHydration(page);
      expect(fontFetches).toEqual([]);

      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'SVG', exact: true }).click(),
      ]);
      expect(fontFetches.length).toBeGreaterThan(0);
      const svg = (await downloadBytes(svgDownload)).toString('utf8');
      const site = siteSansFile();

      // One @font-face, named as the text asks for, holding the page's own subset file.
      const faces = [...svg.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
      expect(faces).toHaveLength(1);
      expect(faces[0]).toContain(`font-family: '${SANS}'`);
      expect(fontFamiliesIn(svg)).toContain(SANS);
      const embedded = /base64,([A-Za-z0-9+/=]+)/.exec(faces[0]!)?.[1] ?? '';
      expect(Buffer.from(embedded, 'base64').equals(site)).toBe(true);

      const line = firstTitleLine(svg);
      expect(line.length).toBeGreaterThan(10);
      const blank = await context.newPage();
      const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      expectSiteFont(await titleWidths(blank, { url: svgUrl, scale: 1 }, line, site));

      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG', exact: true }).click(),
      ]);
      const png = await downloadBytes(pngDownload);
      const pngUrl = `data:image/png;base64,${png.toString('base64')}`;
      expectSiteFont(await titleWidths(blank, { url: pngUrl, scale: 2 }, line, site));
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the print and no-JS figure files carry the site font', () => {
  it('every figure file embeds the sans face its text is set in, subset, as woff2', () => {
    const dirs = ['de', 'en'].map((lang) => join(DIST, 'figures', lang));
    const files = dirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
    expect(files.length).toBeGreaterThan(10);
    const site = siteSansFile();
    for (const file of files) {
      const svg = readFileSync(file, 'utf8');
      const faces = [...svg.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
      expect(faces, file).toHaveLength(1);
      expect(faces[0]).toContain(`font-family: '${SANS}'`);
      const bytes = Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(faces[0]!)?.[1] ?? '', 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      // Subset to the characters the figures draw: smaller than the page's whole subset.
      expect(bytes.length).toBeLessThan(site.length);
    }
  });
});
