/**
 * Routes map: the Far East detail and the overview to the front, country outlines from the build
 * step (region-geo.ts), places and routes from the dataset. Routes of the current state are
 * drawn strong, the others faint; the change fades so the eye follows what is new.
 */
import { useId } from 'react';
import { MOTION_CLASS } from '../shared/motion.ts';
import geo from './region-geo.ts';
import type { RegionGeo } from './projection.ts';
import type { ChartProps } from '../types.ts';
import type { ChartMark } from '../shared/ChartMarks.tsx';
import { ChartSvg, chartText } from '../shared/ChartSvg.tsx';
import { COLOR, directionColor } from '../shared/colors.ts';
import type { FocusGroup } from '../shared/focus-order.ts';
import { Hatch } from '../shared/Hatch.tsx';
import { BoxRect } from '../shared/SvgParts.tsx';
import { textBox, unionBox } from '../shared/labels.ts';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { textWidth } from '../shared/text.ts';
import { SvgText, textProps } from '../kinds/estimates/svg.tsx';
import { layoutRoutes, type PanelMark, type PlaceMark, type RouteMark } from './layout.ts';
import { meta } from './meta.ts';

/** Lines of the occupied territory's hatch, px apart: closer than the swatches', for a small area. */
const OCCUPIED_HATCH_SPACING = 3;

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Karte', en: 'map' } as const;

const DASH: Record<RouteMark['mode'], string | undefined> = {
  sea: undefined,
  rail: '7 3',
  air: '2 4',
  road: '5 2',
};

export function RoutesChart(props: ChartProps) {
  return <RoutesMap {...props} geo={geo} />;
}

/** The map itself, with the geometry passed in (tests and snapshots can supply their own). */
export function RoutesMap({ geo: region, ...props }: ChartProps & { geo: RegionGeo }) {
  const { data, lang } = props;
  const uid = useId();
  const layout = layoutRoutes(data, props, region);
  // One stop per place, panel by panel, read from north to south (the routes are named in the
  // places' callouts, the table and the description; a line is no target for a key).
  const marks: FocusGroup<ChartMark>[] = layout.panels.map((panel) => ({
    marks: layout.places
      .filter((pl) => pl.panel === panel.id)
      .map((pl) => ({
        id: pl.key,
        box: placeBox(pl),
        callout: { anchor: { x: pl.x, y: pl.y - 5 }, lines: pl.detail },
      })),
  }));
  const text = chartText(meta, { data, lang, state: layout.state });
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={marks}>
      <defs>
        {layout.panels.map((p) => (
          <clipPath key={p.id} id={`${uid}-${p.id}`}>
            <rect x={p.x} y={p.y} width={p.width} height={p.height} />
          </clipPath>
        ))}
        {/* The hatch is drawn in chart pixels (like every other hatch), clipped to the shapes. */}
        {layout.panels.map((p) =>
          p.occupied.length ? (
            <clipPath key={`${p.id}-occupied`} id={`${uid}-${p.id}-occupied`}>
              {p.occupied.map((c) => (
                <path key={c.id} d={c.d} transform={`translate(${p.x} ${p.y}) scale(${p.scale})`} />
              ))}
            </clipPath>
          ) : null,
        )}
      </defs>
      {layout.panels.map((p) => (
        <Panel
          key={p.id}
          panel={p}
          clip={`url(#${uid}-${p.id})`}
          occupiedClip={`url(#${uid}-${p.id}-occupied)`}
        />
      ))}
      {layout.panels.map((p) => (
        <g key={`${p.id}-routes`} clipPath={`url(#${uid}-${p.id})`}>
          {layout.routes
            .filter((r) => r.panel === p.id)
            .sort((a, b) => Number(a.highlighted) - Number(b.highlighted))
            .map((r) => (
              <RouteLine key={r.key} route={r} />
            ))}
        </g>
      ))}
      <g aria-hidden="true">
        {layout.places.map((pl) =>
          pl.label?.leader ? (
            <line
              key={`${pl.key}-leader`}
              x1={pl.label.leader.x1}
              y1={pl.label.leader.y1}
              x2={pl.label.leader.x2}
              y2={pl.label.leader.y2}
              style={{ stroke: COLOR.muted, strokeWidth: 0.75 }}
            />
          ) : null,
        )}
      </g>
      {layout.places.map((pl) => (
        <Mark key={pl.key} id={pl.key} label={markLabel(pl.title, data, [pl.id], lang)}>
          <circle
            cx={pl.x}
            cy={pl.y}
            r={pl.emphasis ? 4.5 : 3.5}
            style={
              pl.approximate
                ? {
                    fill: COLOR.bg,
                    stroke: COLOR.text,
                    strokeWidth: 1.25,
                    strokeDasharray: '2 1.5',
                  }
                : { fill: COLOR.text, stroke: COLOR.bg, strokeWidth: 1 }
            }
          />
          {pl.label && <SvgText {...textProps(pl.label)} />}
        </Mark>
      ))}
    </ChartSvg>
  );
}

