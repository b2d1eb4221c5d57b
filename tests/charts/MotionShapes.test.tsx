// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GrowingBar, MovingVerticalLine } from '../../src/charts/shared/MotionShapes.tsx';
import { MOTION_MS } from '../../src/charts/shared/motion.ts';

// jsdom has no Web Animations: record what the shapes ask for.
const animate = vi.fn();
beforeEach(() => {
  animate.mockReset();
  Object.assign(Element.prototype, { animate });
});
afterEach(() => {
  cleanup();
  delete (Element.prototype as Partial<Element>).animate;
});

const box = { x: 10, y: 20, width: 100, height: 8 };

function Drawing({ still, children }: { still: boolean; children: React.ReactNode }) {
  return (
    <div className={still ? 'chart-figure__drawing--still' : undefined}>
      <svg>{children}</svg>
    </div>
  );
}

describe('<GrowingBar>', () => {
  it('keeps its true geometry and shows a collapsed bar by transform', () => {
    const { container } = render(
      <Drawing still={false}>
        <GrowingBar box={box} collapsed />
      </Drawing>,
    );
    const rect = container.querySelector('rect')!;
    expect(['x', 'y', 'width', 'height'].map((a) => rect.getAttribute(a))).toEqual([
      '10',
      '20',
      '100',
      '8',
    ]);
    expect(rect.style.transform).toBe('matrix(0, 0, 0, 1, 10, 0)');
    expect(animate, 'nothing to animate from on the first drawing').not.toHaveBeenCalled();
  });

  it('grows from its left end when shown, by transform only, in the chart timing', () => {
    const { container, rerender } = render(
      <Drawing still={false}>
        <GrowingBar box={box} collapsed />
      </Drawing>,
    );
    rerender(
      <Drawing still={false}>
        <GrowingBar box={box} />
      </Drawing>,
    );
    expect(container.querySelector('rect')!.style.transform).toBe('');
    expect(animate).toHaveBeenCalledTimes(1);
    const [keyframes, timing] = animate.mock.calls[0]!;
    expect(keyframes).toEqual([{ transform: 'matrix(0, 0, 0, 1, 10, 0)' }, { transform: 'none' }]);
    expect(timing).toMatchObject({ duration: MOTION_MS });
  });

  it('does not animate in a drawing redrawn for a new size', () => {
    const { rerender } = render(
      <Drawing still>
        <GrowingBar box={box} />
      </Drawing>,
    );
    rerender(
      <Drawing still>
        <GrowingBar box={{ ...box, width: 50 }} />
      </Drawing>,
    );
    expect(animate).not.toHaveBeenCalled();
  });
});

describe('<MovingVerticalLine>', () => {
  it('moves from its old place to the new one', () => {
    const { container, rerender } = render(
      <Drawing still={false}>
        <MovingVerticalLine x={10} y0={0} y1={100} />
      </Drawing>,
    );
    rerender(
      <Drawing still={false}>
        <MovingVerticalLine x={40} y0={20} y1={70} />
      </Drawing>,
    );
    const line = container.querySelector('line')!;
    expect([line.getAttribute('x1'), line.getAttribute('y1'), line.getAttribute('y2')]).toEqual([
      '40',
      '20',
      '70',
    ]);
    const [keyframes] = animate.mock.calls[0]!;
    // Drawn at x 40, y 20–70; shown first at x 10, y 0–100: shifted left 30, stretched twice.
    expect(keyframes).toEqual([
      { transform: 'matrix(1, 0, 0, 2, -30, -40)' },
      { transform: 'none' },
    ]);
  });
});
