/**
 * @component The two-way ledger: maps `layoutOverview` to SVG. Each row is a focusable mark whose
 * name carries the whole line; section headers are in the direction's colour, not a legend.
 */
import { MOTION_CLASS } from '../shared/motion.ts';
import type { ChartProps } from '../types.ts';
import type { ChartMark } from '../shared/ChartMarks.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { ChartSvg, chartText } from '../shared/ChartSvg.tsx';
import { COLOR, directionColor } from '../shared/colors.ts';
import { Label } from '../shared/Label.tsx';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { BoxRect, HatchSwatch } from '../shared/SvgParts.tsx';
import {
  layoutOverview,
  rowRulesPath,
  type LedgerRow,
  type LedgerSection,
  type LedgerSummary,
  type OverviewLayout,
} from './layout.ts';
import { meta } from './meta.ts';

/** The chart's kind, as a screen reader announces it. */
const ROLE = { de: 'Gegenüberstellung', en: 'ledger' } as const;

/** Where the rule under a section's header runs: under its last line. */
function headerRule(section: LedgerSection): number {
  return (section.headerLines[section.headerLines.length - 1] ?? section.header).y + 8;
}

/**
 * One stop per row, section by section (side by side on wide charts: the left column first). The
 * items named together without a figure (narrowest layout) are one stop, after the rows.
 */
function overviewMarks(layout: OverviewLayout): FocusGroup<ChartMark>[] {
  return layout.sections.map((section) => ({
    marks: [
      ...section.rows.map((row) => ({
        id: row.item.id,
        box: row.box,
        callout: {
          anchor: { x: row.box.x + Math.min(220, row.box.width * 0.6), y: row.box.y + 8 },
          lines: row.detail,
        },
      })),
      ...(section.unquantified
        ? [
            {
              id: section.unquantified.id,
              box: section.unquantified.box,
              callout: {
                anchor: { x: section.unquantified.box.x + 20, y: section.unquantified.box.y + 4 },
                lines: section.unquantified.detail,
              },
            },
          ]
        : []),
    ],
  }));
}

/** The row's accent: a bar, hollow on one-line rows when the item is not in the report. */
function RowAccent({ row, color }: { row: LedgerRow; color: string }) {
  const { box, item } = row;
  if (row.mode === 'compact' || row.mode === 'figure')
    // One-line rows have no badge: a hollow bar says "not in the report".
    return (
      <BoxRect
        box={{ x: box.x + 0.5, y: box.y + 3.5, width: 2, height: box.height - 7 }}
        style={
          item.inReport
            ? { fill: color }
            : { fill: 'none', stroke: item.afterReport ? COLOR.after : color, strokeWidth: 1 }
        }
      />
    );
  return (
    <BoxRect
      box={{ x: box.x, y: box.y + 9, width: 3, height: box.height - 18 }}
      style={{ fill: item.afterReport ? COLOR.after : color }}
    />
  );
}

/** "im Bericht" in a frame, or "danach" / "nicht im Bericht" in italics. */
function RowBadge({ row }: { row: LedgerRow }) {
  const { badge, item } = row;
  return (
    <>
      {badge.inReport ? (
        <BoxRect
          box={badge.box}
          rx={2}
          style={{ fill: 'none', stroke: COLOR.muted, strokeWidth: 1 }}
        />
      ) : null}
      {badge.label.text ? (
        <Label
          label={badge.label}
          color={item.afterReport ? COLOR.after : COLOR.muted}
          style={badge.inReport ? { letterSpacing: '0.04em' } : { fontStyle: 'italic' }}
        />
      ) : null}
    </>
  );
}

function LedgerRowMark({ row, label, color }: { row: LedgerRow; label: string; color: string }) {
  const { box } = row;
  return (
    <Mark id={row.item.id} label={label} className="chart-ledger-row">
      <BoxRect className="chart-mark__hit" box={box} />
      <RowAccent row={row} color={color} />
      {row.labels.map((l, i) => (
        <Label key={i} label={l} />
      ))}
      {row.hatch ? <HatchSwatch box={row.hatch} /> : null}
      {row.figure.map((l, i) => (
        <Label
          key={i}
          label={l}
          color={row.hatch ? COLOR.muted : row.item.afterReport ? COLOR.after : color}
        />
      ))}
      {row.period ? <Label label={row.period} color={COLOR.muted} /> : null}
      <RowBadge row={row} />
    </Mark>
  );
}

function UnquantifiedMark({ summary, label }: { summary: LedgerSummary; label: string }) {
  return (
    <Mark id={summary.id} label={label}>
      <BoxRect className="chart-mark__hit" box={summary.box} />
      {summary.labels.map((l, i) => (
        <Label key={i} label={l} color={COLOR.muted} />
      ))}
    </Mark>
  );
}

function SectionGroup({
  section,
  markLabelOf,
}: {
  section: LedgerSection;
  markLabelOf: (description: string, ids: string[]) => string;
}) {
  const color = directionColor(section.direction);
  return (
    <g
      role="group"
      aria-label={section.headerLines.map((l) => l.text).join(' ')}
      className={MOTION_CLASS}
      style={{ opacity: section.highlighted ? 1 : 0.3 }}
    >
      {section.headerLines.map((l, i) => (
        <Label key={i} label={l} color={color} />
      ))}
      <line
        aria-hidden="true"
        x1={section.box.x}
        x2={section.box.x + section.box.width}
        y1={headerRule(section)}
        y2={headerRule(section)}
        style={{ stroke: color, strokeWidth: 2 }}
      />
      {section.rows.length > 0 ? (
        <path
          aria-hidden="true"
          d={rowRulesPath(section)}
          style={{ fill: 'none', stroke: COLOR.rule, strokeWidth: 1 }}
        />
      ) : null}
      {section.rows.map((row) => (
        <LedgerRowMark
          key={row.item.id}
          row={row}
          label={markLabelOf(row.description, [row.item.id])}
          color={color}
        />
      ))}
      {section.unquantified ? (
        <UnquantifiedMark
          summary={section.unquantified}
          label={markLabelOf(section.unquantified.description, section.unquantified.ids)}
        />
      ) : null}
    </g>
  );
}

export function OverviewChart(props: ChartProps) {
  const { data, lang, state } = props;
  const layout = layoutOverview(data, props);
  const markLabelOf = (description: string, ids: string[]) =>
    markLabel(description, data, ids, lang);
  const text = chartText(meta, { data, lang, state });
  return (
    <ChartSvg size={layout} text={text} roleDescription={ROLE[lang]} marks={overviewMarks(layout)}>
      {layout.sections.map((section) => (
        <SectionGroup key={section.direction} section={section} markLabelOf={markLabelOf} />
      ))}
    </ChartSvg>
  );
}
