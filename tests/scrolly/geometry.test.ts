import { describe, expect, it } from 'vitest';
import {
  activeStepFromGeometry,
  readingProgress,
  scrollDirection,
  scrollTargetForStep,
  stepProgress,
  triggerFraction,
  type StepRect,
} from '../../src/scrolly/geometry.ts';

/** Steps of the given heights stacked from `start` (viewport coordinates), with `gap` between. */
function stack(start: number, heights: number[], gap = 0): StepRect[] {
  let top = start;
  return heights.map((h) => {
    const rect = { top, bottom: top + h };
    top += h + gap;
    return rect;
  });
}

describe('activeStepFromGeometry()', () => {
  it('is -1 before the first step reaches the trigger line', () => {
    expect(activeStepFromGeometry(stack(600, [400, 400, 400]), 500)).toBe(-1);
  });

  it('picks the step the trigger line is in', () => {
    // Steps at 100–500, 500–900, 900–1300; line at 500 is the top of step 1.
    expect(activeStepFromGeometry(stack(100, [400, 400, 400]), 499)).toBe(0);
    expect(activeStepFromGeometry(stack(100, [400, 400, 400]), 500)).toBe(1);
    expect(activeStepFromGeometry(stack(100, [400, 400, 400]), 1299)).toBe(2);
  });

  it('keeps the last passed step while the line is in a gap between steps', () => {
    expect(activeStepFromGeometry(stack(0, [200, 200], 300), 350)).toBe(0);
  });

  it('lands on the right step after a fast jump, with no steps in between', () => {
    // Page jumped so far that steps 0–6 are all above the viewport at once.
    const rects = stack(-6000, [500, 500, 500, 500, 500, 500, 500, 500, 500, 500], 400);
    // Step i starts at -6000 + 900 i; the line at 400 is inside step 7 (300..800).
    expect(activeStepFromGeometry(rects, 400)).toBe(7);
  });

  it('reports the last step past the end of the page', () => {
    expect(activeStepFromGeometry(stack(-5000, [400, 400, 400]), 500)).toBe(2);
  });

  it('after a reload mid-page, derives the step from where the steps are, not from history', () => {
    const rects = stack(-1500, [800, 800, 800, 800]);
    // Step 2 spans 100..900.
    expect(activeStepFromGeometry(rects, 450)).toBe(2);
  });

  it('never makes a zero-height step active', () => {
    const rects: StepRect[] = [
      { top: 0, bottom: 300 },
      { top: 300, bottom: 300 }, // collapsed
      { top: 300, bottom: 700 },
      { top: 0, bottom: 0 }, // display: none reports a 0×0 box at the origin
    ];
    expect(activeStepFromGeometry(rects, 200)).toBe(0);
    expect(activeStepFromGeometry(rects, 500)).toBe(2);
  });

  it('is -1 when no step has height, or there are no steps', () => {
    expect(activeStepFromGeometry([{ top: 0, bottom: 0 }], 300)).toBe(-1);
    expect(activeStepFromGeometry([], 300)).toBe(-1);
  });
});

describe('stepProgress()', () => {
  it('goes from 0 at the top of the step to 1 at its bottom, clamped', () => {
    expect(stepProgress({ top: 100, bottom: 500 }, 100)).toBe(0);
    expect(stepProgress({ top: 100, bottom: 500 }, 300)).toBe(0.5);
    expect(stepProgress({ top: 100, bottom: 500 }, 900)).toBe(1);
    expect(stepProgress({ top: 100, bottom: 500 }, 0)).toBe(0);
  });
  it('is 0 without a step or for a zero-height step', () => {
    expect(stepProgress(undefined, 10)).toBe(0);
    expect(stepProgress({ top: 5, bottom: 5 }, 10)).toBe(0);
  });
});

describe('scrollDirection()', () => {
  const prev = { scrollY: 1000, index: 3, direction: 'up' as const };
  it('follows the scroll position first', () => {
    expect(scrollDirection(prev, { scrollY: 1200, index: 2 })).toBe('down');
    expect(scrollDirection(prev, { scrollY: 800, index: 4 })).toBe('up');
  });
  it('falls back to the step change, then to the previous direction', () => {
    expect(scrollDirection(prev, { scrollY: 1000, index: 4 })).toBe('down');
    expect(scrollDirection({ ...prev, direction: 'down' }, { scrollY: 1000, index: 2 })).toBe('up');
    expect(scrollDirection(prev, { scrollY: 1000, index: 3 })).toBe('up');
  });
});

describe('triggerFraction() and scrollTargetForStep()', () => {
  it('puts the line at half height on desktop and lower on phones', () => {
    expect(triggerFraction(1280)).toBe(0.5);
    expect(triggerFraction(390)).toBeGreaterThan(0.5);
    expect(triggerFraction(720)).toBe(triggerFraction(390));
  });
  it('scrolls a step just past the trigger line, never above the page top', () => {
    const target = scrollTargetForStep(2000, 900, 400);
    expect(target).toBe(2502);
    // After scrolling to it, the step top sits 2 px above the line: it is active.
    const topAfter = 900 - (target - 2000);
    expect(activeStepFromGeometry([{ top: topAfter, bottom: topAfter + 300 }], 400)).toBe(0);
    expect(scrollTargetForStep(0, 10, 400)).toBe(0);
  });
});

describe('readingProgress()', () => {
  it('is 0 at the top, 1 at the end, proportional between', () => {
    expect(readingProgress(100, 3000, 1000)).toBe(0);
    expect(readingProgress(-1000, 3000, 1000)).toBe(0.5);
    expect(readingProgress(-5000, 3000, 1000)).toBe(1);
  });
  it('handles an article shorter than the viewport', () => {
    expect(readingProgress(0, 500, 1000)).toBe(1);
    expect(readingProgress(10, 500, 1000)).toBe(0);
  });
});
