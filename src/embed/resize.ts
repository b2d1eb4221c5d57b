/**
 * The embed's side of resizing. It tells the parent its content height, in three dialects at once
 * (see protocol.ts), in two ways:
 *  - on its own, when the content changes (ResizeObserver, never polling): what a host without a
 *    script of ours, or AMP, relies on;
 *  - in answer to the host (embed.js's host message, pym.js's width message), measured inside the
 *    message handler. Chromium pauses rendering, and with it ResizeObserver, in off-screen
 *    cross-origin frames, but a message handler still runs and reading layout there is exact;
 *    the charts are asked to redraw for the new width first (measure-now.ts).
 * Listens only to `window.parent`; ignores everything else. Requests are coalesced, answers
 * rate-limited and guarded against loops, so a hostile or buggy host cannot make it spin.
 */
import { requestMeasureNow } from '../charts/shared/measure-now.ts';
import { createHeightTracker } from './height-tracker.ts';
import {
  ampMessage,
  heightMessage,
  parseHostMessage,
  parsePymMessage,
  pymMessage,
  widthHint,
  type HostRequest,
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
  /** A host message's theme fields (applied before the height is measured). */
  onHost?: (request: HostRequest) => void;
  win?: Window;
}

/** An unchanged height is re-sent to an asking host at most this often (ms). */
export const REPEAT_MS = 100;
/** Host messages closer together than this are answered once, at its end: a flood costs nothing. */
export const COALESCE_MS = 50;
/** After a host's width hint the child's viewport disagrees with, check again this often (ms)… */
export const RECHECK_MS = 50;
/** …for at most this long: a cross-process frame gets its new size a little after the message. */
export const RECHECK_FOR_MS = 1000;

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
  onHost,
  win = window,
}: ResizeMessengerOptions): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const tracker = createHeightTracker();
  let lastWidth = target.getBoundingClientRect().width;
  /** When an answer to a host last went out (the embed's own reports do not count: the host may
   * have started listening after them). */
  let lastAnswerPost = -Infinity;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let recheckUntil = 0;
  let recheckHint: number | null = null;
  let lastAnswer = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let trailingHint: number | null = null;

  const post = (height: number) => {
    // '*' because an embed cannot know its host's origin; a height is no secret.
    parent.postMessage(heightMessage(chart, height), '*');
    parent.postMessage(ampMessage(height), '*');
    if (childId) parent.postMessage(pymMessage(childId, 'height', height), '*');
  };

  /** Measure now; a new width starts a fresh streak for the loop guard. Null: stay quiet. */
  const measure = (): number | null => {
    // A hidden frame (display: none in the host) has no width: its height would be nonsense.
    if (win.innerWidth < 1) return null;
    const width = target.getBoundingClientRect().width;
    if (Math.abs(width - lastWidth) > 0.5) tracker.reset();
    lastWidth = width;
    return tracker.next(measureHeight(target, win), win.performance.now(), win.innerHeight);
  };

  const check = () => {
    const height = measure();
    if (height !== null) post(height);
  };

  /**
   * The host asked (or a re-check after it): redraw for the current width, measure, answer. An
   * unchanged height is repeated (rate-limited): the host may not have heard it yet, e.g. a host
   * script that arrived after the embed's first report.
   */
  const answer = (hint: number | null, isRecheck = false) => {
    if (win.innerWidth < 1) return;
    requestMeasureNow(win);
    const height = measure();
    const now = win.performance.now();
    const send = height ?? (isRecheck || now - lastAnswerPost < REPEAT_MS ? null : tracker.last());
    if (send !== null) {
      post(send);
      lastAnswerPost = now;
    }
    scheduleRecheck(hint, now, isRecheck);
  };

  /**
   * The host's width is not ours yet: the new size reaches a frame in another process a moment
   * after the message. Look again shortly (timers run where rendering is paused), for a while.
   * One timer at a time, so a flood of messages cannot pile them up.
   */
  const scheduleRecheck = (hint: number | null, now: number, isRecheck: boolean) => {
    if (hint === null || Math.abs(win.innerWidth - hint) <= 1) return;
    recheckHint = hint;
    if (!isRecheck) {
      if (recheck !== undefined) return;
      recheckUntil = now + RECHECK_FOR_MS;
    }
    if (now >= recheckUntil) return;
    recheck = setTimeout(() => {
      recheck = undefined;
      answer(recheckHint, true);
    }, RECHECK_MS);
  };

  /** A host's request: answered now, or once at the end of a burst of requests. */
  const onRequest = (hint: number | null) => {
    const wait = lastAnswer + COALESCE_MS - win.performance.now();
    if (wait <= 0) {
      lastAnswer = win.performance.now();
      answer(hint);
      return;
    }
    trailingHint = hint ?? trailingHint;
    trailing ??= setTimeout(() => {
      trailing = undefined;
      lastAnswer = win.performance.now();
      answer(trailingHint);
      trailingHint = null;
    }, wait);
  };

  const observer = new ResizeObserver(check);
  observer.observe(target);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (childId) {
      const pym = parsePymMessage(event.data, childId);
      // pym's parent sends this on every window resize and expects a height back.
      if (pym?.type === 'width') return onRequest(widthHint(pym.payload));
    }
    const request = parseHostMessage(event.data);
    if (!request) return;
    onHost?.(request);
    onRequest(request.width);
  };
  win.addEventListener('message', onMessage);
  check();

  return () => {
    observer.disconnect();
    clearTimeout(recheck);
    clearTimeout(trailing);
    win.removeEventListener('message', onMessage);
  };
}
