/**
 * The width a chart may use: measured from its container with a ResizeObserver (no reads of layout
 * in render, so no layout thrash), and `initialWidth` on the server and in the first client render
 * so that hydration matches the prerendered markup. (.tsx because it is React; the pure modules in
 * this folder are .ts.)
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { MEASURE_NOW_EVENT } from './measure-now.ts';

export function useChartWidth<T extends HTMLElement>(
  initialWidth: number,
  observe = true,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(initialWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!observe || !element || typeof ResizeObserver === 'undefined') return undefined;
    // Unrounded: the layout width follows the box exactly as CSS's container queries do
    // (./layout-widths.ts), fractions included. Empty (display: none) boxes are ignored.
    const update = (box: number | undefined) => {
      if (box && box > 0) setWidth(box);
    };
    const observer = new ResizeObserver((entries) => update(entries[0]?.contentRect.width));
    observer.observe(element);
    // An embed whose host reported a new width (measure-now.ts): redraw before this event returns,
    // so the height it measures next is the new drawing's. Content width, as the observer reports.
    const measureNow = () => {
      const style = getComputedStyle(element);
      const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
      flushSync(() => update(element.clientWidth - padding));
    };
    addEventListener(MEASURE_NOW_EVENT, measureNow);
    return () => {
      observer.disconnect();
      removeEventListener(MEASURE_NOW_EVENT, measureNow);
    };
  }, [observe]);
  return [ref, width];
}
