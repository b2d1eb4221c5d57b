/** Artillery chart: more than 200 pieces (MSMT) against the estimates over time. */
import { resolveState, type ChartProps } from '../types.ts';
import { EstimatesSvg } from '../estimates/EstimatesSvg.tsx';
import { layoutArtillery } from './layout.ts';
import { meta } from './meta.ts';

export function Chart({ data, lang, state, width, maxHeight }: ChartProps) {
  const view = resolveState(meta, state) === 'estimates' ? 'estimates' : 'msmt';
  const layout = layoutArtillery(data, width, view, lang, maxHeight);
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
