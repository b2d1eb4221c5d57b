/**
 * @component A thin bar at the top of the viewport that grows with the share of the article read.
 * Decorative (aria-hidden): the scroll position is already known to assistive technology. It is
 * updated outside React, by writing a transform (no layout) once per frame, so scrolling never
 * re-renders the page.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { readingProgress } from './geometry.ts';

export interface ReadingProgressProps {
  /** The element whose reading is measured (the article). */
  target: RefObject<HTMLElement | null>;
}

/**
 * Keeps `bar`'s scaleX at the share of `article` read, one write per frame at most; returns the
 * function that stops it. React-free: the story's islands entry runs it on the prerendered bar.
 */
export function startReadingProgress(
  getArticle: () => HTMLElement | null,
  bar: HTMLElement,
): () => void {
  let frame: number | undefined;
  const update = () => {
    frame = undefined;
    const article = getArticle();
    if (!article) return;
    const box = article.getBoundingClientRect();
    const p = readingProgress(box.top, box.height, window.innerHeight);
    bar.style.transform = `scaleX(${p.toFixed(4)})`;
  };
  const schedule = () => {
    if (frame === undefined) frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}

export function ReadingProgress({ target }: ReadingProgressProps) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return undefined;
    return startReadingProgress(() => target.current, el);
  }, [target]);
  return (
    <div className="reading-progress" aria-hidden="true">
      <div ref={bar} className="reading-progress__bar" />
    </div>
  );
}
