// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { carryMarkFocus } from '../../src/story/startup/focus-carry.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A figure with marks, as the server or React draws it. */
function figure(ids: string[], inert = false): HTMLElement {
  const div = document.createElement('div');
  if (inert) div.setAttribute('inert', '');
  const svg = document.createElementNS(SVG, 'svg');
  for (const id of ids) {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('data-mark-id', id);
    g.setAttribute('tabindex', '-1');
    svg.append(g);
  }
  div.append(svg);
  return div;
}

const mark = (root: Element, id: string) =>
  [...root.querySelectorAll<SVGGElement>('[data-mark-id]')].find(
    (m) => m.getAttribute('data-mark-id') === id && !m.closest('[inert]'),
  )!;
const tick = () => new Promise((r) => setTimeout(r, 0));

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

describe('carryMarkFocus(container)', () => {
  it('moves focus to the same mark in the figure that replaces the focused one', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(figure(['a', 'b']));
    stop = carryMarkFocus(box);
    mark(box, 'b').focus();
    box.replaceChildren(figure(['a', 'b']));
    await tick();
    expect(document.activeElement).toBe(mark(box, 'b'));
  });

  it('knows a mark focused before it started (the key press that loaded it)', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(figure(['a']));
    mark(box, 'a').focus();
    stop = carryMarkFocus(box);
    box.replaceChildren(figure(['a']));
    await tick();
    expect(document.activeElement).toBe(mark(box, 'a'));
  });

  it('skips an inert figure kept on the stage', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(figure(['a']));
    stop = carryMarkFocus(box);
    mark(box, 'a').focus();
    box.replaceChildren(figure(['a'], true), figure(['a']));
    await tick();
    expect(document.activeElement?.closest('[inert]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-mark-id')).toBe('a');
  });

  it('leaves focus alone when the reader had left the mark, or is elsewhere now', async () => {
    const box = document.createElement('div');
    const button = document.createElement('button');
    document.body.append(box, button);
    box.append(figure(['a']));
    stop = carryMarkFocus(box);
    mark(box, 'a').focus();
    (document.activeElement as HTMLElement).blur(); // a click on the page's text
    await tick();
    box.replaceChildren(figure(['a']));
    await tick();
    expect(document.activeElement).toBe(document.body);

    mark(box, 'a').focus();
    button.focus();
    box.replaceChildren(figure(['a']));
    await tick();
    expect(document.activeElement).toBe(button);
  });

  it('stops when asked', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(figure(['a']));
    stop = carryMarkFocus(box);
    mark(box, 'a').focus();
    stop();
    box.replaceChildren(figure(['a']));
    await tick();
    expect(document.activeElement).toBe(document.body);
  });
});
