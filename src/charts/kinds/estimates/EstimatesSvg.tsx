/**
 * Draws an estimates-over-time layout (see layout.ts): MSMT figure in the direction's colour, other
 * estimates grey, conversions hollow and dashed, open ends as arrows, ceilings as caps. Rows slide to
 * their place and bars grow when the view changes (by transform, ../shared/motion.ts); reduced
 * motion makes that instant.
 */
import { Group } from '@visx/group';
import type { Dataset } from '../../../data/schema.ts';
import type { Lang } from '../../../lib/i18n.ts';
import type { ChartMark } from '../../shared/ChartMarks.tsx';
import { ChartSvg, type ChartText } from '../../shared/ChartSvg.tsx';
import { COLOR, directionColor } from '../../shared/colors.ts';
import type { FocusGroup } from '../../shared/focus-order.ts';
import { Mark } from '../../shared/Mark.tsx';
import { markLabel } from '../../shared/sources.ts';
import { GrowingBar, MovingVerticalLine } from '../../shared/MotionShapes.tsx';
import type { BarMark, EstimatesLayout, RowMark } from './layout.ts';
import { SvgText, textProps } from './svg.tsx';

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Schätzungen im Zeitverlauf', en: 'estimates over time' } as const;

export interface EstimatesSvgProps {
  layout: EstimatesLayout;
  /** Accessible name and description: the chart's title, what the reader sees in this view. */
  text: ChartText;
  /** For the rows' names: their sources, as the data table gives them. */
  data: Dataset;
  lang: Lang;
}

export function EstimatesSvg({ layout, text, data, lang }: EstimatesSvgProps) {
  const msmtColor = directionColor(layout.direction);
  const ref = layout.reference;
  // One stop per row (a statement: one estimate, or the parts of a grouped one), top to bottom.
  const marks: FocusGroup<ChartMark>[] = [
    {
      marks: layout.rows
        .filter((r) => r.visible)
        .map((r) => ({ id: r.key, box: r.box, callout: { anchor: r.anchor, lines: r.detail } })),
    },
  ];
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={marks}>
      <g aria-hidden="true">
        {layout.valueTicks.map((t) => (
          <g key={t.key}>
            <line
              x1={t.x}
              x2={t.x}
              y1={layout.gridTop}
              y2={layout.axisY}
              style={{ stroke: COLOR.rule, strokeWidth: 1 }}
            />
            <SvgText {...textProps(t.label)} halo={false} />
          </g>
        ))}
        <line
          x1={layout.x0}
          x2={layout.x1}
          y1={layout.axisY}
          y2={layout.axisY}
          style={{ stroke: COLOR.muted, strokeWidth: 1 }}
        />
        {layout.timeline && <Timeline layout={layout} />}
      </g>
      {layout.rows.map((row) => (
        <Row
          key={row.key}
          row={row}
          label={markLabel(row.title, data, row.ids, lang)}
          msmtColor={msmtColor}
        />
      ))}
      <g aria-hidden="true">
        <MovingVerticalLine
          x={ref.x}
          y0={ref.y0}
          y1={ref.y1}
          style={{ stroke: msmtColor, strokeWidth: 1.5, strokeDasharray: '5 3' }}
        />
        <SvgText
          {...textProps(ref.label)}
          msmtColor={msmtColor}
          opacity={ref.labelVisible ? 1 : 0}
        />
      </g>
    </ChartSvg>
  );
}

function Timeline({ layout }: { layout: EstimatesLayout }) {
  const tl = layout.timeline;
  if (!tl) return null;
  const split = tl.afterY ?? tl.y1;
  return (
    <g>
      <line
        x1={tl.x}
        x2={tl.x}
        y1={tl.y0}
        y2={split}
        style={{ stroke: COLOR.rule, strokeWidth: 2 }}
      />
      {tl.afterY !== null && (
        <line
          x1={tl.x}
          x2={tl.x}
          y1={tl.afterY}
          y2={tl.y1}
          style={{ stroke: COLOR.after, strokeWidth: 2, strokeDasharray: '3 2' }}
        />
      )}
      {layout.timeTicks.map((t) => (
        <g key={t.key}>
          <line x1={tl.x - 6} x2={tl.x + 6} y1={t.y} y2={t.y} style={{ stroke: COLOR.muted }} />
          <SvgText {...textProps(t.label)} halo={false} />
        </g>
      ))}
    </g>
  );
}

/** An arrow right from a bar's end: a shaft and a head `half` px tall each way. */
function openEndPath({ x, y, half = 5 }: { x: number; y: number; half?: number }): string {
  return `M${x + 2},${y}h12m-${half},-${half}l${half},${half}l-${half},${half}`;
}

function barStyle(bar: BarMark, msmtColor: string) {
  if (bar.style === 'msmt') return { fill: msmtColor };
  if (bar.style === 'conversion')
    return {
      fill: bar.alt ? COLOR.estimateSoft : 'transparent',
      stroke: COLOR.estimate,
      strokeWidth: 1.5,
      strokeDasharray: '4 2',
    };
  return bar.alt
    ? { fill: COLOR.estimateSoft, stroke: COLOR.estimate, strokeWidth: 1 }
    : { fill: COLOR.estimate };
}

function Row({ row, label, msmtColor }: { row: RowMark; label: string; msmtColor: string }) {
  const opacity = row.visible ? 1 : 0;
  const accent = row.kind === 'msmt' ? msmtColor : COLOR.estimate;
  return (
    <Mark id={row.key} label={label} y={row.y} hidden={!row.visible}>
      {/* The mark moves the row by transform; its shapes keep the layout's coordinates. */}
      <Group top={-row.y}>
        <circle
          cx={row.dot.x}
          cy={row.dot.y}
          r={row.kind === 'msmt' ? 5 : 3.5}
          style={{ fill: row.after ? COLOR.after : accent, stroke: COLOR.bg, strokeWidth: 1.5 }}
        />
        {row.bars.map((bar) => (
          <g key={bar.key}>
            <GrowingBar
              box={{ x: bar.x, y: bar.y, width: bar.width, height: bar.height }}
              collapsed={!row.visible}
              style={barStyle(bar, msmtColor)}
            />
            {bar.inside && <SvgText {...textProps(bar.inside)} halo={false} opacity={opacity} />}
          </g>
        ))}
        {row.stub && (
          <line
            x1={row.stub.x}
            x2={row.stub.x + row.stub.width}
            y1={row.stub.y}
            y2={row.stub.y}
            style={{
              stroke: COLOR.estimate,
              strokeWidth: 3,
              strokeDasharray: '1 4',
              strokeLinecap: 'round',
            }}
          />
        )}
        {row.openEnd && (
          <path
            d={openEndPath(row.openEnd)}
            style={{ fill: 'none', stroke: accent, strokeWidth: 2, strokeLinecap: 'round' }}
          />
        )}
        {row.cap && (
          <line
            x1={row.cap.x}
            x2={row.cap.x}
            y1={row.cap.y0}
            y2={row.cap.y1}
            style={{ stroke: accent, strokeWidth: 2 }}
          />
        )}
        {row.texts.map((t) => (
          <SvgText key={t.key} {...textProps(t)} msmtColor={msmtColor} />
        ))}
      </Group>
    </Mark>
  );
}
