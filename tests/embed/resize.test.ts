// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MEASURE_NOW_EVENT } from '../../src/charts/shared/measure-now.ts';
import {
  COALESCE_MS,
  RECHECK_FOR_MS,
  RECHECK_MS,
  REPEAT_MS,
  startResizeMessenger,
} from '../../src/embed/resize.ts';
import type { HostRequest } from '../../src/embed/protocol.ts';

/** A controllable ResizeObserver: tests call `fire()` as the browser would after layout. */
let observers: { cb: ResizeObserverCallback; fire(): void }[] = [];
class FakeResizeObserver {
  cb: ResizeObserverCallback;
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb;
    observers.push({ cb, fire: () => cb([], this as unknown as ResizeObserver) });
  }
  observe() {}
  disconnect() {}
  unobserve() {}
}

const host = (width: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'msmt-transfers:host',
  v: 1,
  width,
  ...extra,
});

/**
 * A frame's window whose parent records what it is sent. `viewport` is the frame's own width
 * (innerWidth); `content` the wrapper's height; the clock is the test's.
 */
function setup(childId: string | null) {
  const sent: unknown[] = [];
  const parent = { postMessage: (data: unknown) => sent.push(data) } as unknown as Window;
  const state = { height: 600, viewport: 640, now: 0, measureEvents: 0 };
  const target = document.createElement('div');
  target.getBoundingClientRect = () => ({ height: state.height, width: state.viewport }) as DOMRect;
  const requests: HostRequest[] = [];
  const win = Object.create(window) as Window;
  Object.defineProperty(win, 'parent', { value: parent });
  Object.defineProperty(win, 'innerWidth', { get: () => state.viewport });
  Object.defineProperty(win, 'innerHeight', { get: () => 900 });
  Object.defineProperty(win, 'performance', { value: { now: () => state.now } });
  const listeners: ((e: MessageEvent) => void)[] = [];
  win.addEventListener = ((type: string, fn: (e: MessageEvent) => void) => {
    if (type === 'message') listeners.push(fn);
  }) as Window['addEventListener'];
  win.removeEventListener = (() => {}) as Window['removeEventListener'];
  win.dispatchEvent = ((event: Event) => {
    if (event.type === MEASURE_NOW_EVENT) state.measureEvents++;
    return true;
  }) as Window['dispatchEvent'];
  const stop = startResizeMessenger({
    chart: 'troops',
    childId,
    target,
    win,
    onHost: (r) => requests.push(r),
  });
  const receive = (data: unknown, source: unknown = parent) =>
    listeners.forEach((fn) => fn({ data, source } as MessageEvent));
  const heights = () =>
    sent.filter((m): m is { type: string; height: number } => {
      return (m as { type?: string }).type === 'msmt-transfers:height';
    });
  return { sent, heights, requests, stop, receive, state };
}

