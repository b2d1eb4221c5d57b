/** A chart of the estimates kind, drawn from its configuration (see chart.ts). */
import type { ChartMeta, ChartProps } from '../../types.ts';
import { chartText } from '../../shared/ChartSvg.tsx';
import { EstimatesSvg } from './EstimatesSvg.tsx';
import { estimatesView, layoutEstimatesChart, type EstimatesChartConfig } from './chart.ts';

export interface EstimatesChartProps extends ChartProps {
  config: EstimatesChartConfig;
  /** The chart's description, made once from the same configuration (`estimatesChartMeta`). */
  meta: ChartMeta;
}

export function EstimatesChart({ config, meta, ...props }: EstimatesChartProps) {
  const { data, lang, state } = props;
  return (
    <EstimatesSvg
      layout={layoutEstimatesChart(config, data, props)}
      text={chartText(meta, { data, lang, state: estimatesView(config, state) })}
      data={data}
      lang={lang}
    />
  );
}
