/**
 * The widths charts are laid out at. A chart is drawn only at these widths, and its `<svg>`
 * scales to the box it sits in by its viewBox, from one width up to the next: so the drawing for
 * a box follows from the box's width alone, by a rule CSS can apply before any script runs
 * (container queries, styles/layouts.css, generated from this file) and the browser code applies
 * the same way. A prerendered page carries one drawing per width and shows the one that fits;
 * hydration then finds exactly what it would draw itself.
 *
 * Why scaling between widths, not 1:1: the drawing always fills the column, and text grows by at
 * most a quarter (12 px labels reach 15 px just below the next width), where one layout per few
 * pixels would multiply the page's elements. Below the narrowest width (a 280 px frame leaves
 * 256 px inside its padding) the narrowest drawing scales down, as it did before.
 *
 * Pure: no DOM, no React.
 */

/** Ascending. Each step is at most 1.26× the previous one (see MAX_LAYOUT_SCALE). */
export const LAYOUT_WIDTHS = [280, 350, 440, 550, 690, 860, 1080] as const;
export type LayoutWidth = (typeof LAYOUT_WIDTHS)[number];

/** How far the widest drawing grows past its own width; wider boxes leave it at this size. */
export const MAX_LAYOUT_SCALE = 1.25;

/** The layout width for a box `box` px wide: the widest one that fits, or the narrowest. */
export function layoutWidthFor(box: number): LayoutWidth {
  let chosen: LayoutWidth = LAYOUT_WIDTHS[0];
  for (const width of LAYOUT_WIDTHS) if (box >= width) chosen = width;
  return chosen;
}

/** The box widths (px) in which a layout width is shown: `min ≤ box < max` (null: unbounded). */
export function boxRange(width: LayoutWidth): { min: number | null; max: number | null } {
  const i = LAYOUT_WIDTHS.indexOf(width);
  return {
    min: i === 0 ? null : width,
    max: i === LAYOUT_WIDTHS.length - 1 ? null : (LAYOUT_WIDTHS[i + 1] ?? null),
  };
}

/** The largest width a layout's `<svg>` is drawn at on screen (it never grows past it). */
export function maxDrawnWidth(width: LayoutWidth): number {
  return boxRange(width).max ?? Math.round(width * MAX_LAYOUT_SCALE);
}

/** On-screen size of a drawing laid out at `width` (its height `height`) in a box `box` px wide. */
export function drawnSize(
  width: LayoutWidth,
  height: number,
  box: number,
): { width: number; height: number; scale: number } {
  const shown = Math.min(box, maxDrawnWidth(width));
  const scale = shown / width;
  return { width: shown, height: height * scale, scale };
}

/** Class of the element that holds one drawing per layout width (a size container). */
export const LAYOUTS_CLASS = 'chart-layouts';
/** Class of one layout's wrapper; `data-layout-width` says which. */
export const LAYOUT_CLASS = 'chart-layout';
/** A wrapper shown whatever the box's width: the browser drew only the one that fits. */
export const LAYOUT_ONLY_CLASS = 'chart-layout--only';

/**
 * styles/layouts.css: every layout wrapper hidden, then one container query per width shows the
 * one that fits the box. Range syntax, so fractional widths (349.5 px) fall on the same side as
 * `layoutWidthFor` puts them.
 */
export function layoutsCss(): string {
  const lines = [
    '/* Generated from src/charts/shared/layout-widths.ts by scripts/generate-layouts-css.ts. Do not edit. */',
    '',
    `.${LAYOUTS_CLASS} {`,
    '  container-type: inline-size;',
    '}',
    '',
    `.${LAYOUTS_CLASS} > .${LAYOUT_CLASS} {`,
    '  display: none;',
    '}',
    '',
    `.${LAYOUTS_CLASS} > .${LAYOUT_ONLY_CLASS} {`,
    '  display: block;',
    '}',
  ];
  for (const width of LAYOUT_WIDTHS) {
    const { min, max } = boxRange(width);
    const query =
      min === null
        ? `(width < ${max}px)`
        : max === null
          ? `(width >= ${min}px)`
          : `(${min}px <= width < ${max}px)`;
    lines.push(
      '',
      `@container ${query} {`,
      `  .${LAYOUTS_CLASS} > .${LAYOUT_CLASS}[data-layout-width='${width}'] {`,
      '    display: block;',
      '  }',
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}
