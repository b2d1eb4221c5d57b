/**
 * The embed's side of resizing: observes the content's height (ResizeObserver, never polling) and
 * tells the parent in three dialects at once (see protocol.ts). Also answers pym's width messages
 * and follows a host's theme message. Listens only to `window.parent`; ignores everything else.
 */
import { createHeightTracker } from './height-tracker.ts';
import type { EmbedTheme } from './params.ts';
import {
  ampMessage,
  heightMessage,
  parsePymMessage,
  pymMessage,
  themeFromMessage,
} from './protocol.ts';

export interface ResizeMessengerOptions {
  chart: string;
  /** pym.js child id from `?childId=`; null: no pym string is sent. */
  childId: string | null;
  /**
   * The element wrapping all content. Its own height is measured, not the document's: the
   * document element follows the iframe's height, which would feed the height back into itself.
   */
  target: HTMLElement;
  onTheme?: (theme: EmbedTheme) => void;
  win?: Window;
}

/** Content height in CSS px: the wrapper's box plus its vertical margins. */
export function measureHeight(target: HTMLElement, win: Window): number {
  const style = win.getComputedStyle(target);
  const margins = (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
  return target.getBoundingClientRect().height + margins;
}

/** Start messaging; returns a function that stops it. Does nothing outside a frame. */
export function startResizeMessenger({
  chart,
  childId,
  target,
  onTheme,
  win = window,
}: ResizeMessengerOptions): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const tracker = createHeightTracker();

  const post = (height: number) => {
    // '*' because an embed cannot know its host's origin; a height is no secret.
    parent.postMessage(heightMessage(chart, height), '*');
    parent.postMessage(ampMessage(height), '*');
    if (childId) parent.postMessage(pymMessage(childId, 'height', height), '*');
  };

  const check = () => {
    const height = tracker.next(measureHeight(target, win), win.performance.now(), win.innerHeight);
    if (height !== null) post(height);
  };

  let lastWidth = target.getBoundingClientRect().width;
  const observer = new ResizeObserver(() => {
    const width = target.getBoundingClientRect().width;
    if (Math.abs(width - lastWidth) > 0.5) tracker.reset();
    lastWidth = width;
    check();
  });
  observer.observe(target);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (childId) {
      const pym = parsePymMessage(event.data, childId);
      if (pym?.type === 'width') {
        // pym's parent sends this on every window resize and expects a height back. Measure now:
        // the read forces layout even where the browser pauses rendering of an off-screen frame.
        tracker.reset();
        const height =
          tracker.next(measureHeight(target, win), win.performance.now()) ?? tracker.last();
        if (height !== null) post(height);
        return;
      }
    }
    const theme = themeFromMessage(event.data);
    if (theme && onTheme) onTheme(theme);
  };
  win.addEventListener('message', onMessage);
  check();

  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
