/**
 * The keyboard and callout side of a chart's marks, shared by every chart through ChartSvg: one
 * tab stop for the whole chart (roving tabindex, ./focus-order.ts), the arrow keys, Home and End
 * between its marks, Escape back to the chart itself (a further Tab leaves it), and one callout
 * for the mark the pointer is on or, failing that, the one with focus.
 */
import {
  createContext,
  useContext,
  useState,
  type KeyboardEvent,
  type FocusEvent,
  type RefObject,
} from 'react';
import type { Box } from './labels.ts';
import { focusOrder, moveFocus, tabStop, type FocusGroup, type FocusMark } from './focus-order.ts';

/** A mark as the chart hands it to ChartSvg: where it is, and what its callout says. */
export interface ChartMark extends FocusMark {
  callout: {
    /** The point the callout refers to (drawing coordinates). */
    anchor: { x: number; y: number };
    /** Lines of text; the first is set bold. */
    lines: readonly string[];
  };
}

/** A mark over a box, its callout pointing at the box's top centre (a tile, a block of squares). */
export function boxMark(item: { id: string; box: Box; detail: readonly string[] }): ChartMark {
  const { id, box, detail } = item;
  return { id, box, callout: { anchor: { x: box.x + box.width / 2, y: box.y }, lines: detail } };
}

/** What a `<Mark>` needs from its chart. */
export interface MarksContextValue {
  /** The mark in the tab order (tabindex 0); every other mark is -1, reached by the arrow keys. */
  tabStop: string | null;
  /** The mark's box, for its focus ring. */
  boxOf(id: string): Box | undefined;
  /** The pointer moved onto a mark (id) or left it (null). */
  hover(id: string | null): void;
  /** A mark got focus (id) or lost it (null). */
  focus(id: string | null): void;
}

export const MarksContext = createContext<MarksContextValue | null>(null);

export function useMarksContext(): MarksContextValue | null {
  return useContext(MarksContext);
}

/** The attribute that carries a mark's id in the markup, for the key handler to find it. */
export const MARK_ID_ATTRIBUTE = 'data-mark-id';

function markElements(root: Element): Element[] {
  return [...root.querySelectorAll(`[${MARK_ID_ATTRIBUTE}]`)];
}

/**
 * Set on the box of a chart whose page must not scroll to a mark: the story's sticky graphic,
 * whose steps follow the scroll position. Its marks take focus where they are, and only the box
 * itself is brought fully into view (before it sticks, at the top of the story, where no step
 * changes). Elsewhere focus scrolls a mark into view as the browser does, across an embed's frame
 * too.
 */
export const KEEP_SCROLL_ATTRIBUTE = 'data-chart-keep-scroll';

function focusMark(root: Element, id: string): boolean {
  const element = markElements(root).find((el) => el.getAttribute(MARK_ID_ATTRIBUTE) === id);
  if (!(element instanceof SVGElement)) return false;
  const box = root.closest(`[${KEEP_SCROLL_ATTRIBUTE}]`);
  element.focus({ preventScroll: box !== null });
  box?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  return true;
}

export interface ChartMarksState {
  context: MarksContextValue;
  /** The mark whose callout shows: the hovered one, else the focused one. */
  active: ChartMark | undefined;
  /** For the chart's root: keys, and knowing when the chart itself loses focus. */
  rootProps: {
    tabIndex: -1;
    onKeyDown(event: KeyboardEvent<SVGSVGElement>): void;
    onBlur(event: FocusEvent<SVGSVGElement>): void;
  };
}

/** State and handlers of one chart's marks (`groups` in reading order, see `focusOrder`). */
export function useChartMarks(
  groups: readonly FocusGroup<ChartMark>[],
  root: RefObject<SVGSVGElement | null>,
): ChartMarksState {
  const order = focusOrder(groups);
  const byId = new Map(groups.flatMap((g) => g.marks).map((m) => [m.id, m]));
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  // After Escape the chart itself has focus and no mark is tabbable, so Tab moves past the chart.
  const [left, setLeft] = useState(false);
  const stop = tabStop(order, lastFocused, left);

  const focus = (id: string | null) => {
    setFocused(id);
    if (id !== null) {
      setLastFocused(id);
      setLeft(false);
    }
  };
  const context: MarksContextValue = {
    tabStop: stop,
    boxOf: (id) => byId.get(id)?.box,
    hover: setHovered,
    focus,
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const svg = root.current;
    if (!svg || event.altKey || event.ctrlKey || event.metaKey) return;
    const mark = (event.target as Element).closest(`[${MARK_ID_ATTRIBUTE}]`);
    const current = mark?.getAttribute(MARK_ID_ATTRIBUTE) ?? null;
    if (event.key === 'Escape') {
      if (current === null) return;
      event.preventDefault();
      setLeft(true);
      svg.focus({ preventScroll: true }); // the chart holds the mark: it is in view already
      return;
    }
    // On the chart itself (after Escape): the arrow keys go back to the mark last focused.
    const from = current ?? tabStop(order, lastFocused, false);
    const moved = from === null ? undefined : moveFocus(order, from, event.key);
    if (from === null || moved === undefined) return;
    const target = current === null ? from : moved;
    event.preventDefault(); // the arrow keys would scroll the page (and change the story's step)
    focusMark(svg, target);
  };

  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (event.target === event.currentTarget) setLeft(false);
  };

  const activeId = hovered ?? focused;
  return {
    context,
    active: activeId === null ? undefined : byId.get(activeId),
    rootProps: { tabIndex: -1, onKeyDown, onBlur },
  };
}
