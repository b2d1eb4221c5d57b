/** The reading-progress bar's update loop, React-free (the story runs it before React loads). */
import { afterNextFrame } from './after-frame.ts';
import { readingProgress } from './geometry.ts';

/** The bar is a scroll-driven CSS animation where the browser has them: story.css's condition. */
function drawnByCss(): boolean {
  return Boolean(
    globalThis.CSS?.supports?.('(animation-timeline: view()) and (timeline-scope: --a)'),
  );
}

/**
 * Keeps `bar`'s scaleX at the share of `article` read, one write per frame at most, where CSS
 * cannot (drawnByCss); returns the function that stops it. React-free: the story's islands entry
 * runs it on the prerendered bar.
 */
export function startReadingProgress(
  getArticle: () => HTMLElement | null,
  bar: HTMLElement,
): () => void {
  if (drawnByCss()) return () => {};
  const update = () => {
    const article = getArticle();
    if (!article) return;
    const box = article.getBoundingClientRect();
    const p = readingProgress(box.top, box.height, window.innerHeight);
    bar.style.transform = `scaleX(${p.toFixed(4)})`;
  };
  // Measured after the frame (fresh layout), written for the next: see after-frame.ts.
  const measurement = afterNextFrame(update);
  const schedule = measurement.schedule;
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // After the first frame too: see the scroll engine's first measurement.
  schedule();
  return () => {
    measurement.stop();
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}
