/**
 * Ammunition chart: the MSMT's "as many as 9 million rounds" as squares, the 49 voyages as
 * hulls, and the other estimates over time (shared estimates drawing).
 */
import type { ChartProps } from '../types.ts';
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ChartMark } from '../shared/ChartMarks.tsx';
import { ChartSvg, chartText, type ChartText } from '../shared/ChartSvg.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { Mark } from '../shared/Mark.tsx';
import { BoxRect } from '../shared/SvgParts.tsx';
import { markLabel } from '../shared/sources.ts';
import { MOTION_CLASS, placementStyle } from '../shared/motion.ts';
import { COLOR } from '../shared/colors.ts';
import { EstimatesSvg } from '../kinds/estimates/EstimatesSvg.tsx';
import { SvgText, textProps } from '../kinds/estimates/svg.tsx';
import { layoutAmmunition, resolveAmmunitionState, type IsotypeLayout } from './layout.ts';
import { meta } from './meta.ts';

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Mengenbild', en: 'isotype' } as const;

export function AmmunitionChart(props: ChartProps) {
  const { data, lang } = props;
  const result = layoutAmmunition(data, props);
  const text = chartText(meta, { data, lang, state: resolveAmmunitionState(props.state) });
  if (result.kind === 'estimates')
    return <EstimatesSvg layout={result.layout} text={text} data={data} lang={lang} />;
  return <Isotype layout={result} text={text} data={data} lang={lang} />;
}

function Isotype({
  layout,
  text,
  data,
  lang,
}: {
  layout: IsotypeLayout;
  text: ChartText;
  data: Dataset;
  lang: Lang;
}) {
  const shipOpacity = layout.showVoyages ? 1 : 0;
  // One stop per figure, not per square or hull: the rounds, the voyages, the containers.
  const marks: FocusGroup<ChartMark>[] = [
    {
      marks: layout.records
        .filter((r) => r.visible)
        .map((r) => ({
          id: r.id,
          box: r.box,
          callout: {
            anchor: { x: r.box.x + Math.min(160, r.box.width / 2), y: r.box.y },
            lines: r.detail,
          },
        })),
    },
  ];
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={marks}>
      <g aria-hidden="true">
        {/* Folded to their figure's line in a short box's voyages state: they fade out. */}
        <g className={MOTION_CLASS} style={{ opacity: layout.showSquares ? 1 : 0 }}>
          {layout.squares.map((s, i) => (
            <rect
              key={s.key}
              className={MOTION_CLASS}
              width={s.size}
              height={s.size}
              style={{
                ...placementStyle({ x: s.x, y: s.y, delayMs: Math.min(i, 90) * 4 }),
                fill: COLOR.dprk,
              }}
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
        </g>
        {layout.texts.map((t) => (
          <SvgText key={t.key} {...textProps(t)} />
        ))}
        {/* One fade for all hulls: 49 staggered ones would each start an animation. */}
        <g className={MOTION_CLASS} style={{ opacity: shipOpacity }}>
          {layout.ships.map((s) => (
            <path
              key={s.key}
              // A ship seen from the side: hull with a sloped bow, a deckhouse aft.
              d={`M0,3h${s.size}l-3,5h-${s.size - 5}zM3,0h6v3h-6z`}
              style={{ ...placementStyle({ x: s.x, y: s.y }), fill: COLOR.dprk }}
            />
          ))}
        </g>
        {layout.voyageTexts.map((t) => (
          <SvgText key={t.key} {...textProps(t)} opacity={shipOpacity} />
        ))}
      </g>
      {/* The drawing above is for the eye; these invisible boxes over it are the figures a reader
          reaches by pointer or key, each named with its figure and sources. */}
      {layout.records.map((r) => (
        <Mark
          key={r.id}
          id={r.id}
          label={markLabel(r.description, data, [r.id], lang)}
          hidden={!r.visible}
        >
          <BoxRect className="chart-mark__hit" box={r.box} />
        </Mark>
      ))}
    </ChartSvg>
  );
}
