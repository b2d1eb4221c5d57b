/**
 * Design tokens: the single source for colours, fonts, type sizes and motion. scripts/generate-tokens.ts
 * writes them into CSS (src/styles/tokens.css: custom properties; src/styles/fonts.css: the
 * `@font-face` rules); the charts, share cards and image export read them from here.
 * One hue per direction, the same in every chart: North Korea → Russia is vermilion, Russia →
 * North Korea is blue (an Okabe–Ito pair, distinct for the common colour-vision deficiencies).
 * Every text colour clears WCAG AA (4.5:1) on its background.
 */
import { lineHeights, motion, typeScale, type TypeToken } from './chart-tokens.ts';

// The tokens chart code reads while it runs live in a module of their own (see there).
export { cssVar, lineHeights, motion, typeScale, type TypeToken } from './chart-tokens.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const colors = {
  light: {
    bg: '#fbfaf7',
    surface: '#f2f0ea',
    text: '#1b1b1b',
    muted: '#595650',
    rule: '#d8d4cb',
    dprk: '#b8401a',
    'dprk-soft': '#f3d6c9',
    russia: '#1c649a',
    'russia-soft': '#cfe1ee',
    estimate: '#6a6660',
    'estimate-soft': '#e4e1da',
    after: '#7a5a8c',
    focus: '#0b57d0',
    land: '#ebe8e0',
    water: '#f7f6f2',
  },
  dark: {
    bg: '#141517',
    surface: '#1f2124',
    text: '#ecebe7',
    muted: '#aaa69e',
    rule: '#3b3e43',
    dprk: '#ff8c61',
    'dprk-soft': '#5a2f20',
    russia: '#6fb5ea',
    'russia-soft': '#1f3b52',
    estimate: '#a9a59d',
    'estimate-soft': '#34363a',
    after: '#c9a6dc',
    focus: '#8ab4f8',
    land: '#24262a',
    water: '#17191c',
  },
} as const satisfies Record<Theme, Record<string, string>>;

export type ColorToken = keyof (typeof colors)['light'];

/** A font the site ships: what its pages, share cards and exported images are set in. */
export interface FontToken {
  /** The `@font-face` family name the pages declare (fonts.css). */
  face: string;
  /** The family name inside the font file: what resvg matches and Chromium reports. */
  name: string;
  /** The fontsource file (latin subset) the build subsets further to the piece's characters. */
  file: string;
  /** Weight range kept by the subset and declared by the `@font-face`. */
  weight: { min: number; max: number };
  /** What stands in before the font arrives or where it cannot load, in order. */
  fallback: readonly string[];
}

export const FONT_KINDS = ['serif', 'sans'] as const;
export type FontKind = (typeof FONT_KINDS)[number];

export const fontTokens = {
  serif: {
    face: 'Source Serif 4 Variable',
    name: 'Source Serif 4',
    file: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    weight: { min: 400, max: 700 },
    fallback: ['Source Serif Fallback', 'Georgia', 'serif'],
  },
  sans: {
    face: 'Source Sans 3 Variable',
    name: 'Source Sans 3',
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
    weight: { min: 400, max: 700 },
    fallback: ['Source Sans Fallback', 'Arial', 'sans-serif'],
  },
} as const satisfies Record<FontKind, FontToken>;

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'system-ui']);

/** A CSS font-family list: names quoted, generic families bare. */
export function fontStack(families: readonly string[]): string {
  return families.map((f) => (GENERIC_FAMILIES.has(f) ? f : `'${f}'`)).join(', ');
}

/** The CSS font stacks (`--font-serif`, `--font-sans`). */
export const fonts: Record<FontKind, string> = {
  serif: fontStack([fontTokens.serif.face, ...fontTokens.serif.fallback]),
  sans: fontStack([fontTokens.sans.face, ...fontTokens.sans.fallback]),
};

/**
 * The fonts' characters outside Latin-1 that the fontsource latin files cover (their
 * `unicode-range`): a character outside it is drawn by a fallback on purpose (the files have no "→").
 */
export const LATIN_UNICODE_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * Fallbacks scaled to the web fonts' widths and vertical metrics, so text set before the fonts
 * arrive breaks into (nearly) the same lines. sizeAdjust = width of a German/English test
 * paragraph in the web font ÷ its width in Times/Liberation Serif (Arial/Liberation Sans),
 * measured in Chromium; ascent/descent = the web font's hhea metrics ÷ size-adjust. Bold serif
 * (headlines) is measured separately: its width ratio differs from the regular's.
 */
export interface FallbackFace {
  family: string;
  weight?: string;
  local: readonly string[];
  sizeAdjust: number;
  ascent: number;
  descent: number;
}

