/**
 * @component Russia's returns: maps `layoutCounterflows` to SVG. Oil bars and tiles are focusable
 * marks; the cap line and the axis are context, hidden from assistive technology (the description
 * names the cap).
 */
import { useId } from 'react';
import { MOTION_CLASS } from '../shared/motion.ts';
import { GrowingBar } from '../shared/MotionShapes.tsx';
import type { ChartProps } from '../types.ts';
import { boxMark, type ChartMark } from '../shared/ChartMarks.tsx';
import { ChartSvg, chartText } from '../shared/ChartSvg.tsx';
import { COLOR } from '../shared/colors.ts';
import { Label } from '../shared/Label.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { unionBox, type Box } from '../shared/labels.ts';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { AxisTick, BoxRect, HatchSwatch } from '../shared/SvgParts.tsx';
import { layoutCounterflows, type CounterflowsLayout, type OilBar, type Tile } from './layout.ts';
import { meta } from './meta.ts';

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Balkendiagramm und Übersicht', en: 'bar chart and overview' } as const;

function OpenEnd({
  box,
  color,
  gradientId,
}: {
  box: OilBar['openEnd'];
  color: string;
  gradientId: string;
}) {
  if (!box) return null;
  const mid = box.y + box.height / 2;
  return (
    <g>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        style={{ fill: `url(#${gradientId})` }}
      />
      <path
        d={`M${box.x + box.width - 7},${mid - 5} L${box.x + box.width - 1},${mid} L${box.x + box.width - 7},${mid + 5}`}
        style={{ fill: 'none', stroke: color, strokeWidth: 1.5 }}
      />
    </g>
  );
}

/** One stop per oil bar (top to bottom), then per tile (row by row). */
function counterflowsMarks({ oil, other }: CounterflowsLayout): FocusGroup<ChartMark>[] {
  return [
    {
      marks: oil.bars
        .filter((b) => b.visible)
        .map((b) => ({
          id: b.id,
          box: unionBox([
            b.bar,
            b.value.box,
            ...b.labels.map((l) => l.box),
            ...(b.openEnd ? [b.openEnd] : []),
          ]),
          callout: { anchor: { x: b.bar.x + b.bar.width, y: b.bar.y }, lines: b.detail },
        })),
    },
    {
      marks: other.tiles.filter((t) => t.visible).map(boxMark),
    },
  ];
}

/** The fading extensions of open ends: one gradient per colour. */
function FadeGradients({ ids }: { ids: Record<OilBar['kind'], string> }) {
  return (
    <>
      {[
        [ids.msmt, COLOR.russia],
        [ids.estimate, COLOR.estimate],
      ].map(([id, color]) => (
        <linearGradient key={id} id={id}>
          <stop offset="0" style={{ stopColor: color, stopOpacity: 0.55 }} />
          <stop offset="1" style={{ stopColor: color, stopOpacity: 0 }} />
        </linearGradient>
      ))}
    </>
  );
}

function OilAxis({ layout }: { layout: CounterflowsLayout }) {
  const { oil } = layout;
  return (
    <g aria-hidden="true" className="chart-axis">
      <line
        x1={0}
        x2={layout.width}
        y1={oil.axisY}
        y2={oil.axisY}
        style={{ stroke: COLOR.muted }}
      />
      {oil.axis.map((t) => (
        <AxisTick key={t.x} x={t.x} y={oil.axisY} label={t.label} />
      ))}
    </g>
  );
}

function OilCap({ cap }: { cap: NonNullable<CounterflowsLayout['oil']['cap']> }) {
  return (
    <g className="chart-cap">
      <line
        aria-hidden="true"
        x1={cap.x}
        x2={cap.x}
        y1={cap.top}
        y2={cap.bottom}
        style={{ stroke: COLOR.text, strokeWidth: 1.5, strokeDasharray: '4 3' }}
      />
      {cap.labels.map((l, i) => (
        <Label key={i} label={l} color={COLOR.text} />
      ))}
    </g>
  );
}

function OilBarMark({
  bar: b,
  label,
  fadeIds,
}: {
  bar: OilBar;
  label: string;
  fadeIds: Record<OilBar['kind'], string>;
}) {
  const color = b.kind === 'msmt' ? COLOR.russia : COLOR.estimate;
  return (
    <Mark id={b.id} label={label} hidden={!b.visible}>
      {b.labels.map((l, i) => (
        <Label key={i} label={l} color={COLOR.text} halo />
      ))}
      <GrowingBar
        className="chart-mark__hit"
        box={b.bar}
        collapsed={!b.visible}
        style={{ fill: color }}
      />
      <OpenEnd box={b.openEnd} color={color} gradientId={fadeIds[b.kind]} />
      <Label label={b.value} color={b.kind === 'msmt' ? COLOR.russia : COLOR.text} halo />
    </Mark>
  );
}

/** A tile's box inset by half a pixel, so its one-pixel outline stays inside it. */
function insetHalf(box: Box): Box {
  return { x: box.x + 0.5, y: box.y + 0.5, width: box.width - 1, height: box.height - 1 };
}

function ReturnTile({ tile: t, label }: { tile: Tile; label: string }) {
  return (
    <Mark id={t.id} label={label}>
      <BoxRect
        className="chart-mark__hit"
        box={insetHalf(t.box)}
        rx={2}
        style={{ fill: 'none', stroke: COLOR.rule }}
      />
      <BoxRect box={{ ...t.box, width: 3 }} style={{ fill: COLOR.russia }} />
      {t.labels.map((l, i) => (
        <Label key={i} label={l} />
      ))}
      {t.hatch ? <HatchSwatch box={t.hatch} /> : null}
      <Label label={t.figure} color={t.quantified ? COLOR.russia : COLOR.muted} />
      {t.period ? <Label label={t.period} color={COLOR.muted} /> : null}
    </Mark>
  );
}

export function CounterflowsChart(props: ChartProps) {
  const { data, lang, state } = props;
  const layout = layoutCounterflows(data, props);
  const uid = useId();
  const fadeIds = { msmt: `${uid}-fade-russia`, estimate: `${uid}-fade-estimate` };
  const { oil, other } = layout;
  const label = (description: string, id: string) => markLabel(description, data, [id], lang);
  const text = chartText(meta, { data, lang, state });
  const marks = counterflowsMarks(layout);
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={marks}>
      <defs>
        <FadeGradients ids={fadeIds} />
      </defs>

      <g className={MOTION_CLASS} style={{ opacity: oil.emphasis }}>
        <Label label={oil.header} />
        {oil.folded ? null : <OilAxis layout={layout} />}
        {oil.cap ? <OilCap cap={oil.cap} /> : null}
        {oil.bars.map((b) => (
          <OilBarMark key={b.id} bar={b} label={label(b.description, b.id)} fadeIds={fadeIds} />
        ))}
      </g>

      <g className={MOTION_CLASS} style={{ opacity: other.emphasis }}>
        <Label label={other.header} />
        {other.tiles
          .filter((t) => t.visible)
          .map((t) => (
            <ReturnTile key={t.id} tile={t} label={label(t.description, t.id)} />
          ))}
      </g>
    </ChartSvg>
  );
}
