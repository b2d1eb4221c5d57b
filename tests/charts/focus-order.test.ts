import { describe, expect, it } from 'vitest';
import {
  focusOrder,
  moveFocus,
  tabStop,
  type FocusMark,
} from '../../src/charts/shared/focus-order.ts';

const mark = (id: string, x: number, y: number, width = 10, height = 10): FocusMark => ({
  id,
  box: { x, y, width, height },
});

describe('focusOrder(groups)', () => {
  it('reads a column of rows top to bottom, whatever order the layout lists them in', () => {
    const rows = [mark('c', 0, 40, 300, 18), mark('a', 0, 0, 300, 18), mark('b', 0, 20, 300, 18)];
    expect(focusOrder([{ marks: rows }])).toEqual(['a', 'b', 'c']);
  });

  it('reads bars of different heights on one baseline as one line, left to right', () => {
    // Troops phases: tall and short blocks of squares standing on the same axis.
    const phases = [
      mark('p3', 200, 60, 40, 40),
      mark('p1', 0, 0, 40, 100),
      mark('p2', 100, 80, 40, 20),
    ];
    expect(focusOrder([{ marks: phases }])).toEqual(['p1', 'p2', 'p3']);
  });

  it('reads a grid of tiles row by row', () => {
    const tiles = [
      mark('d', 110, 50, 100, 40),
      mark('b', 110, 0, 100, 40),
      mark('c', 0, 52, 100, 40),
      mark('a', 0, 2, 100, 40),
    ];
    expect(focusOrder([{ marks: tiles }])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('takes groups in the order given: a left column before the right one', () => {
    // Two ledger sections side by side: row by row across both would mix the directions.
    const left = [mark('l2', 0, 30, 300, 20), mark('l1', 0, 0, 300, 20)];
    const right = [mark('r1', 320, 0, 300, 20), mark('r2', 320, 30, 300, 20)];
    expect(focusOrder([{ marks: left }, { marks: right }])).toEqual(['l1', 'l2', 'r1', 'r2']);
  });

  it('keeps the given order for a group that asks for it (numbered markers)', () => {
    const markers = [mark('1', 50, 10), mark('2', 52, 30), mark('3', 10, 10)];
    expect(focusOrder([{ marks: markers, keepOrder: true }])).toEqual(['1', '2', '3']);
    expect(focusOrder([{ marks: markers }])).toEqual(['3', '1', '2']);
  });

  it('lists an id once, and nothing for no marks', () => {
    expect(focusOrder([{ marks: [mark('a', 0, 0)] }, { marks: [mark('a', 0, 50)] }])).toEqual([
      'a',
    ]);
    expect(focusOrder([])).toEqual([]);
    expect(focusOrder([{ marks: [] }])).toEqual([]);
  });
});

describe('moveFocus(order, current, key)', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('moves to the next mark with Right and Down, to the previous with Left and Up', () => {
    expect(moveFocus(order, 'b', 'ArrowRight')).toBe('c');
    expect(moveFocus(order, 'b', 'ArrowDown')).toBe('c');
    expect(moveFocus(order, 'c', 'ArrowLeft')).toBe('b');
    expect(moveFocus(order, 'c', 'ArrowUp')).toBe('b');
  });

  it('stops at either end, as a list does', () => {
    expect(moveFocus(order, 'd', 'ArrowRight')).toBe('d');
    expect(moveFocus(order, 'a', 'ArrowUp')).toBe('a');
  });

  it('jumps to the first and last mark with Home and End', () => {
    expect(moveFocus(order, 'c', 'Home')).toBe('a');
    expect(moveFocus(order, 'b', 'End')).toBe('d');
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'Escape', 'PageDown', 'a'])
      expect(moveFocus(order, 'b', key)).toBeUndefined();
    expect(moveFocus([], 'b', 'ArrowRight')).toBeUndefined();
  });

  it('starts from the first mark when the current one is no longer drawn', () => {
    expect(moveFocus(order, 'gone', 'ArrowRight')).toBe('b');
  });

  it('reaches every mark from the first by Right alone', () => {
    const seen = ['a'];
    for (let i = 0; i < order.length; i++) seen.push(moveFocus(order, seen.at(-1)!, 'ArrowRight')!);
    expect(new Set(seen)).toEqual(new Set(order));
  });
});

describe('tabStop(order, lastFocused, left)', () => {
  it('is the first mark until one has been focused, then the last focused', () => {
    expect(tabStop(['a', 'b'], null, false)).toBe('a');
    expect(tabStop(['a', 'b'], 'b', false)).toBe('b');
  });

  it('falls back to the first mark when the last focused one is not drawn in this state', () => {
    expect(tabStop(['a', 'b'], 'x', false)).toBe('a');
  });

  it('is none while the reader has left the marks with Escape, and for a chart without marks', () => {
    expect(tabStop(['a', 'b'], 'b', true)).toBeNull();
    expect(tabStop([], null, false)).toBeNull();
  });
});
