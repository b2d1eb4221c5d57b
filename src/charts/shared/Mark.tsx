/**
 * @component A mark that holds details: focusable with the keyboard (Tab), named for screen readers
 * (aria-label), and reporting hover and focus alike so the chart can draw one callout for both.
 * A mark without a callout (no `onActive`) shows its label as the native tooltip (`<title>`); one
 * with a callout has none: the tooltip repeated the callout a second later, and a prerendered page
 * carries every mark once per layout width, so each element per mark counts. Hover means a pointer moving over the mark, not the page scrolling under a
 * resting one. Positioned by a CSS transform that glides between states (./motion.ts).
 */
import { useCallback, useState, type ReactNode } from 'react';
import { MOTION_CLASS, placementStyle } from './motion.ts';

export interface MarkProps {
  /** Stable id, reported to `onActive` while hovered or focused. */
  id: string;
  /** Full accessible text: figure, qualifier, unit, date and source, e.g. "über 11.000 Soldaten, Okt.–Dez. 2024 (MSMT)". */
  label: string;
  /** Called with `id` when the pointer moves over it or it gets focus, with null on leave / blur. */
  onActive?: (id: string | null) => void;
  /** Horizontal offset (px), animated. */
  x?: number;
  /** Vertical offset (px), animated. */
  y?: number;
  /** Opacity, animated (faded marks stay readable: use ≥ 0.25). */
  opacity?: number;
  /** Extra class, e.g. to style a state. */
  className?: string;
  /** Not shown in this state: invisible, out of the tab order and hidden from assistive technology. */
  hidden?: boolean;
  /** The mark's shapes and labels. */
  children: ReactNode;
}

export function Mark({
  id,
  label,
  onActive,
  x = 0,
  y = 0,
  opacity = 1,
  className,
  hidden = false,
  children,
}: MarkProps) {
  return (
    <g
      className={
        className ? `chart-mark ${MOTION_CLASS} ${className}` : `chart-mark ${MOTION_CLASS}`
      }
      role={hidden ? undefined : 'graphics-symbol'}
      aria-label={hidden ? undefined : label}
      aria-hidden={hidden ? true : undefined}
      tabIndex={hidden ? undefined : 0}
      pointerEvents={hidden ? 'none' : undefined}
      style={placementStyle({ x, y, opacity: hidden ? 0 : opacity })}
      // Moving the pointer, not content scrolling under a resting one (browsers then fire enter and
      // over but no move): a callout popping up as the chart slides past would distract, and
      // re-render the chart in the middle of the scroll.
      onPointerMove={() => onActive?.(id)}
      onPointerLeave={() => onActive?.(null)}
      onFocus={() => onActive?.(id)}
      onBlur={() => onActive?.(null)}
    >
      {hidden || onActive ? null : <title>{label}</title>}
      {children}
    </g>
  );
}

/** Which mark is hovered or focused: `[activeId, setActive]` for `Mark.onActive`. */
export function useActiveMark(): [string | null, (id: string | null) => void] {
  const [active, setActiveState] = useState<string | null>(null);
  const setActive = useCallback((id: string | null) => setActiveState(id), []);
  return [active, setActive];
}
