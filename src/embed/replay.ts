/**
 * What a reader does in the moment between the first touch and the embed's code arriving: a tap
 * on a button (the table toggle) or focus on a chart mark. The prerendered elements stay the same
 * nodes when React hydrates them, so the tap is repeated on the same button and the focus is
 * reported again once the code is live. Links and <details> work without script and are left alone.
 */
export interface Replay {
  /** Repeat what happened, once; later calls do nothing. */
  release(): void;
}

export function holdUntilLive(root: HTMLElement): Replay {
  let button: HTMLButtonElement | null = null;
  let released = false;
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target || !root.contains(target)) return;
    button = target;
  };
  root.addEventListener('click', onClick, true);
  return {
    release() {
      if (released) return;
      released = true;
      root.removeEventListener('click', onClick, true);
      const focused = document.activeElement;
      if (focused instanceof HTMLElement || focused instanceof SVGElement)
        if (focused !== document.body && root.contains(focused))
          focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      button?.click();
    },
  };
}
