// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { holdUntilLive } from '../../src/embed/replay.ts';

function page() {
  document.body.innerHTML = `<div id="root"><button id="b">Tabelle</button><a id="a" href="#x">CSV</a><svg><g id="m" tabindex="0"></g></svg></div><button id="outside">x</button>`;
  return document.getElementById('root')!;
}

describe('holdUntilLive', () => {
  it('repeats a tap on a button of the page once the code is live, once', () => {
    const root = page();
    const replay = holdUntilLive(root);
    const button = document.getElementById('b')!;
    button.click();
    const later = vi.fn();
    button.addEventListener('click', later); // what hydration attaches
    replay.release();
    replay.release();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('leaves links and buttons outside the embed alone', () => {
    const root = page();
    const replay = holdUntilLive(root);
    document.getElementById('a')!.click();
    document.getElementById('outside')!.click();
    const later = vi.fn();
    root.addEventListener('click', later);
    replay.release();
    expect(later).not.toHaveBeenCalled();
  });

  it('reports focus again on the mark that has it', () => {
    const root = page();
    const replay = holdUntilLive(root);
    const mark = document.getElementById('m')!;
    mark.focus();
    const focusin = vi.fn();
    root.addEventListener('focusin', focusin);
    replay.release();
    expect(focusin).toHaveBeenCalledTimes(1);
    expect(focusin.mock.calls[0]?.[0].target).toBe(mark);
  });
});
