// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startResizeMessenger } from '../../src/embed/resize.ts';

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

function setup(childId: string | null) {
  const sent: unknown[] = [];
  const parent = { postMessage: (data: unknown) => sent.push(data) } as unknown as Window;
  let height = 600;
  const target = document.createElement('div');
  target.getBoundingClientRect = () => ({ height, width: 640 }) as DOMRect;
  const themes: string[] = [];
  // A window whose parent is another window: what an iframe sees.
  const win = Object.create(window) as Window;
  Object.defineProperty(win, 'parent', { value: parent });
  const listeners: ((e: MessageEvent) => void)[] = [];
  win.addEventListener = ((type: string, fn: (e: MessageEvent) => void) => {
    if (type === 'message') listeners.push(fn);
  }) as Window['addEventListener'];
  win.removeEventListener = (() => {}) as Window['removeEventListener'];
  const stop = startResizeMessenger({
    chart: 'troops',
    childId,
    target,
    win,
    onTheme: (t) => themes.push(t),
  });
  const receive = (data: unknown, source: unknown = parent) =>
    listeners.forEach((fn) => fn({ data, source } as MessageEvent));
  return {
    sent,
    themes,
    stop,
    receive,
    setHeight: (h: number) => {
      height = h;
    },
  };
}

describe('startResizeMessenger', () => {
  beforeEach(() => {
    observers = [];
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    observers = [];
  });

  it('posts the height in three formats at start', () => {
    const { sent } = setup('pym-0-ab12c');
    expect(sent).toEqual([
      { type: 'msmt-transfers:height', chart: 'troops', height: 600, v: 1 },
      { sentinel: 'amp', type: 'embed-size', height: 600 },
      'pymxPYMxpym-0-ab12cxPYMxheightxPYMx600',
    ]);
  });

  it('leaves out the pym string without a childId, and posts only on change', () => {
    const { sent, setHeight } = setup(null);
    expect(sent).toHaveLength(2);
    observers[0]!.fire();
    expect(sent).toHaveLength(2);
    setHeight(720);
    observers[0]!.fire();
    expect(sent).toHaveLength(4);
    expect(sent[2]).toMatchObject({ height: 720 });
  });

  it('answers pym width messages from the parent with the height', () => {
    const { sent, receive, setHeight } = setup('pym-1');
    sent.length = 0;
    receive('pymxPYMxpym-1xPYMxwidthxPYMx320');
    expect(sent).toContain('pymxPYMxpym-1xPYMxheightxPYMx600');
    // Measured afresh, not the last posted value.
    setHeight(810);
    receive('pymxPYMxpym-1xPYMxwidthxPYMx300');
    expect(sent).toContain('pymxPYMxpym-1xPYMxheightxPYMx810');
    sent.length = 0;
    receive('pymxPYMxpym-2xPYMxwidthxPYMx320');
    expect(sent).toEqual([]);
  });

  it('follows theme messages from the parent only', () => {
    const { themes, receive } = setup(null);
    receive({ type: 'msmt-transfers:theme', theme: 'dark' });
    receive({ type: 'msmt-transfers:theme', theme: 'light' }, window);
    receive({ type: 'msmt-transfers:theme', theme: 'evil' });
    expect(themes).toEqual(['dark']);
  });

  it('does nothing when not in a frame', () => {
    const target = document.createElement('div');
    const stop = startResizeMessenger({ chart: 'troops', childId: null, target, win: window });
    expect(observers).toHaveLength(0);
    stop();
  });
});
