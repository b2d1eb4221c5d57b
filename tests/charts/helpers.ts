/** Shared checks for chart layouts: labels clear of each other, inside the chart, legible. */
import { expect } from 'vitest';
import { findOverlaps, type Box, type TextLabel } from '../../src/charts/shared/labels.ts';
import { MIN_FONT_SIZE } from '../../src/charts/shared/colors.ts';

export const WIDTHS = [320, 390, 768, 1280] as const;

export function expectLegibleLabels(labels: readonly TextLabel[], width: number, where: string) {
  const pairs = findOverlaps(labels.map((l) => l.box));
  expect(
    pairs.map(([a, b]) => `"${labels[a]?.text}" × "${labels[b]?.text}"`),
    `${where}: overlapping labels`,
  ).toEqual([]);
  for (const l of labels) {
    expect(l.fontSize, `${where}: "${l.text}" font size`).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    expect(l.box.x, `${where}: "${l.text}" starts left of the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(
      l.box.x + l.box.width,
      `${where}: "${l.text}" runs past the right edge`,
    ).toBeLessThanOrEqual(width + 0.5);
  }
}

export function expectClearOf(labels: readonly TextLabel[], boxes: readonly Box[], where: string) {
  const hits: string[] = [];
  for (const l of labels)
    for (const b of boxes)
      if (findOverlaps([l.box, b]).length)
        hits.push(`"${l.text}" over a mark at ${Math.round(b.x)},${Math.round(b.y)}`);
  expect(hits, `${where}: labels over marks`).toEqual([]);
}

/**
 * The story's sticky drawing box (width × maxHeight, px) at the window sizes the piece is checked
 * at, as StickyGraphic measures it in Chromium: 320 × 640 is the smallest phone supported.
 */
export const STICKY_BOXES = [
  { viewport: '320 × 640', width: 288, height: 213 },
  { viewport: '390 × 844', width: 358, height: 335 },
  { viewport: '1280 × 800', width: 557, height: 570 },
] as const;
