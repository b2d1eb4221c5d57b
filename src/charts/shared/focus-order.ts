/**
 * Keyboard order of a chart's marks, without a DOM. A chart is one stop in the tab order (a
 * roving tabindex, WAI-ARIA Authoring Practices "composite widget"): the arrow keys move between
 * its marks in reading order, Home and End jump to the first and last, Escape leaves. The chart
 * names its groups (a section, the phases, the estimates…) in the order a reader takes them; inside
 * a group the marks are read line by line, top to bottom, and left to right along a line.
 */
import type { Box } from './labels.ts';

/** A mark that takes keyboard focus: its id and its box in the drawing's coordinates. */
export interface FocusMark {
  id: string;
  box: Box;
}

/** Marks a reader takes together (a section, the phases, the estimates). */
export interface FocusGroup<M extends FocusMark = FocusMark> {
  marks: readonly M[];
  /** Keep the order given (numbered markers, rows already in date order) instead of reading lines. */
  keepOrder?: boolean;
}

/**
 * Lines of marks: a mark joins the line above it when its vertical centre lies within that line's
 * first mark (bars growing from one baseline, tiles in a row), otherwise it starts a new line.
 */
function lines(marks: readonly FocusMark[]): FocusMark[][] {
  const byTop = [...marks].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const out: { head: Box; marks: FocusMark[] }[] = [];
  for (const mark of byTop) {
    const centre = mark.box.y + mark.box.height / 2;
    const line = out.find((l) => centre >= l.head.y && centre <= l.head.y + l.head.height);
    if (line) line.marks.push(mark);
    else out.push({ head: mark.box, marks: [mark] });
  }
  return out.map((l) => l.marks.sort((a, b) => a.box.x - b.box.x));
}

/**
 * Every mark's id in keyboard order: group by group, each read line by line unless it keeps its
 * own order. An id met twice keeps its first place.
 */
export function focusOrder(groups: readonly FocusGroup[]): string[] {
  const ids: string[] = [];
  for (const group of groups) {
    const marks = group.keepOrder ? group.marks : lines(group.marks).flat();
    for (const mark of marks) if (!ids.includes(mark.id)) ids.push(mark.id);
  }
  return ids;
}

/**
 * Where a key moves focus from `current`: Right/Down to the next mark, Left/Up to the previous
 * (stopping at either end, as a list does), Home/End to the first/last. `undefined` for a key the
 * chart does not handle (the browser keeps its default); `current` itself at an end.
 */
export function moveFocus(
  order: readonly string[],
  current: string,
  key: string,
): string | undefined {
  if (order.length === 0) return undefined;
  const at = Math.max(0, order.indexOf(current));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[Math.min(order.length - 1, at + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[Math.max(0, at - 1)];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    default:
      return undefined;
  }
}

/**
 * The one mark in the tab order: the last one focused while it is still drawn, else the first.
 * `null` when the chart has no marks, or while the reader has left them with Escape (the chart
 * itself has focus then, and Tab must move on past the chart, not back into it).
 */
export function tabStop(
  order: readonly string[],
  lastFocused: string | null,
  left: boolean,
): string | null {
  if (left) return null;
  if (lastFocused !== null && order.includes(lastFocused)) return lastFocused;
  return order[0] ?? null;
}
