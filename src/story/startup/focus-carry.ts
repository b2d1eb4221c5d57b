/**
 * Keeps keyboard focus on a chart mark when the figure under it is replaced: the story's sticky
 * graphic swaps the server's figure for the live one once React starts, and a reader who tabbed
 * into the chart before that would otherwise be left on the page's body (the arrow keys would then
 * scroll the page). When the focused mark leaves the document and focus falls to the body, the
 * mark with the same id in the new figure takes focus, without scrolling.
 */
import { MARK_ID_ATTRIBUTE } from '../../charts/shared/ChartMarks.tsx';

export function carryMarkFocus(container: HTMLElement): () => void {
  const doc = container.ownerDocument;
  const markOf = (target: EventTarget | null): Element | null => {
    const mark = target instanceof Element ? target.closest(`[${MARK_ID_ATTRIBUTE}]`) : null;
    return mark && container.contains(mark) ? mark : null;
  };
  // The reader may be on a mark already: the first key press loads the code that calls this.
  let focused = markOf(doc.activeElement);

  const onFocusIn = (event: FocusEvent) => {
    focused = markOf(event.target);
  };

  // A mark that loses focus while it stays in the document was left by the reader (a click
  // elsewhere): forget it. Checked after the task, when a removal would be complete.
  const onFocusOut = (event: FocusEvent) => {
    const target = event.target;
    setTimeout(() => {
      if (target === focused && focused?.isConnected && doc.activeElement !== focused)
        focused = null;
    }, 0);
  };

  const restore = () => {
    if (!focused || focused.isConnected) return;
    const id = focused.getAttribute(MARK_ID_ATTRIBUTE);
    focused = null;
    const active = doc.activeElement;
    if (active && active !== doc.body) return; // the reader has moved on
    const live = [...container.querySelectorAll(`[${MARK_ID_ATTRIBUTE}]`)].find(
      (el) => el.getAttribute(MARK_ID_ATTRIBUTE) === id && !el.closest('[inert]'),
    );
    if (live instanceof SVGElement || live instanceof HTMLElement)
      live.focus({ preventScroll: true });
  };

  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', onFocusOut);
  const observer = new MutationObserver(restore);
  observer.observe(container, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', onFocusOut);
    observer.disconnect();
  };
}
