/**
 * @component A diagonal hatch pattern, the shared sign for "not quantified" and for what came after
 * the report. Put it in the chart's `<defs>`; fill with `url(#id)`. Ids come from `useId` so two
 * charts on one page never share a pattern.
 */
export interface HatchProps {
  /** Pattern id (unique in the document). */
  id: string;
  /** Stroke colour, a CSS variable such as `var(--color-after)`. */
  color: string;
  /** Distance between lines in px (default 6). */
  spacing?: number;
}

export function Hatch({ id, color, spacing = 6 }: HatchProps) {
  return (
    <pattern
      id={id}
      width={spacing}
      height={spacing}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1={0} y1={0} x2={0} y2={spacing} style={{ stroke: color, strokeWidth: 1.5 }} />
    </pattern>
  );
}
