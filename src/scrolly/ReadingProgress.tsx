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

export function ReadingProgress({ target }: ReadingProgressProps) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame: number | undefined;
    const update = () => {
      frame = undefined;
      const article = target.current;
      const el = bar.current;
      if (!article || !el) return;
      const box = article.getBoundingClientRect();
      const p = readingProgress(box.top, box.height, window.innerHeight);
      el.style.transform = `scaleX(${p.toFixed(4)})`;
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
  }, [target]);
  return (
    <div className="reading-progress" aria-hidden="true">
      <div ref={bar} className="reading-progress__bar" />
    </div>
  );
}