describe('startResizeMessenger', () => {
  beforeEach(() => {
    observers = [];
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    vi.useFakeTimers();
  });
  afterEach(() => {
    observers = [];
    vi.useRealTimers();
  });

  it('posts the height in three formats at start', () => {
    const { sent } = setup('pym-0-ab12c');
    expect(sent).toEqual([
      { type: 'msmt-transfers:height', chart: 'troops', height: 600, v: 1 },
      { sentinel: 'amp', type: 'embed-size', height: 600 },
      'pymxPYMxpym-0-ab12cxPYMxheightxPYMx600',
    ]);
  });

  it('leaves out the pym string without a childId, and posts on every change on its own', () => {
    const { sent, state } = setup(null);
    expect(sent).toHaveLength(2);
    observers[0]!.fire();
    expect(sent).toHaveLength(2);
    state.height = 720;
    observers[0]!.fire();
    expect(sent).toHaveLength(4);
    expect(sent[2]).toMatchObject({ height: 720 });
    // AMP's runtime sends nothing and decides itself when to apply: every change goes out.
    state.height = 650;
    observers[0]!.fire();
    expect(sent[5]).toEqual({ sentinel: 'amp', type: 'embed-size', height: 650 });
  });

  it('answers pym width messages from the parent with the height, measured after a redraw', () => {
    const { sent, receive, state } = setup('pym-1');
    sent.length = 0;
    state.now = 1000;
    receive('pymxPYMxpym-1xPYMxwidthxPYMx640');
    expect(sent).toContain('pymxPYMxpym-1xPYMxheightxPYMx600');
    expect(state.measureEvents).toBe(1);
    // Measured afresh, not the last posted value.
    state.height = 810;
    state.now += COALESCE_MS;
    receive('pymxPYMxpym-1xPYMxwidthxPYMx640');
    expect(sent).toContain('pymxPYMxpym-1xPYMxheightxPYMx810');
    sent.length = 0;
    receive('pymxPYMxpym-2xPYMxwidthxPYMx320');
    expect(sent).toEqual([]);
  });

  it("answers the host's message at once, passing its theme fields on first", () => {
    const { heights, requests, receive, state } = setup(null);
    state.now = 1000;
    state.height = 900;
    receive(host(640, { theme: 'dark', scheme: 'light' }));
    expect(requests).toEqual([{ width: 640, theme: 'dark', scheme: 'light' }]);
    expect(heights().at(-1)).toMatchObject({ height: 900 });
    expect(state.measureEvents).toBe(1);
  });

  it('repeats an unchanged height to an asking host, at most every REPEAT_MS', () => {
    const { heights, receive, state } = setup(null);
    expect(heights()).toHaveLength(1);
    // A host script that starts listening just after the embed's own first report still hears it.
    state.now = 10;
    receive(host(640));
    expect(heights()).toHaveLength(2);
    state.now = 1000;
    receive(host(640));
    expect(heights()).toHaveLength(3);
    state.now += REPEAT_MS / 2;
    receive(host(640));
    expect(heights()).toHaveLength(3);
    state.now += REPEAT_MS;
    receive(host(640));
    expect(heights()).toHaveLength(4);
    expect(heights().every((m) => m.height === 600)).toBe(true);
  });

  it('looks again when its viewport has not caught up with the width the host reported', () => {
    const { heights, receive, state } = setup(null);
    state.now = 1000;
    // The host says 320 px; this frame is still 640 px wide (its new size is on its way).
    receive(host(320));
    expect(heights().at(-1)).toMatchObject({ height: 600 });
    state.now += RECHECK_MS;
    state.viewport = 320;
    state.height = 980;
    vi.advanceTimersByTime(RECHECK_MS);
    expect(heights().at(-1)).toMatchObject({ height: 980 });
    // Caught up: no more timers.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up looking again after RECHECK_FOR_MS, with one timer at a time', () => {
    const { receive, state } = setup(null);
    state.now = 1000;
    // 50 at once: one answered (it schedules the re-check), the rest wait for one trailing answer.
    for (let i = 0; i < 50; i++) receive(host(4000));
    expect(vi.getTimerCount()).toBe(2);
    for (let t = 0; t < RECHECK_FOR_MS * 2; t += RECHECK_MS) {
      state.now += RECHECK_MS;
      vi.advanceTimersByTime(RECHECK_MS);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers a burst of requests once at its end, with the last width', () => {
    const { heights, receive, state } = setup(null);
    state.now = 1000;
    receive(host(640));
    const answered = state.measureEvents;
    for (let i = 0; i < 20; i++) {
      state.now += 1;
      receive(host(640));
    }
    expect(state.measureEvents).toBe(answered);
    state.height = 700;
    state.now += COALESCE_MS;
    vi.advanceTimersByTime(COALESCE_MS);
    expect(state.measureEvents).toBe(answered + 1);
    expect(heights().at(-1)).toMatchObject({ height: 700 });
  });

  it('survives a flood of host messages with absurd widths: bounded answers, heights clamped', () => {
    const { sent, heights, receive, state } = setup('pym-9');
    sent.length = 0;
    state.now = 1000;
    const widths = [NaN, -1, 0, 1e12, Infinity, '320', null, { w: 1 }, 5, 99999];
    // 10,000 messages within one second.
    for (let i = 0; i < 10_000; i++) {
      state.now += 0.1;
      receive(host(widths[i % widths.length]));
      receive(`pymxPYMxpym-9xPYMxwidthxPYMx${String(widths[i % widths.length])}`);
      vi.advanceTimersByTime(0.1);
    }
    // Requests coalesce: the page is measured once per COALESCE_MS (and per RECHECK_MS while a
    // reported width disagrees with the frame's), not 20,000 times…
    expect(state.measureEvents).toBeLessThanOrEqual(1000 / COALESCE_MS + 1000 / RECHECK_MS + 2);
    // …and an unchanged height goes out at most once per REPEAT_MS: ~10, not 20,000.
    expect(heights().length).toBeLessThanOrEqual(Math.ceil(1000 / REPEAT_MS) + 1);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(2);
    for (const m of heights()) expect(m.height).toBe(600);
  });

  it('keeps the loop guard when a host keeps asking (content that follows the viewport)', () => {
    const { heights, receive, state } = setup(null);
    // Content grows with every answer, as 100vh content does when the host applies the height.
    for (let i = 1; i <= 200; i++) {
      state.now += 16;
      state.height += 40;
      receive(host(640));
    }
    // Growth stops long before the content would (600 + 200 × 40 px) and well inside the clamp.
    const top = Math.max(...heights().map((m) => m.height));
    expect(top).toBeLessThan(3000);
    const posts = heights().length;
    for (let i = 1; i <= 50; i++) {
      state.now += 16;
      state.height += 40;
      receive(host(640));
    }
    expect(Math.max(...heights().map((m) => m.height))).toBe(top);
    expect(heights().length - posts).toBeLessThanOrEqual(Math.ceil((50 * 16) / REPEAT_MS) + 1);
  });

  it('stays quiet while its frame is hidden (no width)', () => {
    const { sent, receive, state } = setup(null);
    sent.length = 0;
    state.viewport = 0;
    state.height = 40000;
    observers[0]!.fire();
    state.now = 1000;
    receive(host(320));
    expect(sent).toEqual([]);
  });

  it('follows theme messages from the parent only, older embed.js included', () => {
    const { requests, receive } = setup(null);
    receive({ type: 'msmt-transfers:theme', theme: 'dark' });
    receive({ type: 'msmt-transfers:theme', theme: 'light' }, window);
    receive({ type: 'msmt-transfers:theme', theme: 'evil' });
    receive(host(640, { theme: 'evil', scheme: 'purple' }));
    expect(requests).toEqual([
      { width: null, theme: 'dark', scheme: null },
      { width: 640, theme: null, scheme: null },
    ]);
  });

  it('does nothing when not in a frame', () => {
    const target = document.createElement('div');
    const stop = startResizeMessenger({ chart: 'troops', childId: null, target, win: window });
    expect(observers).toHaveLength(0);
    stop();
  });
});
