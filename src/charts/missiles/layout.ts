/** Missiles: the shared estimates-over-time layout for ballistic missiles (supplied vs fired in labels). */
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { layoutEstimates, type EstimatesLayout, type EstimatesView } from '../estimates/layout.ts';
import { selectSeries, type EstimateSeries } from '../estimates/select.ts';

export const TRANSFER_ID = 'ballistic-missiles';

export function missilesSeries(data: Dataset): EstimateSeries {
  return selectSeries(data, TRANSFER_ID, 'ballistic-missiles');
}

export function layoutMissiles(
  data: Dataset,
  width: number,
  view: EstimatesView,
  lang: Lang,
  maxHeight?: number,
): EstimatesLayout {
  return layoutEstimates({
    series: missilesSeries(data),
    direction: 'dprk-to-russia',
    width,
    lang,
    view,
    ...(maxHeight === undefined ? {} : { maxHeight }),
    // "Supplied" and "fired" given together nest (fired ⊂ supplied): overlay, never add.
    groupMode: 'overlay',
  });
}
