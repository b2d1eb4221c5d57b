/**
 * @component A thin bar at the top of the viewport that grows with the share of the article read.
 * Decorative (aria-hidden): the scroll position is already known to assistive technology. It is
 * updated outside React, by writing a transform (no layout) once per frame, so scrolling never
 * re-renders the page.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { startReadingProgress } from './reading-progress.ts';

export interface ReadingProgressProps {
  /** The element whose reading is measured (the article). */
  target: RefObject<HTMLElement | null>;
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
