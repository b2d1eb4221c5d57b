/** Artillery: the shared estimates-over-time layout for heavy artillery pieces (grouped parts stacked). */
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { layoutEstimates, type EstimatesLayout, type EstimatesView } from '../estimates/layout.ts';
import { selectSeries, type EstimateSeries } from '../estimates/select.ts';

export const TRANSFER_ID = 'artillery-systems';

export function artillerySeries(data: Dataset): EstimateSeries {
  return selectSeries(data, TRANSFER_ID, 'artillery-systems');
}

export function layoutArtillery(
  data: Dataset,
  width: number,
  view: EstimatesView,
  lang: Lang,
  maxHeight?: number,
): EstimatesLayout {
  return layoutEstimates({
    series: artillerySeries(data),
    direction: 'dprk-to-russia',
    width,
    lang,
    view,
    ...(maxHeight === undefined ? {} : { maxHeight }),
    // Estimates given by type (50 guns + 20 launchers) are parts of one count: stack them.
    groupMode: 'stack',
  });
}
