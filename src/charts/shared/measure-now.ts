/**
 * "Measure your width now": an embed asks its charts to re-read their width synchronously when the
 * host page reports a new width. Chromium pauses rendering in an off-screen cross-origin iframe,
 * and with it ResizeObserver, so a chart that waits for its observer keeps the old drawing (and the
 * old height) until the reader scrolls it into view. Reading layout inside an event handler still
 * works there, so the embed's message handler dispatches this event and then measures its height.
 * A plain DOM event keeps the embed's early script free of React.
 */
export const MEASURE_NOW_EVENT = 'msmt-transfers:measure-now';

export function requestMeasureNow(win: Window = window): void {
  win.dispatchEvent(new Event(MEASURE_NOW_EVENT));
}
