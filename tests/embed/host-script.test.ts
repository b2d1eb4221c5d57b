// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

const CHILD = 'http://127.0.0.1:5001';

/** Observers the script creates, driven by the test as the browser would. */
const resizeCallbacks: ResizeObserverCallback[] = [];
const intersectionCallbacks: IntersectionObserverCallback[] = [];
const observed = new Set<Element>();
let mutationCallback: MutationCallback | null = null;

function installBrowserStandIns() {
  globalThis.ResizeObserver = class {
    constructor(cb: ResizeObserverCallback) {
      resizeCallbacks.push(cb);
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  globalThis.IntersectionObserver = class {
    constructor(cb: IntersectionObserverCallback) {
      intersectionCallbacks.push(cb);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
  globalThis.MutationObserver = class {
    constructor(cb: MutationCallback) {
      mutationCallback = cb;
    }
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  } as unknown as typeof MutationObserver;
  window.matchMedia = (() => ({ matches: false, addEventListener() {} })) as never;
}

/** An embed iframe with a width (jsdom lays nothing out) and a recording contentWindow. */
function frame(width = 640, parent: HTMLElement = document.body) {
  const f = document.createElement('iframe');
  f.setAttribute('data-transfers-embed', '');
  f.src = `${CHILD}/embed/troops/`;
  parent.append(f);
  Object.defineProperty(f, 'clientWidth', { get: () => width, configurable: true });
  const sent: [unknown, string][] = [];
  f.contentWindow!.postMessage = ((data: unknown, origin: string) =>
    sent.push([data, origin])) as Window['postMessage'];
  return {
    f,
    sent,
    setWidth(w: number) {
      width = w;
    },
  };
}

function post(data: unknown, source: Window | null, origin = CHILD) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

const ours = (height: unknown) => ({
  type: 'msmt-transfers:height',
  chart: 'troops',
  height,
  v: 1,
});

const resize = (...targets: Element[]) =>
  resizeCallbacks.forEach((cb) =>
    cb(
      targets.map((target) => ({ target }) as ResizeObserverEntry),
      {} as ResizeObserver,
    ),
  );

describe('embed.js host script', () => {
  let a: ReturnType<typeof frame>;
  let b: ReturnType<typeof frame>;

  beforeAll(async () => {
    installBrowserStandIns();
    document.body.innerHTML = '<div id="dark-column" style="background: rgb(20, 20, 24)"></div>';
    a = frame();
    b = frame(320);
    await import('../../src/embed-host/embed.ts');
    // Included twice: must not double-handle or break.
    const again = '../../src/embed-host/embed.ts?again';
    await import(/* @vite-ignore */ again);
  });

  beforeEach(() => {
    a.sent.length = 0;
    b.sent.length = 0;
  });

  it('installs once: one set of observers, whatever the number of copies', () => {
    expect(resizeCallbacks).toHaveLength(1);
    expect(intersectionCallbacks).toHaveLength(1);
    expect(observed.has(a.f) && observed.has(b.f)).toBe(true);
  });

  it('tells a frame its width (and the scheme) on first sight and when its width changes', () => {
    resize(a.f);
    expect(a.sent).toEqual([
      [{ type: 'msmt-transfers:host', v: 1, width: 640, theme: undefined, scheme: 'light' }, CHILD],
    ]);
    // The observer also fires for height changes (ours): same width, nobody is asked.
    resize(a.f);
    expect(a.sent).toHaveLength(1);
    a.setWidth(320);
    resize(a.f);
    expect(a.sent.at(-1)?.[0]).toMatchObject({ width: 320 });
  });

  it('does not ask a hidden frame, and asks it once it is shown', () => {
    b.setWidth(0);
    resize(b.f);
    expect(b.sent).toEqual([]);
    b.setWidth(300);
    resize(b.f);
    expect(b.sent.at(-1)?.[0]).toMatchObject({ width: 300 });
  });

  it('asks a frame that comes near the viewport, and one that (re)loads', () => {
    intersectionCallbacks[0]!(
      [{ target: b.f, isIntersecting: true } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    );
    expect(b.sent).toHaveLength(1);
    intersectionCallbacks[0]!(
      [{ target: b.f, isIntersecting: false } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    );
    expect(b.sent).toHaveLength(1);
    b.f.dispatchEvent(new Event('load'));
    expect(b.sent).toHaveLength(2);
  });

  it('reads the scheme behind the frame: a dark column, or the selector the host names', () => {
    const column = document.getElementById('dark-column')!;
    const c = frame(500, column);
    resize(c.f);
    expect(c.sent.at(-1)?.[0]).toMatchObject({ scheme: 'dark' });
    // The host names its dark-mode class; it is not set, so light despite the column.
    c.f.dataset.dark = '.night';
    c.setWidth(501);
    resize(c.f);
    expect(c.sent.at(-1)?.[0]).toMatchObject({ scheme: 'light' });
    document.documentElement.classList.add('night');
    mutationCallback!([], {} as MutationObserver);
    expect(c.sent.at(-1)?.[0]).toMatchObject({ scheme: 'dark' });
    document.documentElement.classList.remove('night');
    // A broken selector does not break asking: the column decides again.
    c.f.dataset.dark = '[[[';
    mutationCallback!([], {} as MutationObserver);
    expect(c.sent.at(-1)?.[0]).toMatchObject({ scheme: 'dark' });
    c.f.remove();
  });

  it('sizes only the iframe whose window sent the message, from its own origin', () => {
    post(ours(612), a.f.contentWindow);
    expect(a.f.style.height).toBe('612px');
    expect(b.f.style.height).toBe('');
    post({ sentinel: 'amp', type: 'embed-size', height: 700 }, b.f.contentWindow);
    expect(b.f.style.height).toBe('700px');
  });

  it('does not answer a height with a question (no ping-pong)', () => {
    post(ours(640), a.f.contentWindow);
    post(ours(650), a.f.contentWindow);
    expect(a.sent).toEqual([]);
  });

  it('ignores foreign windows, foreign origins and wrong shapes', () => {
    post(ours(612), a.f.contentWindow);
    post(ours(900), window);
    post(ours(900), null);
    post(ours(900), a.f.contentWindow, 'http://127.0.0.1:6666');
    post(ours('900'), a.f.contentWindow);
    post({ ...ours(900), v: 2 }, a.f.contentWindow);
    post('pymxPYMxpym-0xPYMxheightxPYMx900', a.f.contentWindow);
    post({ 'datawrapper-height': { x: 900 } }, a.f.contentWindow);
    post(null, a.f.contentWindow);
    post(undefined, a.f.contentWindow);
    expect(a.f.style.height).toBe('612px');
  });

  it('clamps absurd heights', () => {
    post(ours(1e7), a.f.contentWindow);
    expect(a.f.style.height).toBe('5000px');
    post(ours(12), a.f.contentWindow);
    expect(a.f.style.height).toBe('50px');
    post(ours(-10), a.f.contentWindow);
    expect(a.f.style.height).toBe('50px');
  });

  it('watches a frame added later from its first height message', () => {
    const late = frame(400);
    expect(observed.has(late.f)).toBe(false);
    post(ours(500), late.f.contentWindow);
    expect(late.f.style.height).toBe('500px');
    expect(observed.has(late.f)).toBe(true);
    late.f.remove();
  });

  it("passes the host's own choice with setTheme, to every frame", () => {
    const api = (window as unknown as { msmtTransfersEmbed?: { setTheme(t: string): void } })
      .msmtTransfersEmbed;
    api!.setTheme('dark');
    expect(a.sent.at(-1)).toEqual([
      { type: 'msmt-transfers:host', v: 1, width: 320, theme: 'dark', scheme: 'light' },
      CHILD,
    ]);
    expect(b.sent.at(-1)?.[0]).toMatchObject({ theme: 'dark' });
  });
});
