/**
 * @component A mark that holds details: named for screen readers, reached with the arrow keys once
 * the chart has focus (one tab stop per chart, see ./ChartMarks.tsx), and reporting hover and focus
 * to its chart, which draws one callout for both. Inside a chart (a marks context) it has no
 * `<title>`: the native tooltip repeated the callout a second later, and a prerendered page carries
 * every mark once per layout width, so each element per mark counts; outside one it keeps the
 * tooltip. Hover means a pointer moving over the mark, not the page scrolling under a resting one.
 * A focus ring around the mark's box shows on keyboard focus (drawn in the tab stop only).
 * Positioned by a CSS transform that glides between states (./motion.ts).
 */
import type { ReactNode } from 'react';
import { MARK_ID_ATTRIBUTE, useMarksContext } from './ChartMarks.tsx';
import { MOTION_CLASS, placementStyle } from './motion.ts';

export interface MarkProps {
  /** Stable id, one of the chart's `ChartSvg` marks while shown. */
  id: string;
  /** Full accessible text: figure, qualifier, unit, date and source, e.g. "über 11.000 Soldaten, Okt.–Dez. 2024 (MSMT)". */
  label: string;
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

/** Space between a mark's box and its focus ring (px). */
const RING_GAP = 3;

export function Mark({
  id,
  label,
  x = 0,
  y = 0,
  opacity = 1,
  className,
  hidden = false,
  children,
}: MarkProps) {
  const marks = useMarksContext();
  // Only the chart's tab stop carries a ring: keyboard focus reaches a mark only as the tab stop
  // (Tab, or the arrow keys, which make the mark they reach the stop), so one ring per chart is
  // enough, and a prerendered page carries no ring elements for every other mark.
  const box = hidden || marks?.tabStop !== id ? undefined : marks.boxOf(id);
  return (
    <g
      className={
        className ? `chart-mark ${MOTION_CLASS} ${className}` : `chart-mark ${MOTION_CLASS}`
      }
      role={hidden ? undefined : 'graphics-symbol'}
      aria-label={hidden ? undefined : label}
      aria-hidden={hidden ? true : undefined}
      {...{ [MARK_ID_ATTRIBUTE]: hidden ? undefined : id }}
      tabIndex={hidden ? undefined : marks?.tabStop === id ? 0 : -1}
      pointerEvents={hidden ? 'none' : undefined}
      style={placementStyle({ x, y, opacity: hidden ? 0 : opacity })}
      // Moving the pointer, not content scrolling under a resting one (browsers then fire enter and
      // over but no move): a callout popping up as the chart slides past would distract, and
      // re-render the chart in the middle of the scroll.
      onPointerMove={() => marks?.hover(id)}
      onPointerLeave={() => marks?.hover(null)}
      onFocus={() => marks?.focus(id)}
      onBlur={() => marks?.focus(null)}
    >
      {hidden || marks ? null : <title>{label}</title>}
      {children}
      {box ? (
        // Hidden by attribute, shown by the stylesheet on keyboard focus: an SVG file without the
        // page's CSS (print figures, exports) never shows it.
        <g className="chart-mark__ring" aria-hidden="true" visibility="hidden">
          {/* A halo in the background colour under the ring: the ring keeps its contrast where
              it crosses a neighbouring mark. */}
          {['chart-mark__ring-halo', 'chart-mark__ring-line'].map((part) => (
            <rect
              key={part}
              className={part}
              x={box.x - x - RING_GAP}
              y={box.y - y - RING_GAP}
              width={box.width + 2 * RING_GAP}
              height={box.height + 2 * RING_GAP}
              rx={3}
            />
          ))}
        </g>
      ) : null}
    </g>
  );
}
