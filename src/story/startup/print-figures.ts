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
  const parser = new DOMParser();
  for (const slot of slots) {
    // The markup React wrote into the page on the server (its escaping applied), which the parser
    // kept as text: parsed here as a browser without scripts parsed it.
    const parsed = parser.parseFromString(slot.textContent ?? '', 'text/html').body;
    for (const img of parsed.querySelectorAll('img')) img.loading = 'eager';
    slot.replaceWith(...[...parsed.childNodes].map((node) => document.importNode(node, true)));
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