export const fallbackFaces: readonly FallbackFace[] = [
  {
    family: 'Source Serif Fallback',
    weight: '200 599',
    local: ['Times New Roman', 'Liberation Serif', 'Tinos'],
    sizeAdjust: 117.4,
    ascent: 88.2,
    descent: 28.5,
  },
  {
    family: 'Source Serif Fallback',
    weight: '600 900',
    local: [
      'Times New Roman Bold',
      'TimesNewRomanPS-BoldMT',
      'Liberation Serif Bold',
      'LiberationSerif-Bold',
      'Tinos Bold',
    ],
    sizeAdjust: 113.8,
    ascent: 91,
    descent: 29.4,
  },
  {
    family: 'Source Sans Fallback',
    local: ['Arial', 'Liberation Sans', 'Arimo'],
    sizeAdjust: 92.6,
    ascent: 110.6,
    descent: 43.2,
  },
];

const rem = (px: number) => `${Math.round((px / 16) * 10000) / 10000}rem`;

/**
 * A token's value by its CSS custom property name (`--color-bg`, `--font-sans`,
 * `--motion-duration`…), for renderers that know no CSS variables (share cards, exported images).
 */
export function tokenValue(name: string, theme: Theme = 'light'): string | undefined {
  const color = /^--color-(.+)$/.exec(name)?.[1];
  if (color !== undefined)
    return color in colors[theme] ? colors[theme][color as ColorToken] : undefined;
  const font = /^--font-(serif|sans)$/.exec(name)?.[1] as FontKind | undefined;
  if (font) return fonts[font];
  const size = /^--font-size-(.+)$/.exec(name)?.[1];
  if (size !== undefined && size in typeScale) return rem(typeScale[size as TypeToken]);
  const lineHeight = /^--line-height-(.+)$/.exec(name)?.[1];
  if (lineHeight !== undefined && lineHeight in lineHeights)
    return String(lineHeights[lineHeight as keyof typeof lineHeights]);
  if (name === '--motion-duration') return `${motion.duration}ms`;
  if (name === '--motion-duration-quick') return `${motion.quickDuration}ms`;
  if (name === '--motion-easing') return motion.easing;
  return undefined;
}

function block(theme: Theme): string {
  return Object.entries(colors[theme])
    .map(([name, value]) => `  --color-${name}: ${value};`)
    .join('\n');
}

function themeless(): string {
  return [
    `  --font-serif: ${fonts.serif};`,
    `  --font-sans: ${fonts.sans};`,
    ...Object.entries(typeScale).map(([name, px]) => `  --font-size-${name}: ${rem(px)};`),
    ...Object.entries(lineHeights).map(([name, lh]) => `  --line-height-${name}: ${lh};`),
    `  --motion-duration: ${motion.duration}ms;`,
    `  --motion-duration-quick: ${motion.quickDuration}ms;`,
    `  --motion-easing: ${motion.easing};`,
  ].join('\n');
}

const GENERATED = (file: string) =>
  `/* Generated from src/styles/tokens.ts by scripts/generate-tokens.ts into ${file}. Do not edit. */`;

/**
 * Light by default; dark when the reader's system asks for it, unless a page pins a theme with
 * data-theme on <html> (embeds' ?theme=, the newsroom's previews). Also what a standalone SVG
 * carries (story/figure-files.tsx), so it holds no `@font-face` with a file URL.
 */
export function tokensCss(): string {
  return `${GENERATED('tokens.css')}
:root {
  color-scheme: light;
${block('light')}
${themeless()}
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
    color-scheme: dark;
${block('dark').replace(/^/gm, '  ')}
  }
}
:root[data-theme='dark'] {
  color-scheme: dark;
${block('dark')}
}
`;
}

/** A `@font-face` rule; `src` is the CSS value (url(…) format(…) or local(…) list). */
export function fontFaceRule(declarations: Record<string, string | undefined>): string {
  const lines = Object.entries(declarations)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([property, value]) => `  ${property}: ${value};`);
  return `@font-face {\n${lines.join('\n')}\n}`;
}

/**
 * The pages' fonts (src/styles/fonts.css): the self-hosted variable fonts (Vite resolves the
 * fontsource imports; the build points them at the subsets) and the metric-matched fallbacks.
 */
export function fontsCss(): string {
  const web = FONT_KINDS.map((kind) => {
    const font: FontToken = fontTokens[kind];
    return fontFaceRule({
      'font-family': `'${font.face}'`,
      'font-style': 'normal',
      'font-display': 'swap',
      'font-weight': `${font.weight.min} ${font.weight.max}`,
      src: `url('${font.file}') format('woff2-variations')`,
      'unicode-range': LATIN_UNICODE_RANGE,
    });
  });
  const fallbacks = fallbackFaces.map((f) =>
    fontFaceRule({
      'font-family': `'${f.family}'`,
      'font-weight': f.weight,
      src: f.local.map((name) => `local('${name}')`).join(', '),
      'size-adjust': `${f.sizeAdjust}%`,
      'ascent-override': `${f.ascent}%`,
      'descent-override': `${f.descent}%`,
      'line-gap-override': '0%',
    }),
  );
  return `${GENERATED('fonts.css')}\n${[...web, ...fallbacks].join('\n')}\n`;
}
