// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { FIGURE_STRINGS } from '../../src/charts/shared/strings.ts';
import { charts } from '../../src/charts/registry.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

// The overview drawing throws on demand, so the boundary can be tested with a real figure around it.
const control = vi.hoisted(() => ({ throwIn: null as string | null }));
vi.mock('../../src/charts/overview/OverviewChart.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/charts/overview/OverviewChart.tsx')>();
  return {
    OverviewChart: (props: Parameters<typeof real.OverviewChart>[0]) => {
      if (control.throwIn === props.state) throw new Error('forced failure');
      return <real.OverviewChart {...props} />;
    },
  };
});

const data = loadDatasetFile();
afterEach(() => {
  cleanup();
  control.throwIn = null;
  vi.restoreAllMocks();
});

describe('<ChartFigure>', () => {
  it('lets the marks glide to a new state, and redraws them in place at a new size', () => {
    const drawing = () => document.querySelector('.chart-figure__drawing')!;
    const still = () => drawing().classList.contains('chart-figure__drawing--still');
    const { rerender } = render(
      <ChartFigure id="troops" data={data} lang="de" state="phase-1" width={390} />,
    );
    expect(still(), 'the first drawing has nothing to move from').toBe(true);
    rerender(<ChartFigure id="troops" data={data} lang="de" state="phase-2" width={390} />);
    expect(still(), 'a new state moves').toBe(false);
    expect(drawing().querySelectorAll('.chart-motion').length).toBeGreaterThan(0);
    rerender(<ChartFigure id="troops" data={data} lang="de" state="phase-2" width={640} />);
    expect(still(), 'a new width does not').toBe(true);
  });

  it('renders title, subtitle in the figcaption, the labelled SVG, source line and note', () => {
    render(<ChartFigure id="troops" data={data} lang="de" state="phase-2" width={390} />);
    const figure = screen.getByRole('figure');
    const heading = within(figure).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(charts.troops.title(data, 'de'));
    expect(figure.getAttribute('aria-labelledby')).toBe(heading.id);
    const caption = figure.querySelector('figcaption');
    expect(caption?.textContent).toContain(charts.troops.subtitle(data, 'de', 'phase-2'));
    expect(figure.firstElementChild?.tagName).toBe('FIGCAPTION');
    const svg = figure.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('graphics-document');
    const desc = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toBe(charts.troops.describe(data, 'de', 'phase-2'));
    expect(figure.textContent).toContain(charts.troops.sourceLine(data, 'de'));
    expect(figure.textContent).toContain(charts.troops.note(data, 'de') ?? '');
    expect(figure.getAttribute('data-state')).toBe('phase-2');
  });

  it('hides axes from assistive technology and makes detail marks focusable, one in the tab order', () => {
    render(<ChartFigure id="troops" data={data} lang="en" state="estimates" width={768} />);
    const svg = screen.getByRole('figure').querySelector('svg');
    expect(svg?.querySelector('.chart-axis')?.getAttribute('aria-hidden')).toBe('true');
    const marks = svg?.querySelectorAll('[role="graphics-symbol"][tabindex]') ?? [];
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark.getAttribute('aria-label')).toBeTruthy();
    expect(svg?.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('shows a callout on focus and on hover, and removes it on blur', () => {
    render(<ChartFigure id="counterflows" data={data} lang="de" state="other" width={390} />);
    const svg = screen.getByRole('figure').querySelector('svg');
    const tile = svg?.querySelector('[aria-label^="Flugabwehr"]');
    if (!tile) throw new Error('no air-defence tile');
    expect(svg?.querySelector('.chart-callout')).toBeNull();
    fireEvent.focus(tile);
    expect(svg?.querySelector('.chart-callout')?.textContent).toContain('mindestens 1 System');
    fireEvent.blur(tile);
    expect(svg?.querySelector('.chart-callout')).toBeNull();
    fireEvent.pointerMove(tile);
    expect(svg?.querySelector('.chart-callout')).not.toBeNull();
    fireEvent.pointerLeave(tile);
    expect(svg?.querySelector('.chart-callout')).toBeNull();
  });

  it('ignores a pointer the page scrolls a mark under: enter alone shows no callout', () => {
    // Scrolling under a resting pointer fires pointerover/enter but no pointermove.
    render(<ChartFigure id="counterflows" data={data} lang="de" state="other" width={390} />);
    const svg = screen.getByRole('figure').querySelector('svg');
    const tile = svg?.querySelector('[aria-label^="Flugabwehr"]');
    if (!tile) throw new Error('no air-defence tile');
    fireEvent.pointerOver(tile);
    fireEvent.pointerEnter(tile);
    expect(svg?.querySelector('.chart-callout')).toBeNull();
  });

  it('falls back to the default state for an unknown state id', () => {
    render(<ChartFigure id="counterflows" data={data} lang="de" state="nope" width={390} />);
    expect(screen.getByRole('figure').getAttribute('data-state')).toBe('oil');
  });

  it('toggles the data table with aria-expanded, visually hidden until asked', () => {
    render(<ChartFigure id="overview" data={data} lang="en" width={390} />);
    const button = screen.getByRole('button', { name: FIGURE_STRINGS.en.showTable });
    const box = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(box?.className).toContain('chart-visually-hidden');
    expect(box?.querySelector('table caption')?.textContent).toBe(
      charts.overview.table(data, 'en').caption,
    );
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe(FIGURE_STRINGS.en.hideTable);
    expect(box?.className).not.toContain('chart-visually-hidden');
  });

  it('shows the table without a button in "visible" mode, and the actions slot', () => {
    render(
      <ChartFigure
        id="troops"
        data={data}
        lang="de"
        width={390}
        tableMode="visible"
        headingLevel={2}
        actions={<a href="#embed">Einbetten</a>}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Einbetten' })).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('has no table in "none" mode, and shows a given drawing instead of the chart\'s own', () => {
    render(
      <ChartFigure
        id="troops"
        data={data}
        lang="de"
        tableMode="none"
        drawing={<img src="figures/de/troops.svg" alt="Beschreibung" />}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('img', { name: 'Beschreibung' })).toBeTruthy();
    expect(document.querySelector('svg.chart-svg')).toBeNull();
  });

  it('shows the table and an error line when the drawing throws, and keeps the page alive', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    control.throwIn = 'russia-to-dprk';
    const { rerender } = render(
      <main>
        <ChartFigure id="overview" data={data} lang="de" state="both" width={390} />
        <ChartFigure id="troops" data={data} lang="de" width={390} />
      </main>,
    );
    const [overview] = screen.getAllByRole('figure');
    if (!overview) throw new Error('no figure');
    expect(overview.querySelector('svg')).not.toBeNull();
    act(() =>
      rerender(
        <main>
          <ChartFigure id="overview" data={data} lang="de" state="russia-to-dprk" width={390} />
          <ChartFigure id="troops" data={data} lang="de" width={390} />
        </main>,
      ),
    );
    const [broken, other] = screen.getAllByRole('figure');
    expect(within(broken!).getByText(FIGURE_STRINGS.de.error)).toBeTruthy();
    expect(broken!.querySelector('svg')).toBeNull();
    const table = within(broken!).getByRole('table');
    expect(table.parentElement?.className).not.toContain('chart-visually-hidden');
    expect(other!.querySelector('svg')).not.toBeNull();
    // Another state draws again, and the table goes back behind its button.
    act(() =>
      rerender(
        <main>
          <ChartFigure id="overview" data={data} lang="de" state="both" width={390} />
          <ChartFigure id="troops" data={data} lang="de" width={390} />
        </main>,
      ),
    );
    const [again] = screen.getAllByRole('figure');
    expect(again!.querySelector('svg')).not.toBeNull();
    expect(within(again!).queryByText(FIGURE_STRINGS.de.error)).toBeNull();
  });

  it('announces a new state in a polite live region when asked to', () => {
    const { rerender } = render(
      <ChartFigure id="troops" data={data} lang="de" state="phase-1" width={390} announce />,
    );
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    rerender(
      <ChartFigure id="troops" data={data} lang="de" state="phase-2" width={390} announce />,
    );
    expect(live?.textContent).toBe(charts.troops.describe(data, 'de', 'phase-2'));
  });
});
