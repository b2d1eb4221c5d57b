// @vitest-environment jsdom
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { storyCopy } from '../../src/story/content/copy.ts';
import { indexSteps } from '../../src/story/content/steps.ts';
import { StoryScrolly } from '../../src/story/components/StoryScrolly.tsx';

const data = loadDatasetFile(resolve(import.meta.dirname, '../../data/transfers.json'));
const content = storyCopy.de;
const steps = indexSteps(content);

// Fake page: step i occupies document y 1000 + 600 i .. + 600; viewport 800 high (line at 400).
let scrollY = 0;
beforeEach(() => {
  scrollY = 0;
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const i = Number(this.dataset.stepIndex);
    const top = Number.isNaN(i) ? 0 : 1000 + 600 * i - scrollY;
    const height = Number.isNaN(i) ? 0 : 600;
    return {
      top,
      bottom: top + height,
      height,
      left: 0,
      right: 0,
      width: 0,
      x: 0,
      y: top,
    } as DOMRect;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function scrollToStep(i: number) {
  scrollY = 1000 + 600 * i - 400 + 10;
  await act(async () => {
    fireEvent.scroll(window);
    await new Promise((r) => setTimeout(r, 40));
  });
}

describe('<StoryScrolly> in a browser-like DOM', () => {
  it('shows the active step’s chart and state, marks the step, and announces changes politely', async () => {
    const { container } = render(
      <StoryScrolly content={content} steps={steps} data={data} lang="de" root="./" />,
    );
    const graphic = container.querySelector<HTMLElement>('.scrolly__graphic');
    const live = container.querySelector('[aria-live="polite"]');
    expect(graphic?.dataset.activeChart).toBe(steps[0]?.chart);
    // Nothing is announced for the first state: it is read with the page.
    expect(live?.textContent).toBe('');

    // Jump to a step whose chart differs from the first.
    const target = steps.find((s) => s.chart !== steps[0]?.chart && s.index > 2);
    expect(target).toBeDefined();
    if (!target) return;
    await scrollToStep(target.index);
    expect(graphic?.dataset.activeChart).toBe(target.chart);
    expect(graphic?.dataset.activeState).toBe(target.resolvedState);
    expect(container.querySelector('[aria-current="step"]')?.getAttribute('data-step-id')).toBe(
      target.id,
    );
    expect(live?.textContent).toBe(
      `Grafik: ${chartMeta[target.chart].describe(data, 'de', target.resolvedState)}`,
    );

    // Past the end the last step stays; back at the top the first chart returns.
    await scrollToStep(steps.length + 5);
    expect(graphic?.dataset.activeStep).toBe(steps.at(-1)?.id);
    scrollY = 0;
    await act(async () => {
      fireEvent.scroll(window);
      await new Promise((r) => setTimeout(r, 40));
    });
    expect(graphic?.dataset.activeChart).toBe(steps[0]?.chart);
    expect(graphic?.dataset.activeState).toBe(steps[0]?.resolvedState);
  });
});
