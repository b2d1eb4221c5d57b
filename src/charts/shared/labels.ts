/**
 * Label placement without a DOM: boxes, overlap tests and a greedy vertical dodge. Layouts use
 * these to keep direct labels apart; tests use `findOverlaps` to prove it at 320–1400 px.
 */
import { textWidth } from './text.ts';

/** An axis-aligned box in SVG px: x/y is the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share area (touching edges do not count). */
export function overlaps(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

/** The smallest box holding every box given (a mark's shapes and labels, for its focus ring). */
export function unionBox(boxes: readonly Box[]): Box {
  if (boxes.length === 0) throw new Error('unionBox: no boxes');
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Every pair of indices whose boxes overlap. Empty means the labels are clear of each other. */
export function findOverlaps(boxes: readonly Box[], padding = 0): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b, padding)) pairs.push([i, j]);
    }
  return pairs;
}

/** The box of a text label drawn at (x, baseline y) with the given anchor. */
export function textBox(
  x: number,
  y: number,
  width: number,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Box {
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  // A baseline sits about 0.8 em below the top of the glyphs and 0.2 em above descenders.
  return { x: left, y: y - fontSize * 0.8, width, height: fontSize };
}

export interface DodgeItem {
  /** Wanted position (e.g. the top of the label). */
  y: number;
  /** Extent along the axis (the label's height). */
  size: number;
}

/**
 * Greedy one-dimensional dodge: keep order by wanted position, push each label down until it clears
 * the previous one by `gap`, then, if the stack runs past `max`, push it back up from the bottom.
 * Returns the new positions in the input order. When there is not enough room for all labels, the
 * top ones win and the rest stay in order (the caller should then drop or wrap labels).
 */
export function dodge(
  items: readonly DodgeItem[],
  { min = -Infinity, max = Infinity, gap = 2 }: { min?: number; max?: number; gap?: number } = {},
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.y ?? 0) - (items[b]?.y ?? 0));
  const placed = new Array<number>(items.length).fill(0);
  let cursor = min;
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    const y = Math.max(item.y, cursor);
    placed[i] = y;
    cursor = y + item.size + gap;
  }
  // Backward pass: pull the tail inside `max` without reordering.
  let limit = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    if (i === undefined) continue;
    const item = items[i];
    if (!item) continue;
    const y = Math.min(placed[i] ?? 0, limit - item.size);
    placed[i] = Math.max(y, min);
    limit = (placed[i] ?? 0) - gap;
  }
  return placed;
}

/**
 * Centres on a line, at least `step` apart, each as near its wanted position as the others allow:
 * neighbours that would touch form a cluster centred on their wanted positions' mean (clusters
 * that then touch merge), kept inside [min, max]. Order is kept. Returns the centres in the input
 * order. (Ticks at nearly the same date spread a little each way instead of stacking.)
 */
export function spreadCentred(
  wanted: readonly number[],
  step: number,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number } = {},
): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  const clusters: { start: number; members: number[]; sum: number }[] = [];
  const place = (c: { start: number; members: number[]; sum: number }) => {
    const n = c.members.length;
    const span = (n - 1) * step;
    c.start = Math.min(Math.max(c.sum / n - span / 2, min), max - span);
  };
  for (const i of order) {
    const c = { start: 0, members: [i], sum: wanted[i] ?? 0 };
    place(c);
    clusters.push(c);
    // Merge backwards while this cluster touches the one before it.
    for (;;) {
      const last = clusters[clusters.length - 1]!;
      const before = clusters[clusters.length - 2];
      if (!before || before.start + (before.members.length - 1) * step + step <= last.start) break;
      before.members.push(...last.members);
      before.sum += last.sum;
      clusters.pop();
      place(before);
    }
  }
  const out = new Array<number>(wanted.length).fill(0);
  for (const c of clusters) c.members.forEach((i, k) => (out[i] = c.start + k * step));
  return out;
}

/** A drawn piece of text with its estimated box: what layouts return and components render. */
export interface TextLabel {
  text: string;
  /** The untruncated text, when `text` was cut. */
  full?: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  bold?: boolean;
  box: Box;
}

export function makeLabel(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: TextLabel['anchor'] = 'start',
  { bold = false, full }: { bold?: boolean; full?: string } = {},
): TextLabel {
  const width = textWidth(text, fontSize, { bold });
  return { text, full, x, y, anchor, fontSize, bold, box: textBox(x, y, width, fontSize, anchor) };
}
