/**
 * Print for a scripted reader: the steps' static figures are prerendered inside `<noscript>`
 * (Step.tsx), which a browser running scripts keeps as text. Before the page is printed (the
 * `beforeprint` event, or the print media query matching, as under print emulation) each is
 * parsed into the page in its place, once, and the print stylesheet shows them. Their drawings
 * load then; lazy loading is dropped, since the printed page needs every one.
 */
import { STATIC_FIGURE_SLOT_CLASS } from './figure-path.ts';

export function unrollStaticFigures(root: ParentNode): number {
  const slots = [...root.querySelectorAll<HTMLElement>(`noscript.${STATIC_FIGURE_SLOT_CLASS}`)];
  for (const slot of slots) {
    const template = document.createElement('template');
    // Our own prerendered markup (the server wrote it), kept verbatim by the parser as text.
    template.innerHTML = slot.textContent ?? '';
    for (const img of template.content.querySelectorAll('img')) img.loading = 'eager';
    slot.replaceWith(template.content);
  }
  return slots.length;
}

/** Unrolls the figures when the page is about to be printed. */
export function prepareForPrint(win: Window): void {
  const unroll = () => {
    unrollStaticFigures(win.document);
    win.removeEventListener('beforeprint', unroll);
    print.removeEventListener('change', onMedia);
  };
  const print = win.matchMedia('print');
  const onMedia = () => {
    if (print.matches) unroll();
  };
  win.addEventListener('beforeprint', unroll);
  print.addEventListener('change', onMedia);
}
