/**
 * @component Troops unit chart: maps `layoutTroops` to SVG. Phases and estimate markers are
 * focusable marks with callouts; axes, gridlines and the estimate list (which repeats the markers'
 * labels) are hidden from assistive technology.
 */
import type { ChartProps } from '../types.ts';
import { boxMark, type ChartMark } from '../shared/ChartMarks.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { ChartSvg, chartText } from '../shared/ChartSvg.tsx';
import { COLOR } from '../shared/colors.ts';
import { Label } from '../shared/Label.tsx';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { AxisTick, BoxRect } from '../shared/SvgParts.tsx';
import {
  layoutTroops,
  type EstimateMarker,
  type PhaseLayout,
  type TroopsLayout,
  type UnitSquare,
} from './layout.ts';
import { meta } from './meta.ts';

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Einheitendiagramm', en: 'unit chart' } as const;

/** Squares as one path each: a hundred `<rect>`s per phase, on every layout, is a lot of page. */
function squaresPath(squares: readonly UnitSquare[], size: number, inset = 0): string {
  const side = size - 2 * inset;
  return squares.map((s) => `M${s.x + inset},${s.y + inset}h${side}v${side}h${-side}z`).join('');
}

function PhaseSquares({ phase, square }: { phase: PhaseLayout; square: number }) {
  if (phase.afterReport)
    return (
      <path
        d={squaresPath(phase.squares, square, 0.5)}
        style={{ fill: 'none', stroke: COLOR.after, strokeWidth: 1 }}
      />
    );
  const solid = phase.squares.filter((s) => !s.faded);
  const faded = phase.squares.filter((s) => s.faded);
  return (
    <g>
      {solid.length > 0 ? (
        <path d={squaresPath(solid, square)} style={{ fill: COLOR.dprk }} />
      ) : null}
      {faded.length > 0 ? (
        <path d={squaresPath(faded, square)} style={{ fill: COLOR.dprk, opacity: 0.35 }} />
      ) : null}
    </g>
  );
}

/** One stop per phase (not per square), then one per estimate marker. */
function troopsMarks(layout: TroopsLayout): FocusGroup<ChartMark>[] {
  const { radius: r, halfWidth: hw } = layout.estimates;
  return [
    {
      // In time order, left to right: the phases climb like stairs, so no two share a line.
      keepOrder: true,
      marks: layout.phases.filter((p) => p.visible).map(boxMark),
    },
    {
      // Numbered by date: the markers stack in rows where they would touch, the numbers do not.
      keepOrder: true,
      marks: layout.estimates.visible
        ? layout.estimates.markers.map((m) => ({
            id: m.id,
            box: { x: m.x - hw, y: m.y - r, width: 2 * hw, height: 2 * r },
            callout: { anchor: { x: m.x, y: m.y - r }, lines: m.detail },
          }))
        : [],
    },
  ];
}

/** Gridlines with their figures, the time axis, and the report's date as a dashed line. */
function TroopsAxes({ layout }: { layout: TroopsLayout }) {
  const { plot, report } = layout;
  const base = plot.y + plot.height;
  return (
    <g aria-hidden="true" className="chart-axis">
      {layout.yTicks.map((t) => (
        <g key={t.label.text}>
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={t.y}
            y2={t.y}
            style={{ stroke: COLOR.rule, strokeWidth: 1 }}
          />
          <Label label={t.label} color={COLOR.muted} />
        </g>
      ))}
      <line
        x1={plot.x}
        x2={plot.x + plot.width}
        y1={base + 0.5}
        y2={base + 0.5}
        style={{ stroke: COLOR.muted, strokeWidth: 1 }}
      />
      {layout.xTicks.map((t) => (
        <AxisTick key={t.x} x={t.x} y={base} label={t.label} />
      ))}
      <line
        x1={report.x}
        x2={report.x}
        y1={report.top}
        y2={report.bottom}
        style={{ stroke: COLOR.text, strokeDasharray: '3 3', strokeWidth: 1 }}
      />
      {report.labels.map((l) => (
        <Label key={l.text} label={l} color={COLOR.text} />
      ))}
    </g>
  );
}

/** The hit area reaches this far around a phase's squares. */
const PHASE_HIT_MARGIN = 2;

