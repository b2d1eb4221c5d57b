// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scrolly, useScrolly } from '../../src/scrolly/ScrollyContext.tsx';

/** Document layout of the fake page: step i spans stepTop + i * STEP_H .. + STEP_H. */
const STEP_TOP = 1000;
let stepTop = STEP_TOP;
const STEP_H = 800;
const STEPS = 4;
const VIEWPORT_H = 1000; // trigger line at 500 on desktop width

let scrollY = 0;

function setScroll(y: number) {
  scrollY = y;
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
}

function Readout() {
  const { index, direction, progress } = useScrolly();
  return (
    <output data-testid="state">
      {index}|{direction}|{progress.toFixed(2)}
    </output>
  );
}

function Page() {
  return (
    <Scrolly>
      {Array.from({ length: STEPS }, (_, i) => (
        <div key={i} data-step-index={i} data-testid={`step-${i}`}>
          step {i}
        </div>
      ))}
      <Readout />
    </Scrolly>
  );
}

function state() {
  return screen.getByTestId('state').textContent;
}

/** Scroll the fake page and let the engine's animation frame run. */
async function scrollTo(y: number) {
  setScroll(y);
  await act(async () => {
    fireEvent.scroll(window);
    await new Promise((r) => setTimeout(r, 40));
  });
}

beforeEach(() => {
  stepTop = STEP_TOP;
  setScroll(0);
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: VIEWPORT_H });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
  // Each step's box follows the fake scroll position, like a real page.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const i = Number(this.dataset.stepIndex);
    const top = Number.isNaN(i) ? 0 : stepTop + i * STEP_H - scrollY;
    const height = Number.isNaN(i) ? 0 : STEP_H;
    return {
      top,
      bottom: top + height,
      height,
      left: 0,
      right: 600,
      width: 600,
      x: 0,
      y: top,
      toJSON: () => ({}),
    } as DOMRect;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The engine's first measurement runs after the first frame, not while the page starts. */
const firstFrame = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 40));
  });

describe('useScrollEngine() through <Scrolly>', () => {
  it('reports -1 at the top of the page (before the first step), after the first measurement', async () => {
    render(<Page />);
    await firstFrame();
    expect(state()).toBe('-1|down|0.00');
  });

  it('follows scrolling down and up with index, direction and progress', async () => {
    render(<Page />);
    await scrollTo(500); // line at document y 1000 = top of step 0
    expect(state()).toBe('0|down|0.00');
    await scrollTo(900); // line at 1400: half through step 0
    expect(state()).toBe('0|down|0.50');
    await scrollTo(1400); // line at 1900: step 1
    expect(state()).toBe('1|down|0.13');
    await scrollTo(600);
    expect(state()).toBe('0|up|0.13');
  });

  it('lands on the right step after a jump past several steps, and back', async () => {
    render(<Page />);
    await scrollTo(3000); // line at 3500: step 3 (3400..4200)
    expect(state()).toBe('3|down|0.13');
    await scrollTo(0);
    expect(state()).toBe('-1|up|0.00');
  });

  it('keeps the last step active past the end of the page', async () => {
    render(<Page />);
    await scrollTo(20000);
    expect(state().split('|')[0]).toBe('3');
  });

  it('measures after the first frame: a reload mid-page starts on the right step', async () => {
    setScroll(1700); // line at 2200: step 1 (1800..2600)
    render(<Page />);
    await firstFrame();
    expect(state().split('|')[0]).toBe('1');
  });

  it('re-measures on resize and visualViewport changes (address bar)', async () => {
    render(<Page />);
    await scrollTo(700); // line at 1200: step 0
    expect(state().split('|')[0]).toBe('0');
    // The viewport grows (address bar hides): the line moves to 900 → document y 1600, still step 0;
    // grow more so the line passes step 1's top (1800).
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 2400 });
    await act(async () => {
      fireEvent(window, new Event('resize'));
      await new Promise((r) => setTimeout(r, 40));
    });
    expect(state()).toBe('1|down|0.13');
  });

  it('scrolls a step to the trigger line when it gets keyboard focus', async () => {
    const scrollSpy = vi.fn();
    window.scrollTo = scrollSpy as unknown as typeof window.scrollTo;
    render(<Page />);
    const step = screen.getByTestId('step-2');
    step.tabIndex = 0;
    act(() => step.focus());
    // Step 2 starts at document y 2600; top of the viewport must go to 2600 - 500 + 2.
    expect(scrollSpy).toHaveBeenCalledWith({ top: 2102, behavior: 'auto' });
  });

  it('reads the steps once while the page scrolls, and again once scrolling pauses', async () => {
    render(<Page />);
    await scrollTo(500);
    const reads = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    const stepReads = () =>
      reads.mock.contexts.filter((el) => (el as HTMLElement).dataset.stepIndex !== undefined)
        .length;
    const before = stepReads();
    // Frames 40 ms apart: one continuous scroll, measured from the boxes read before it.
    for (const y of [700, 900, 1100, 1400]) await scrollTo(y);
    expect(state()).toBe('1|down|0.13');
    expect(stepReads()).toBe(before);
    // Something above the steps grew by 400 px while the reader scrolled: once the scrolling
    // pauses, the steps are measured from scratch and the answer follows.
    stepTop = STEP_TOP + 400;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 250));
    });
    expect(stepReads()).toBe(before + STEPS);
    expect(state()).toBe('0|up|0.63');
  });
});
