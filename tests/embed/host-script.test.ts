// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';

const CHILD = 'http://127.0.0.1:5001';

function frame(src = `${CHILD}/embed/troops/`): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.setAttribute('data-transfers-embed', '');
  f.src = src;
  document.body.append(f);
  return f;
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

describe('embed.js host script', () => {
  let a: HTMLIFrameElement;
  let b: HTMLIFrameElement;

  beforeAll(async () => {
    document.body.innerHTML =
      '<div data-transfers-embed data-chart="routes" data-lang="en" data-theme="dark" data-title="Routes"></div>' +
      '<div data-transfers-embed data-chart="../../evil"></div>';
    a = frame();
    b = frame();
    await import('../../src/embed-host/embed.ts');
    // Included twice: must not double-handle or break.
    const again = '../../src/embed-host/embed.ts?again';
    await import(/* @vite-ignore */ again);
  });

  it('turns a placeholder div into a titled, lazy, borderless iframe', () => {
    const made = document.querySelector<HTMLIFrameElement>('iframe[title="Routes"]');
    expect(made).not.toBeNull();
    const url = new URL(made!.src);
    expect(url.pathname).toBe('/embed/routes/');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(made!.getAttribute('loading')).toBe('lazy');
    expect(made!.getAttribute('scrolling')).toBe('no');
    expect(made!.style.width).toBe('100%');
    // A placeholder with a hostile chart id is left alone.
    expect(document.querySelector('div[data-chart="../../evil"]')).not.toBeNull();
  });

  it('sizes only the iframe whose window sent the message, from its own origin', () => {
    post(ours(612), a.contentWindow);
    expect(a.style.height).toBe('612px');
    expect(b.style.height).toBe('');
    post({ sentinel: 'amp', type: 'embed-size', height: 700 }, b.contentWindow);
    expect(b.style.height).toBe('700px');
  });

  it('ignores foreign windows, foreign origins and wrong shapes', () => {
    post(ours(900), window);
    post(ours(900), null);
    post(ours(900), a.contentWindow, 'http://127.0.0.1:6666');
    post(ours('900'), a.contentWindow);
    post({ ...ours(900), v: 2 }, a.contentWindow);
    post('pymxPYMxpym-0xPYMxheightxPYMx900', a.contentWindow);
    post({ 'datawrapper-height': { x: 900 } }, a.contentWindow);
    expect(a.style.height).toBe('612px');
  });

  it('clamps absurd heights', () => {
    post(ours(1e7), a.contentWindow);
    expect(a.style.height).toBe('5000px');
    post(ours(12), a.contentWindow);
    expect(a.style.height).toBe('50px');
    post(ours(-10), a.contentWindow);
    expect(a.style.height).toBe('50px');
  });

  it('exposes setTheme once', () => {
    const api = (window as unknown as { msmtTransfersEmbed?: { setTheme(t: string): void } })
      .msmtTransfersEmbed;
    expect(typeof api?.setTheme).toBe('function');
    const sent: unknown[] = [];
    const target = a.contentWindow!;
    target.postMessage = ((data: unknown, origin: string) =>
      sent.push([data, origin])) as Window['postMessage'];
    api!.setTheme('dark');
    expect(sent).toContainEqual([{ type: 'msmt-transfers:theme', theme: 'dark' }, CHILD]);
  });
});
