/** The missiles chart: the estimates kind with this chart's configuration (meta.ts). */
import type { ChartProps } from '../types.ts';
import { EstimatesChart } from '../kinds/estimates/EstimatesChart.tsx';
import { MISSILES, meta } from './meta.ts';

export function MissilesChart(props: ChartProps) {
  return <EstimatesChart {...props} config={MISSILES} meta={meta} />;
}
