import { describe, expect, it } from 'vitest';
import { composeChartSvg, escapeXml, inlineCssVars } from '../../src/embed/svg-compose.ts';
import { typeScale } from '../../src/styles/tokens.ts';

const drawing = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="10" height="10"/></svg>',
  width: 600,
  height: 300,
};
const base = {
  drawings: [drawing],
  title: 'Soldaten aus Nordkorea',
  subtitle: 'Drei Phasen',
  source: 'Quelle: MSMT-Bericht (29. Mai 2025)',
  credit: 'Stand: 25. November 2026',
  colors: { bg: '#fbfaf7', text: '#1b1b1b', muted: '#595650' },
  fontFamily: "'Source Sans 3', Arial, sans-serif",
};

describe('composeChartSvg', () => {
  it('puts title above and source below the drawing, with room for all', () => {
    const { svg, width, height } = composeChartSvg(base);
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(300 + 26 + 16 * 2);
    const title = svg.indexOf('Soldaten aus Nordkorea');
    const chart = svg.indexOf('<rect width="10"');
    const source = svg.indexOf('Quelle: MSMT-Bericht');
    expect(title).toBeGreaterThan(-1);
    expect(source).toBeGreaterThan(-1);
    // y positions: title's baseline above the chart's offset, source's below chart bottom.
    const yOf = (text: string) =>
      Number(svg.slice(0, svg.indexOf(text)).match(/y="(\d+)"[^>]*>$/)?.[1]);
    const chartY = Number(svg.match(/translate\(20 (\d+)\)/)?.[1]);
    expect(yOf('Soldaten aus Nordkorea')).toBeLessThan(chartY);
    expect(yOf('Quelle: MSMT-Bericht')).toBeGreaterThan(chartY + 300);
    expect(yOf('Stand: 25. November 2026')).toBeLessThan(height);
    expect(chart).toBeGreaterThan(title);
  });

  it('escapes text and wraps long titles onto several lines', () => {
    const { svg } = composeChartSvg({
      ...base,
      drawings: [{ ...drawing, width: 300 }],
      title: 'A <b> & "c" '.repeat(8).trim(),
    });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt; &amp; &quot;c&quot;');
    // The title is set at the page's figure-title size, on more than one line.
    const titleSize = `font-size="${typeScale['figure-title']}" font-weight="700"`;
    expect(svg.split(titleSize).length - 1).toBeGreaterThan(1);
  });

  it('is well-formed XML with a background in the theme colour', () => {
    const { svg } = composeChartSvg({
      ...base,
      drawings: [{ ...drawing, svg: `<?xml version="1.0"?>${drawing.svg}` }],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('fill="#fbfaf7"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('stacks several drawings (a map in two panels) with all their height', () => {
    const one = composeChartSvg(base);
    const two = composeChartSvg({
      ...base,
      drawings: [drawing, { ...drawing, width: 500, height: 200 }],
    });
    expect(two.height).toBe(one.height + 12 + 200);
    expect(two.width).toBe(640);
    expect(two.svg.match(/<rect width="10"/g)).toHaveLength(2);
  });
});

describe('source lines in images', () => {
  it('are never cut, however long', () => {
    const source = `Quellen: ${Array.from({ length: 60 }, (_, i) => `Quelle ${i + 1}`).join('; ')}`;
    const { svg } = composeChartSvg({ ...base, source });
    expect(svg).toContain('Quelle 60');
    expect(svg).not.toContain('…');
  });
});

describe('bidi controls in exported text', () => {
  it('are dropped so they cannot flip the source line', () => {
    const { svg } = composeChartSvg({ ...base, source: 'Quelle: \u202Eevil Reuters; AP' });
    expect(svg).toContain('Quelle: evil Reuters; AP');
    expect(svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('inlineCssVars', () => {
  it('replaces variables by their values, falls back otherwise', () => {
    const lookup = (n: string) => ({ '--color-dprk': ' #b8401a' })[n];
    expect(inlineCssVars('fill: var(--color-dprk); stroke: var(--nope, #000)', lookup)).toBe(
      'fill: #b8401a; stroke: #000',
    );
    expect(inlineCssVars('fill:var(--nope)', lookup)).toBe('fill:currentColor');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