/** A place's dot and its label, for its focus ring. */
function placeBox(place: PlaceMark) {
  const dot = { x: place.x - 5, y: place.y - 5, width: 10, height: 10 };
  const { label } = place;
  if (!label) return dot;
  const width = textWidth(label.text, label.size, { bold: label.weight === 600 });
  return unionBox([dot, textBox(label.x, label.y, width, label.size, label.anchor)]);
}

function Panel({
  panel,
  clip,
  occupiedClip,
}: {
  panel: PanelMark;
  clip: string;
  occupiedClip: string;
}) {
  return (
    <g aria-hidden="true">
      <SvgText {...textProps(panel.title)} halo={false} />
      <g clipPath={clip}>
        <rect
          x={panel.x}
          y={panel.y}
          width={panel.width}
          height={panel.height}
          style={{ fill: 'var(--color-water)' }}
        />
        <g transform={`translate(${panel.x} ${panel.y}) scale(${panel.scale})`}>
          {panel.countries.map((c) => (
            <path
              key={c.id}
              d={c.d}
              vectorEffect="non-scaling-stroke"
              style={{ fill: 'var(--color-land)', stroke: COLOR.rule, strokeWidth: 0.75 }}
            />
          ))}
          {panel.occupied.map((c) => (
            <path
              key={c.id}
              d={c.d}
              data-occupied={c.id}
              vectorEffect="non-scaling-stroke"
              style={{ fill: 'var(--color-land)', stroke: COLOR.rule, strokeWidth: 0.75 }}
            />
          ))}
        </g>
        {panel.hatch && (
          <g clipPath={occupiedClip} data-hatch="occupied">
            {/* Transparent, so the territory answers to the pointer as a whole, between the lines too. */}
            <BoxRect box={panel.hatch} style={{ fill: 'transparent' }} />
            <Hatch box={panel.hatch} color={COLOR.muted} spacing={OCCUPIED_HATCH_SPACING} />
          </g>
        )}
        {panel.locator && (
          <path
            d={panel.locator}
            style={{ fill: 'none', stroke: COLOR.muted, strokeWidth: 1, strokeDasharray: '3 2' }}
          />
        )}
        {panel.carto.map((c) => (
          <SvgText key={c.key} {...textProps(c)} halo={false} />
        ))}
      </g>
      <rect
        x={panel.x}
        y={panel.y}
        width={panel.width}
        height={panel.height}
        style={{ fill: 'none', stroke: COLOR.rule, strokeWidth: 1 }}
      />
      {panel.legend && (
        <g data-legend="occupied">
          <rect
            {...panel.legend.swatch}
            style={{ fill: 'var(--color-land)', stroke: COLOR.rule, strokeWidth: 0.75 }}
          />
          <Hatch box={panel.legend.swatch} color={COLOR.muted} spacing={OCCUPIED_HATCH_SPACING} />
          {panel.legend.texts.map((t) => (
            <SvgText key={t.key} {...textProps(t)} halo={false} />
          ))}
        </g>
      )}
    </g>
  );
}

function RouteLine({ route }: { route: RouteMark }) {
  const color = directionColor(route.direction);
  const opacity = route.highlighted ? 1 : 0.22;
  return (
    <g className={MOTION_CLASS} style={{ opacity }} aria-hidden="true">
      <title>{route.title}</title>
      <path
        d={route.d}
        style={{
          fill: 'none',
          stroke: color,
          strokeWidth: route.highlighted ? 2.5 : 1.5,
          strokeDasharray: route.stub ? '3 3' : DASH[route.mode],
          strokeLinecap: 'round',
        }}
      />
      {route.arrow && <path d={route.arrow} style={{ fill: color }} />}
    </g>
  );
}
