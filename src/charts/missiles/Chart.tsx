/** Missiles chart: the MSMT floor of 100 against other counts over time. */
import { resolveState, type ChartProps } from '../types.ts';
import { EstimatesSvg } from '../estimates/EstimatesSvg.tsx';
import { layoutMissiles } from './layout.ts';
import { meta } from './meta.ts';

export function Chart({ data, lang, state, width, maxHeight }: ChartProps) {
  const view = resolveState(meta, state) === 'estimates' ? 'estimates' : 'msmt';
  const layout = layoutMissiles(data, width, view, lang, maxHeight);
  return (
    <EstimatesSvg
      layout={layout}
      title={meta.title(data, lang)}
      description={meta.describe(data, lang, view)}
      data={data}
      lang={lang}
    />
  );
}
