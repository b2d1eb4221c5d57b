/**
 * @component Russia's returns: maps `layoutCounterflows` to SVG. Oil bars and tiles are focusable
 * marks; the cap line and the axis are context, hidden from assistive technology (the description
 * names the cap).
 */
import { useId } from 'react';
import { MOTION_CLASS } from '../shared/motion.ts';
import { GrowingBar } from '../shared/MotionShapes.tsx';
import type { ChartProps } from '../types.ts';
import type { ChartMark } from '../shared/ChartMarks.tsx';
import { ChartSvg } from '../shared/ChartSvg.tsx';
import { COLOR } from '../shared/colors.ts';
import { Hatch } from '../shared/Hatch.tsx';
import { Label } from '../shared/Label.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { unionBox } from '../shared/labels.ts';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { layoutCounterflows, type OilBar } from './layout.ts';
import { meta } from './meta.ts';

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

export function CounterflowsChart({ data, lang, state, width, maxHeight }: ChartProps) {
  const layout = layoutCounterflows(data, {
    width,
    state,
    lang,
    ...(maxHeight === undefined ? {} : { maxHeight }),
  });
  const uid = useId();
  const hatchId = `${uid}-hatch`;
  const fadeRussia = `${uid}-fade-russia`;
  const fadeEstimate = `${uid}-fade-estimate`;
  const { oil, other } = layout;
  // One stop per oil bar (top to bottom), then per tile (row by row).
  const marks: FocusGroup<ChartMark>[] = [
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
      marks: other.tiles
        .filter((t) => t.visible)
        .map((t) => ({
          id: t.id,
          box: t.box,
          callout: { anchor: { x: t.box.x + t.box.width / 2, y: t.box.y }, lines: t.detail },
        })),
    },
  ];

  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      title={meta.title(data, lang)}
      description={meta.describe(data, lang, state)}
      roleDescription={lang === 'de' ? 'Balkendiagramm und Übersicht' : 'bar chart and overview'}
      marks={marks}
    >
      <defs>
        <Hatch id={hatchId} color={COLOR.muted} spacing={4} />
        {[
          [fadeRussia, COLOR.russia],
          [fadeEstimate, COLOR.estimate],
        ].map(([id, color]) => (
          <linearGradient key={id} id={id}>
            <stop offset="0" style={{ stopColor: color, stopOpacity: 0.55 }} />
            <stop offset="1" style={{ stopColor: color, stopOpacity: 0 }} />
          </linearGradient>
        ))}
      </defs>

      <g className={MOTION_CLASS} style={{ opacity: oil.emphasis }}>
        <Label label={oil.header} />
        {oil.folded ? null : (
          <g aria-hidden="true" className="chart-axis">
            <line
              x1={0}
              x2={layout.width}
              y1={oil.axisY}
              y2={oil.axisY}
              style={{ stroke: COLOR.muted }}
            />
            {oil.axis.map((t) => (
              <g key={t.x}>
                <line
                  x1={t.x}
                  x2={t.x}
                  y1={oil.axisY}
                  y2={oil.axisY + 4}
                  style={{ stroke: COLOR.muted }}
                />
                <Label label={t.label} color={COLOR.muted} />
              </g>
            ))}
          </g>
        )}
        {oil.cap ? (
          <g className="chart-cap">
            <line
              aria-hidden="true"
              x1={oil.cap.x}
              x2={oil.cap.x}
              y1={oil.cap.top}
              y2={oil.cap.bottom}
              style={{ stroke: COLOR.text, strokeWidth: 1.5, strokeDasharray: '4 3' }}
            />
            {oil.cap.labels.map((l, i) => (
              <Label key={i} label={l} color={COLOR.text} />
            ))}
          </g>
        ) : null}
        {oil.bars.map((b) => {
          const color = b.kind === 'msmt' ? COLOR.russia : COLOR.estimate;
          return (
            <Mark
              key={b.id}
              id={b.id}
              label={markLabel(b.description, data, [b.id], lang)}
              hidden={!b.visible}
            >
              {b.labels.map((l, i) => (
                <Label key={i} label={l} color={COLOR.text} halo />
              ))}
              <GrowingBar
                className="chart-mark__hit"
                box={b.bar}
                collapsed={!b.visible}
                style={{ fill: color }}
              />
              <OpenEnd
                box={b.openEnd}
                color={color}
                gradientId={b.kind === 'msmt' ? fadeRussia : fadeEstimate}
              />
              <Label label={b.value} color={b.kind === 'msmt' ? COLOR.russia : COLOR.text} halo />
            </Mark>
          );
        })}
      </g>

      <g className={MOTION_CLASS} style={{ opacity: other.emphasis }}>
        <Label label={other.header} />
        {other.tiles
          .filter((t) => t.visible)
          .map((t) => (
            <Mark key={t.id} id={t.id} label={markLabel(t.description, data, [t.id], lang)}>
              <rect
                className="chart-mark__hit"
                x={t.box.x + 0.5}
                y={t.box.y + 0.5}
                width={t.box.width - 1}
                height={t.box.height - 1}
                rx={2}
                style={{ fill: 'none', stroke: COLOR.rule }}
              />
              <rect
                x={t.box.x}
                y={t.box.y}
                width={3}
                height={t.box.height}
                style={{ fill: COLOR.russia }}
              />
              {t.labels.map((l, i) => (
                <Label key={i} label={l} />
              ))}
              {t.hatch ? (
                <rect
                  x={t.hatch.x}
                  y={t.hatch.y}
                  width={t.hatch.width}
                  height={t.hatch.height}
                  style={{ fill: `url(#${hatchId})`, stroke: COLOR.muted, strokeWidth: 1 }}
                />
              ) : null}
              <Label label={t.figure} color={t.quantified ? COLOR.russia : COLOR.muted} />
              {t.period ? <Label label={t.period} color={COLOR.muted} /> : null}
            </Mark>
          ))}
      </g>
    </ChartSvg>
  );
}
