// PLACEHOLDER until the chart lands: replace this whole file.
import type { ChartProps } from '../types.ts';

export function Chart({ width }: ChartProps) {
  return <svg width={width} height={10} aria-hidden="true" />;
}
