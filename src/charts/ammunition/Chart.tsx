/**
 * Ammunition chart: the MSMT's "as many as 9 million rounds" as squares, the 49 voyages as
 * hulls, and the other estimates over time (shared estimates drawing).
 */
import { m } from 'framer-motion';
import { resolveState, type ChartProps } from '../types.ts';
import { ChartSvg } from '../shared/ChartSvg.tsx';
import { COLOR } from '../shared/colors.ts';
import { EstimatesSvg } from '../estimates/EstimatesSvg.tsx';
import { SvgText, textProps } from '../estimates/svg.tsx';
import { layoutAmmunition, type AmmunitionState, type IsotypeLayout } from './layout.ts';
import { meta } from './meta.ts';

export function Chart({ data, lang, state, width, maxHeight }: ChartProps) {
  const resolved = resolveState(meta, state) as AmmunitionState;
  const result = layoutAmmunition(data, width, resolved, lang, maxHeight);
  const title = meta.title(data, lang);
  const description = meta.describe(data, lang, resolved);
  if (result.kind === 'estimates')
    return <EstimatesSvg layout={result.layout} title={title} description={description} />;
  return <Isotype layout={result} title={title} description={description} />;
}

function Isotype({
  layout,
  title,
  description,
}: {
  layout: IsotypeLayout;
  title: string;
  description: string;
}) {
  const shipOpacity = layout.showVoyages ? 1 : 0;
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description}>
      <g aria-hidden="true">
        {layout.squares.map((s, i) => (
          <m.rect
            key={s.key}
            initial={false}
            animate={{ x: s.x, y: s.y, opacity: 1 }}
            transition={{ delay: Math.min(i, 90) * 0.004 }}
            width={s.size}
            height={s.size}
            style={{ fill: COLOR.dprk }}
          />
        ))}
        {layout.cap && (
          <line
            x1={layout.cap.x}
            x2={layout.cap.x}
            y1={layout.cap.y0}
            y2={layout.cap.y1}
            style={{ stroke: COLOR.dprk, strokeWidth: 2 }}
          />
        )}
        {layout.texts.map((t) => (
          <SvgText key={t.key} {...textProps(t)} />
        ))}
        {layout.ships.map((s, i) => (
          <m.path
            key={s.key}
            initial={false}
            animate={{ opacity: shipOpacity, x: s.x, y: s.y }}
            transition={{ delay: layout.showVoyages ? i * 0.01 : 0 }}
            // A ship seen from the side: hull with a sloped bow, a deckhouse aft.
            d={`M0,3h${s.size}l-3,5h-${s.size - 5}zM3,0h6v3h-6z`}
            style={{ fill: COLOR.dprk }}
          />
        ))}
        {layout.voyageTexts.map((t) => (
          <SvgText key={t.key} {...textProps(t)} opacity={shipOpacity} />
        ))}
      </g>
    </ChartSvg>
  );
}
