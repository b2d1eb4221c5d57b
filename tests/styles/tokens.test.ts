/**
 * The design tokens become CSS as they are: every colour (light and dark), the font stacks with
 * their fallbacks, the type scale and the motion timing appear in tokens.css under their names, the
 * fonts' @font-face rules in fonts.css, and the stylesheets that used to repeat them now read them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT, MIN_FONT_SIZE } from '../../src/charts/shared/colors.ts';
import { MOTION_EASING, MOTION_MS } from '../../src/charts/shared/motion.ts';
import {
  FONT_KINDS,
  THEMES,
  colors,
  fallbackFaces,
  fontStack,
  fontTokens,
  fonts,
  fontsCss,
  lineHeights,
  motion,
  tokenValue,
  tokensCss,
  typeScale,
} from '../../src/styles/tokens.ts';

const root = resolve(import.meta.dirname, '../..');
const styles = (file: string) => readFileSync(resolve(root, 'src/styles', file), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at === -1) throw new Error(`no rule ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return new Map(
    body
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d.startsWith('--') || d.includes(':'))
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

describe('tokensCss', () => {
  const css = tokensCss();

  it('declares every light colour on :root and every dark one for a dark page', () => {
    const light = declarations(css, ':root');
    const dark = declarations(css, ":root[data-theme='dark']");
    const system = declarations(css, "  :root:not([data-theme='light'])");
    for (const [name, value] of Object.entries(colors.light))
      expect(light.get(`--color-${name}`)).toBe(value);
    for (const [name, value] of Object.entries(colors.dark)) {
      expect(dark.get(`--color-${name}`)).toBe(value);
      expect(system.get(`--color-${name}`)).toBe(value);
    }
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it('declares the font stacks, the type scale (px as rem), line heights and motion', () => {
    const light = declarations(css, ':root');
    expect(light.get('--font-sans')).toBe(
      "'Source Sans 3 Variable', 'Source Sans Fallback', 'Arial', sans-serif",
    );
    expect(light.get('--font-serif')).toBe(fonts.serif);
    expect(light.get('--font-size-figure-title')).toBe('1.125rem');
    expect(light.get('--font-size-chart-small')).toBe('0.75rem');
    for (const [name, px] of Object.entries(typeScale))
      expect(parseFloat(light.get(`--font-size-${name}`) ?? '') * 16).toBeCloseTo(px, 3);
    for (const [name, value] of Object.entries(lineHeights))
      expect(light.get(`--line-height-${name}`)).toBe(String(value));
    expect(light.get('--motion-duration')).toBe(`${motion.duration}ms`);
    expect(light.get('--motion-duration-quick')).toBe(`${motion.quickDuration}ms`);
    expect(light.get('--motion-easing')).toBe(motion.easing);
  });

  it('holds no @font-face: a standalone figure file carries tokens.css and embeds its own fonts', () => {
    expect(css).not.toContain('@font-face');
  });
});

describe('fontsCss', () => {
  const css = fontsCss();

  it('declares each web font from its fontsource file with its weight range', () => {
    for (const kind of FONT_KINDS) {
      const font = fontTokens[kind];
      const rule = css.split('@font-face').find((r) => r.includes(`'${font.face}'`));
      expect(rule).toBeDefined();
      expect(rule).toContain(`src: url('${font.file}') format('woff2-variations')`);
      expect(rule).toContain(`font-weight: ${font.weight.min} ${font.weight.max}`);
      expect(rule).toContain('font-display: swap');
    }
  });

  it('declares the metric-matched fallbacks each stack names', () => {
    for (const face of fallbackFaces) {
      expect(css).toContain(`font-family: '${face.family}'`);
      expect(css).toContain(`size-adjust: ${face.sizeAdjust}%`);
    }
    for (const kind of FONT_KINDS)
      for (const family of fontTokens[kind].fallback.filter((f) => f.includes('Fallback')))
        expect(fallbackFaces.map((f) => f.family)).toContain(family);
  });
});

describe('generated files and the stylesheets that read them', () => {
  it('tokens.css and fonts.css are what the tokens generate', () => {
    expect(styles('tokens.css')).toBe(tokensCss());
    expect(styles('fonts.css')).toBe(fontsCss());
  });

  it('no stylesheet repeats a token value: motion, fonts and figure sizes come from variables', () => {
    const charts = styles('charts.css');
    expect(charts).not.toMatch(/\b650ms\b|\b400ms\b|cubic-bezier/);
    expect(charts).toContain('transition-duration: var(--motion-duration)');
    const global = styles('global.css');
    expect(global).not.toMatch(/@font-face|--font-(sans|serif)\s*:/);
    expect(global).toContain("@import './fonts.css'");
  });
});

describe('modules read the tokens as they are', () => {
  it('chart motion and type sizes', () => {
    expect(MOTION_MS).toBe(motion.duration);
    expect(MOTION_EASING).toBe(motion.easing);
    expect(FONT).toEqual({ small: 12, label: 13, value: 14, heading: 15 });
    expect(MIN_FONT_SIZE).toBe(typeScale['chart-small']);
  });

  it('tokenValue resolves every custom property the CSS declares, per theme', () => {
    for (const theme of THEMES) {
      const css = tokensCss();
      const rule = theme === 'light' ? ':root' : ":root[data-theme='dark']";
      for (const [name, value] of declarations(css, rule))
        if (name.startsWith('--')) expect(tokenValue(name, theme), name).toBe(value);
    }
    expect(tokenValue('--font-sans')).toBe(fonts.sans);
    expect(tokenValue('--color-nope')).toBeUndefined();
    expect(tokenValue('--unknown')).toBeUndefined();
  });

  it('fontStack quotes names and leaves generic families bare', () => {
    expect(fontStack(['Source Sans 3', 'Arial', 'sans-serif'])).toBe(
      "'Source Sans 3', 'Arial', sans-serif",
    );
  });
});
