// @vitest-environment jsdom
/**
 * A chart that throws while drawing is caught by ChartFigure's error boundary: the figure shows its
 * data table and a short error line, and the rest of the page (other charts, their controls) keeps
 * working. The troops chart is forced to throw — always, or only in one state.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { FIGURE_STRINGS } from '../../src/charts/shared/strings.ts';
import { charts } from '../../src/charts/registry.ts';
import { loadShipped } from './hostile-data.ts';

const failing = vi.hoisted(() => ({ when: (_state: string): boolean => true }));

vi.mock('../../src/charts/troops/TroopsChart.tsx', () => ({
  TroopsChart: ({ state }: { state: string }) => {
    if (failing.when(state)) throw new Error('forced failure for the test');
    return <svg data-testid="troops-svg" aria-hidden="true" />;
  },
}));

const data = loadShipped();

function Page({ troopsState }: { troopsState?: string }) {
  return (
    <main>
      <p>Article text before.</p>
      <ChartFigure id="troops" data={data} lang="de" state={troopsState} width={640} />
      <ChartFigure id="missiles" data={data} lang="de" width={640} />
      <p>Article text after.</p>
    </main>
  );
}

const figureOf = (id: string) => document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`)!;
const tableBox = (figure: HTMLElement) => figure.querySelector('table')!.parentElement!;

beforeEach(() => {
  // React reports caught render errors on the console; keep the output readable, but count them.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ChartErrorBoundary through ChartFigure', () => {
  it('shows the error line and the visible data table instead of the broken chart', () => {
    failing.when = () => true;
    render(<Page />);
    const troops = figureOf('troops');
    expect(within(troops).getByText(FIGURE_STRINGS.de.error)).toBeTruthy();
    expect(troops.querySelector('svg')).toBeNull();
    // The table is shown (not visually hidden) and carries the chart's rows.
    expect(tableBox(troops).className).not.toContain('visually-hidden');
    const rows = charts.troops.table(data, 'de').rows.length;
    expect(troops.querySelectorAll('tbody tr')).toHaveLength(rows);
    // Title and source line are still there.
    expect(within(troops).getByText(charts.troops.title(data, 'de'))).toBeTruthy();
  });

  it('leaves the rest of the page working', () => {
    failing.when = () => true;
    render(<Page />);
    expect(screen.getByText('Article text before.')).toBeTruthy();
    expect(screen.getByText('Article text after.')).toBeTruthy();
    const missiles = figureOf('missiles');
    expect(missiles.querySelector('svg')).not.toBeNull();
    expect(within(missiles).queryByText(FIGURE_STRINGS.de.error)).toBeNull();
    // Its table toggle still responds.
    const toggle = within(missiles).getByRole('button', { name: FIGURE_STRINGS.de.showTable });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(tableBox(missiles).className).not.toContain('visually-hidden');
  });

  it('catches a failure that only happens in one state, after a state change', () => {
    const [first, second] = charts.troops.states;
    expect(second, 'troops needs at least two states').toBeDefined();
    failing.when = (state) => state === second!.id;
    const { rerender } = render(<Page troopsState={first!.id} />);
    expect(figureOf('troops').querySelector('[data-testid="troops-svg"]')).not.toBeNull();
    act(() => rerender(<Page troopsState={second!.id} />));
    expect(within(figureOf('troops')).getByText(FIGURE_STRINGS.de.error)).toBeTruthy();
    expect(figureOf('missiles').querySelector('svg')).not.toBeNull();
    expect(console.error).toHaveBeenCalled();
  });
});
