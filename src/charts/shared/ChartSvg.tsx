/**
 * @component The root `<svg>` of every chart: a graphics document labelled by its own `<title>` and
 * described by `<desc>` (the meta's `describe` text), so an embed or a PNG export is accessible on
 * its own, without the surrounding figure. Scales down with CSS if its box is narrower than `width`.
 * It is also the chart's one stop in the tab order: its marks (`marks`, in reading order) take
 * focus by the arrow keys, and the hovered or focused mark's callout is drawn on top
 * (./ChartMarks.tsx).
 */
import { useId, useRef, type ReactNode } from 'react';
import { Callout } from './Callout.tsx';
import { MarksContext, useChartMarks, type ChartMark } from './ChartMarks.tsx';
import type { FocusGroup } from './focus-order.ts';
import type { ChartMeta, ChartProps } from '../types.ts';

/** A chart's accessible name (its title) and description (what a reader sees in this state). */
export interface ChartText {
  title: string;
  description: string;
}

/** The chart's text in a state, from its meta: the same words as the figure's caption and table. */
export function chartText(
  meta: Pick<ChartMeta, 'title' | 'describe'>,
  { data, lang, state }: Pick<ChartProps, 'data' | 'lang' | 'state'>,
): ChartText {
  return { title: meta.title(data, lang), description: meta.describe(data, lang, state) };
}

export interface ChartSvgProps {
  /** Drawing size in px: the layout's width and height. */
  size: { width: number; height: number };
  /** Accessible name and description (`chartText`). */
  text: ChartText;
  /** Spoken chart type, e.g. "Einheitendiagramm" / "unit chart". */
  roleDescription?: string;
  /**
   * The marks shown in this state, in groups a reader takes in order (a section, the phases, the
   * estimates); within a group they are read line by line unless the group keeps its order. Each `<Mark>` with one of these ids is
   * reached by the arrow keys; its callout shows on hover and focus.
   */
  marks: readonly FocusGroup<ChartMark>[];
  /** Marks, axes, labels. Put axes and gridlines in `aria-hidden` groups. */
  children: ReactNode;
}

export function ChartSvg({ size, text, roleDescription, marks, children }: ChartSvgProps) {
  const { width, height } = size;
  const { title, description } = text;
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const ref = useRef<SVGSVGElement>(null);
  const { context, active, rootProps } = useChartMarks(marks, ref);
  return (
    // The svg is the composite widget's container: focused only by Escape from a mark (tabindex
    // -1), which is where the key handler for all its marks sits.
    <svg
      ref={ref}
      className="chart-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // Scaled into a box of other proportions (a sticky graphic's height cap), it stays left.
      preserveAspectRatio="xMinYMin meet"
      role="graphics-document"
      aria-roledescription={roleDescription}
      aria-labelledby={titleId}
      aria-describedby={descId}
      style={{ fontFamily: 'var(--font-sans)', overflow: 'visible' }}
      {...rootProps}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <MarksContext value={context}>{children}</MarksContext>
      {active ? (
        <Callout
          anchor={active.callout.anchor}
          bounds={{ width, height }}
          lines={active.callout.lines}
        />
      ) : null}
    </svg>
  );
}
