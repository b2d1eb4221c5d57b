/**
 * Fonts inside SVG files: the @font-face an exported image or a figure file carries is named as its
 * text asks for, holds the font bytes as a data: URL, and comes only when some text uses it. The
 * build's figure fonts are subsets of the site's own font with every character the file draws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { withFigureFonts } from '../../scripts/build/figure-fonts.ts';
import {
  embedFonts,
  embeddedFontCss,
  fontFamiliesIn,
  fontFileUrl,
  textContent,
  toBase64,
} from '../../src/styles/embedded-fonts.ts';
import { fontTokens, fonts } from '../../src/styles/tokens.ts';

const root = resolve(import.meta.dirname, '../..');
const SANS = fontTokens.sans.face;
const sansFile = readFileSync(resolve(root, 'node_modules', fontTokens.sans.file));

/** The bytes of every data: URL font in an SVG. */
function embedded(svg: string): { family: string; bytes: Buffer }[] {
  return [...svg.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => ({
    family: /font-family:\s*'([^']+)'/.exec(body)?.[1] ?? '',
    bytes: Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(body)?.[1] ?? '', 'base64'),
  }));
}

describe('toBase64', () => {
  it('encodes any length, beyond one chunk of arguments', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });
});

describe('fontFamiliesIn', () => {
  it('reads attributes, styles (serialised with &quot;) and the token variables', () => {
    const svg = `<svg><g font-family="&apos;Source Serif 4 Variable&apos;, serif"><text style="font-family:&quot;Source Sans 3 Variable&quot;, Arial;font-size:12px">a</text></g><text style="font-family:var(--font-sans)">b</text></svg>`;
    const names = fontFamiliesIn(svg);
    expect(names).toContain('Source Serif 4 Variable');
    expect(names).toContain(SANS);
    expect(names).toContain('Arial');
    expect(names).toContain('Source Sans Fallback');
    expect(fontFamiliesIn('<svg><text>x</text></svg>').size).toBe(0);
  });
});

describe('fontFileUrl', () => {
  it('takes the file a @font-face src loads, never a local() or a data: URL', () => {
    expect(fontFileUrl(`url("../../assets/sans-B0k.woff2") format("woff2-variations")`)).toBe(
      '../../assets/sans-B0k.woff2',
    );
    expect(fontFileUrl(`url(data:font/woff2;base64,AAAA), url(/f.woff2)`)).toBe('/f.woff2');
    expect(fontFileUrl(`local("Arial"), local("Liberation Sans")`)).toBeUndefined();
  });
});

describe('textContent', () => {
  it('joins the text and tspan contents, entities decoded, and leaves out title and desc', () => {
    const svg =
      '<svg><title>Nie</title><desc>Never</desc><text x="1">Über &amp; &#x2192; &#8364;</text><text><tspan>B</tspan></text></svg>';
    const text = textContent(svg);
    expect(text).toContain('Über & → €');
    expect(text).toContain('B');
    expect(text).not.toMatch(/Nie|Never/);
  });
});

describe('embedFonts', () => {
  const font = { family: SANS, weight: '400 700', woff2: new Uint8Array([1, 2, 3, 250]) };

  it('puts the @font-face first inside the root, under the family the text names', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g font-family="'${SANS}', Arial"><text>a</text></g></svg>`;
    const out = embedFonts(svg, [font]);
    expect(
      out.startsWith(
        `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>@font-face`,
      ),
    ).toBe(true);
    expect(out).toContain(embeddedFontCss(font));
    expect(embeddedFontCss(font)).toContain(`font-family: '${SANS}'`);
    expect(embeddedFontCss(font)).toContain('font-weight: 400 700');
    expect(embedded(out)).toEqual([{ family: SANS, bytes: Buffer.from([1, 2, 3, 250]) }]);
  });

  it('leaves out fonts no text uses, and an SVG without any unchanged', () => {
    const svg = `<svg><text font-family="Georgia">a</text></svg>`;
    expect(embedFonts(svg, [font])).toBe(svg);
    const serif = { ...font, family: fontTokens.serif.face };
    const both = embedFonts(`<svg><text style="font-family:${fonts.sans}">a</text></svg>`, [
      font,
      serif,
    ]);
    expect(embedded(both).map((f) => f.family)).toEqual([SANS]);
  });
});

describe('withFigureFonts (the build, for the print/no-JS figure files)', () => {
  it('gives every file the same subset, holding the characters of all of them', async () => {
    const a = figure.replace('Soldaten', 'Qualle');
    const [one = '', two = ''] = await withFigureFonts(root, [figure, a]);
    expect(embedded(one)[0]!.bytes.equals(embedded(two)[0]!.bytes)).toBe(true);
    const sfnt = await subsetFont(embedded(one)[0]!.bytes, 'QS', { targetFormat: 'sfnt' });
    const unicodes = new Set(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
    expect(unicodes.has('Q'.codePointAt(0)!) && unicodes.has('S'.codePointAt(0)!)).toBe(true);
  });

  const figure = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" style="font-family:var(--font-sans)"><text x="0" y="20">Über 11.000 Soldaten</text><text x="0" y="40" style="font-weight:700">9 Mio.</text></svg>`;

  it('embeds the site font, subset to the characters the files draw', async () => {
    const [out = ''] = await withFigureFonts(root, [figure]);
    const fonts = embedded(out);
    expect(fonts.map((f) => f.family)).toEqual([SANS]);
    const bytes = fonts[0]!.bytes;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeLessThan(sansFile.length / 2);
    // Read back (harfbuzz takes TrueType, not woff2: hb-subset converts, keeping what is there):
    // every drawn character has a glyph, others are gone, the weight axis stays (400 and 700 set).
    const drawn = 'Über11.000Soldaten9Mio.';
    const sfnt = await subsetFont(bytes, `${drawn}Q`, { targetFormat: 'sfnt' });
    const face = new hb.Face(new hb.Blob(sfnt));
    const unicodes = new Set(face.collectUnicodes());
    for (const ch of drawn) expect(unicodes.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(unicodes.has('Q'.codePointAt(0)!)).toBe(false);
    expect(face.getAxisInfos()).toHaveProperty('wght');
  });

  it('leaves a drawing without text as it is', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect/></svg>';
    expect(await withFigureFonts(root, [plain])).toEqual([plain]);
  });
});
