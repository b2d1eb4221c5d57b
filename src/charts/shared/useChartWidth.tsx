/**
 * The width a chart may use: measured from its container with a ResizeObserver (no reads of layout
 * in render, so no layout thrash), and `initialWidth` on the server and in the first client render
 * so that hydration matches the prerendered markup. (.tsx because it is React; the pure modules in
 * this folder are .ts.)
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useChartWidth<T extends HTMLElement>(
  initialWidth: number,
  observe = true,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(initialWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!observe || !element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect.width;
      // Unrounded: the layout width follows the box exactly as CSS's container queries do
      // (./layout-widths.ts), fractions included. Empty (display: none) boxes are ignored.
      if (box && box > 0) setWidth(box);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [observe]);
  return [ref, width];
}
