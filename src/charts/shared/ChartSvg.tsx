/**
 * @component The root `<svg>` of every chart: a graphics document labelled by its own `<title>` and
 * described by `<desc>` (the meta's `describe` text), so an embed or a PNG export is accessible on
 * its own, without the surrounding figure. Scales down with CSS if its box is narrower than `width`.
 */
import { useId, type ReactNode } from 'react';

export interface ChartSvgProps {
  /** Drawing width in px (the layout's width). */
  width: number;
  /** Drawing height in px (the layout's height). */
  height: number;
  /** Accessible name: the chart's title. */
  title: string;
  /** Accessible description: what a reader sees in this state (`meta.describe`). */
  description: string;
  /** Spoken chart type, e.g. "Einheitendiagramm" / "unit chart". */
  roleDescription?: string;
  /** Marks, axes, labels. Put axes and gridlines in `aria-hidden` groups. */
  children: ReactNode;
}

export function ChartSvg({
  width,
  height,
  title,
  description,
  roleDescription,
  children,
}: ChartSvgProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
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
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
