import { describe, expect, it, vi } from 'vitest';
import { FIRST_TOUCH_EVENTS, onFirstTouch } from '../../src/embed/first-touch.ts';

describe('onFirstTouch', () => {
  it('starts once, on the first pointer move, tap, key or focus, and stops listening', () => {
    for (const type of FIRST_TOUCH_EVENTS) {
      const target = new EventTarget();
      const start = vi.fn();
      onFirstTouch(target, start);
      target.dispatchEvent(new Event(type));
      target.dispatchEvent(new Event('pointerdown'));
      expect(start, type).toHaveBeenCalledTimes(1);
    }
  });

  it('ignores the wheel and scrolling (a reader passing the frame on the host page)', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstTouch(target, start);
    for (const type of ['wheel', 'scroll', 'pointerover', 'pointerenter'])
      target.dispatchEvent(new Event(type));
    expect(start).not.toHaveBeenCalled();
  });

  it('can be cancelled', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstTouch(target, start)();
    target.dispatchEvent(new Event('keydown'));
    expect(start).not.toHaveBeenCalled();
  });

  it('starts at once when the reader touched before the code arrived', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstTouch(target, start, true);
    expect(start).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('keydown'));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
