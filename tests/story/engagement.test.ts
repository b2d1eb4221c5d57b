import { describe, expect, it, vi } from 'vitest';
import { ENGAGEMENT_EVENTS, onFirstEngagement } from '../../src/story/startup/engagement.ts';

describe('onFirstEngagement', () => {
  it.each(ENGAGEMENT_EVENTS)('starts once on the first %s, whatever follows', (type) => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start);
    expect(start).not.toHaveBeenCalled();
    target.dispatchEvent(new Event(type));
    for (const other of ENGAGEMENT_EVENTS) target.dispatchEvent(new Event(other));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('ignores events that are not a reader engaging (resize, load)', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start);
    target.dispatchEvent(new Event('resize'));
    target.dispatchEvent(new Event('load'));
    expect(start).not.toHaveBeenCalled();
  });

  it('never starts once cancelled', () => {
    const target = new EventTarget();
    const start = vi.fn();
    const cancel = onFirstEngagement(target, start);
    cancel();
    target.dispatchEvent(new Event('scroll'));
    expect(start).not.toHaveBeenCalled();
  });
});
