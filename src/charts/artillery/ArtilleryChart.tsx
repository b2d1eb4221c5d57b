/** The artillery chart: the estimates kind with this chart's configuration (meta.ts). */
import type { ChartProps } from '../types.ts';
import { EstimatesChart } from '../kinds/estimates/EstimatesChart.tsx';
import { ARTILLERY, meta } from './meta.ts';

export function ArtilleryChart(props: ChartProps) {
  return <EstimatesChart {...props} config={ARTILLERY} meta={meta} />;
}
