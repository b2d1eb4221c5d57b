/**
 * The width a chart may use: measured from its container with a ResizeObserver (no reads of layout
 * in render, so no layout thrash), and `initialWidth` on the server and in the first client render
 * so that hydration matches the prerendered markup. (.tsx because it is React; the pure modules in
 * this folder are .ts.)
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Charts are designed for this range; narrower boxes scale the SVG down with CSS. */
export const MIN_CHART_WIDTH = 280;
export const MAX_CHART_WIDTH = 1400;

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_CHART_WIDTH, Math.max(MIN_CHART_WIDTH, width)));
}

export function useChartWidth<T extends HTMLElement>(
  initialWidth: number,
  observe = true,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(() => clampWidth(initialWidth));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!observe || !element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect.width;
      // Ignore sub-pixel jitter and empty (display: none) boxes.
      if (box && box > 0)
        setWidth((w) => (Math.abs(w - clampWidth(box)) >= 1 ? clampWidth(box) : w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [observe]);
  return [ref, width];
}
