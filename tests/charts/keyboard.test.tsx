// @vitest-environment jsdom
/**
 * Every chart in every state is one tab stop: its marks are reached by the arrow keys, Home and
 * End, each shows its callout while focused, and Escape hands focus to the chart itself with no
 * mark left in the tab order. The real keyboard (Tab, focus rings) is tested in Chromium
 * (tests/browser/keyboard.test.ts).
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { charts } from '../../src/charts/registry.ts';
import { CHART_IDS } from '../../src/charts/types.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { layoutTroops } from '../../src/charts/troops/layout.ts';

const data = loadDatasetFile();
afterEach(cleanup);

const cases = CHART_IDS.flatMap((id) => charts[id].states.map((s) => [id, s.id] as const));

function drawn(id: (typeof CHART_IDS)[number], state: string, lang: 'de' | 'en' = 'de') {
  render(<ChartFigure id={id} data={data} lang={lang} state={state} width={390} />);
  const svg = document.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!svg) throw new Error('no chart svg');
  const marks = () => [...svg.querySelectorAll<SVGGElement>('[data-mark-id]')];
  const idOf = (el: Element | null) => el?.getAttribute('data-mark-id') ?? null;
  const stops = () => marks().filter((m) => m.getAttribute('tabindex') === '0');
  const callout = () => svg.querySelector('.chart-callout')?.textContent ?? null;
  return { svg, marks, idOf, stops, callout };
}

describe.each(cases)('%s / %s: one tab stop, every mark by the arrow keys', (id, state) => {
  it('has exactly one mark in the tab order, the others at -1', () => {
    const { marks, stops } = drawn(id, state);
    expect(marks().length).toBeGreaterThan(0);
    expect(stops()).toHaveLength(1);
    for (const m of marks()) expect(['0', '-1']).toContain(m.getAttribute('tabindex'));
  });

  it('reaches every mark from the tab stop with ArrowRight, each with its callout; Home and End jump', () => {
    const { marks, stops, idOf, callout } = drawn(id, state);
    const first = stops()[0]!;
    act(() => first.focus());
    expect(document.activeElement).toBe(first);
    const visited = [idOf(first)];
    expect(callout(), `${idOf(first)} shows its callout on focus`).toBeTruthy();
    for (let i = 0; i < marks().length; i++) {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
      const now = idOf(document.activeElement);
      expect(now, 'focus stays on a mark').not.toBeNull();
      expect(callout(), `${now} shows its callout on focus`).toBeTruthy();
      if (now === visited.at(-1)) break; // the last mark: Right stops there
      visited.push(now);
    }
    expect(new Set(visited)).toEqual(new Set(marks().map(idOf)));
    expect(visited).toHaveLength(marks().length);
    // The one tab stop follows focus (a reader who tabs away and back returns to it).
    expect(stops().map(idOf)).toEqual([visited.at(-1)]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(idOf(document.activeElement)).toBe(visited[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(idOf(document.activeElement)).toBe(visited.at(-1));
  });
});

/** The marks in the order ArrowRight visits them, from the tab stop. */
function visitOrder(id: (typeof CHART_IDS)[number], state: string, width = 390): string[] {
  render(<ChartFigure id={id} data={data} lang="de" state={state} width={width} />);
  const svg = document.querySelector<SVGSVGElement>('svg.chart-svg')!;
  act(() => svg.querySelector<SVGElement>('[tabindex="0"]')!.focus());
  const order: string[] = [];
  for (let i = 0; i < 100; i++) {
    const now = document.activeElement?.getAttribute('data-mark-id') ?? '';
    if (order.at(-1) === now) break;
    order.push(now);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
  }
  cleanup();
  return order;
}

describe('reading order', () => {
  it('troops: the phases in time order, then the estimate markers by their numbers', () => {
    const order = visitOrder('troops', 'estimates');
    expect(order.slice(0, 3)).toEqual(['phase-1', 'phase-2', 'phase-3']);
    const { markers } = layoutTroops(data, {
      width: 390,
      state: 'estimates',
      lang: 'de',
    }).estimates;
    expect(markers.map((m) => m.n)).toEqual(markers.map((_, i) => i + 1));
    expect(order.slice(3)).toEqual(markers.map((m) => m.id));
  });

  it('overview side by side: every row of the left section before the right one, top to bottom', () => {
    const order = visitOrder('overview', 'both', 1000);
    render(<ChartFigure id="overview" data={data} lang="de" state="both" width={1000} />);
    const top = (markId: string) =>
      document.querySelector(`[data-mark-id="${markId}"] .chart-mark__hit`)!.getAttribute('y');
    const left = (markId: string) =>
      Number(
        document.querySelector(`[data-mark-id="${markId}"] .chart-mark__hit`)!.getAttribute('x'),
      );
    const sides = order.map((m) => (left(m) === 0 ? 'left' : 'right'));
    expect(sides.indexOf('right')).toBeGreaterThan(0);
    expect(sides.slice(sides.indexOf('right')).every((s) => s === 'right')).toBe(true);
    const leftTops = order.filter((_, i) => sides[i] === 'left').map((m) => Number(top(m)));
    expect(leftTops).toEqual([...leftTops].sort((a, b) => a - b));
  });

  it('estimates: rows top to bottom, which is date order', () => {
    const order = visitOrder('missiles', 'estimates');
    render(<ChartFigure id="missiles" data={data} lang="de" state="estimates" width={390} />);
    const ys = order.map((m) => {
      const style = document.querySelector(`[data-mark-id="${m}"]`)!.getAttribute('style') ?? '';
      return Number(/translate\([^,]+,\s*([\d.]+)px\)/.exec(style)?.[1]);
    });
    expect(ys.every((y) => Number.isFinite(y))).toBe(true);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});

describe('Escape and the chart itself', () => {
  it('Escape moves focus to the chart, hides the callout and takes every mark out of the tab order', () => {
    const { svg, stops, idOf, callout } = drawn('overview', 'both');
    act(() => stops()[0]!.focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const second = idOf(document.activeElement);
    expect(callout()).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(svg);
    expect(callout()).toBeNull();
    expect(stops()).toHaveLength(0);
    // An arrow key on the chart goes back to the mark last focused.
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(idOf(document.activeElement)).toBe(second);
    // Leaving the chart gives the marks their tab stop back: the mark last focused.
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.blur(svg);
    expect(stops().map(idOf)).toEqual([second]);
  });

  it('leaves other keys to the page: Tab and Space are not taken', () => {
    const { stops } = drawn('troops', 'estimates');
    const first = stops()[0]!;
    act(() => first.focus());
    for (const key of ['Tab', ' ', 'PageDown']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      first.dispatchEvent(event);
      expect(event.defaultPrevented, key).toBe(false);
    }
    const arrow = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      bubbles: true,
      cancelable: true,
    });
    document.activeElement!.dispatchEvent(arrow);
    expect(arrow.defaultPrevented, 'an arrow key would scroll the page').toBe(true);
  });
});

describe('mark names', () => {
  it.each(cases)('%s / %s: every mark names its sources, as the data table does', (id, state) => {
    for (const lang of ['de', 'en'] as const) {
      const { marks } = drawn(id, state, lang);
      for (const m of marks())
        expect(m.getAttribute('aria-label'), m.getAttribute('data-mark-id') ?? '').toMatch(
          lang === 'de' ? /\. Quellen?: \S/ : /\. Sources?: \S/,
        );
      cleanup();
    }
  });
});