function PhaseMark({
  phase,
  square,
  label,
}: {
  phase: PhaseLayout;
  square: number;
  label: string;
}) {
  const m = PHASE_HIT_MARGIN;
  const { box } = phase;
  return (
    <Mark id={phase.id} label={label} hidden={!phase.visible} y={phase.visible ? 0 : 12}>
      <BoxRect
        className="chart-mark__hit"
        box={{ x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m }}
      />
      <PhaseSquares phase={phase} square={square} />
      {phase.dashedTop ? (
        <line
          x1={phase.dashedTop.x1}
          x2={phase.dashedTop.x2}
          y1={phase.dashedTop.y}
          y2={phase.dashedTop.y}
          style={{ stroke: COLOR.dprk, strokeDasharray: '2 2', strokeWidth: 1 }}
        />
      ) : null}
      {phase.plus ? <Label label={phase.plus} color={COLOR.dprk} /> : null}
      {phase.labels.map((l, i) => (
        <Label
          key={i}
          label={l}
          color={phase.afterReport ? COLOR.after : i === 0 ? COLOR.dprk : COLOR.text}
        />
      ))}
    </Mark>
  );
}

/** An estimate: a tick on a crowded strip (with a hit area as wide as the gap), else a circle. */
function EstimateMark({
  marker: m,
  estimates,
  label,
}: {
  marker: EstimateMarker;
  estimates: TroopsLayout['estimates'];
  label: string;
}) {
  const { radius: r, halfWidth: hw } = estimates;
  return (
    <Mark id={m.id} label={label} hidden={!estimates.visible}>
      {estimates.shape === 'tick' ? (
        <>
          {/* The tick, and a transparent hit area as wide as the gap to its neighbours. */}
          <BoxRect
            className="chart-mark__hit"
            box={{ x: m.x - hw - 1, y: m.y - r, width: 2 * hw + 2, height: 2 * r }}
          />
          <BoxRect
            box={{ x: m.x - hw, y: m.y - r, width: 2 * hw, height: 2 * r }}
            style={{ fill: COLOR.estimate }}
          />
        </>
      ) : (
        <circle
          className="chart-mark__hit"
          cx={m.x}
          cy={m.y}
          r={r}
          style={{ fill: COLOR.bg, stroke: COLOR.estimate, strokeWidth: 1.5 }}
        />
      )}
      {m.number.text ? <Label label={m.number} color={COLOR.estimate} /> : null}
    </Mark>
  );
}

/** The numbered list under the strip: it repeats the markers' names, so it is hidden. */
function EstimateList({ estimates }: { estimates: TroopsLayout['estimates'] }) {
  return (
    <g aria-hidden="true" className="chart-estimate-list">
      {estimates.list.map((item) => (
        <g key={item.n}>
          <circle
            cx={item.x}
            cy={item.y}
            r={estimates.radius}
            style={{ fill: 'none', stroke: COLOR.estimate, strokeWidth: 1.5 }}
          />
          <Label label={item.number} color={COLOR.estimate} />
          {item.labels.map((l, i) => (
            <Label key={i} label={l} color={COLOR.text} />
          ))}
        </g>
      ))}
    </g>
  );
}

export function TroopsChart(props: ChartProps) {
  const { data, lang, state } = props;
  const layout = layoutTroops(data, props);
  const { plot, estimates } = layout;
  const text = chartText(meta, { data, lang, state });
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={troopsMarks(layout)}>
      <TroopsAxes layout={layout} />
      {layout.phases.map((phase) => (
        <PhaseMark
          key={phase.id}
          phase={phase}
          square={layout.square}
          label={markLabel(phase.description, data, [`troops-${phase.id}`], lang)}
        />
      ))}

      {estimates.visible ? (
        <g aria-hidden="true">
          {/* Stems first, so stacked markers sit on top of the stems that pass behind them. */}
          {estimates.markers.map((m) => (
            <line
              key={m.id}
              x1={m.dateX}
              x2={m.x}
              y1={plot.y + plot.height + 1}
              y2={m.y - estimates.radius}
              style={{ stroke: COLOR.estimate, strokeWidth: 1 }}
            />
          ))}
        </g>
      ) : null}
      {estimates.markers.map((m) => (
        <EstimateMark
          key={m.id}
          marker={m}
          estimates={estimates}
          label={markLabel(m.description, data, [m.id], lang)}
        />
      ))}

      {estimates.visible
        ? estimates.keyLines.map((l, i) => <Label key={i} label={l} color={COLOR.muted} />)
        : null}
      {estimates.visible ? <EstimateList estimates={estimates} /> : null}
    </ChartSvg>
  );
}
