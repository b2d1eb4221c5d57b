/**
 * @component The two-way ledger: maps `layoutOverview` to SVG. Each row is a focusable mark whose
 * name carries the whole line; section headers are in the direction's colour, not a legend.
 */
import { useId } from 'react';
import { MOTION_CLASS } from '../shared/motion.ts';
import type { ChartProps } from '../types.ts';
import type { ChartMark } from '../shared/ChartMarks.tsx';
import type { FocusGroup } from '../shared/focus-order.ts';
import { ChartSvg } from '../shared/ChartSvg.tsx';
import { COLOR, directionColor } from '../shared/colors.ts';
import { Hatch } from '../shared/Hatch.tsx';
import { Label } from '../shared/Label.tsx';
import { Mark } from '../shared/Mark.tsx';
import { markLabel } from '../shared/sources.ts';
import { layoutOverview, rowRulesPath, type LedgerSection } from './layout.ts';
import { meta } from './meta.ts';

/** Where the rule under a section's header runs: under its last line. */
function headerRule(section: LedgerSection): number {
  return (section.headerLines[section.headerLines.length - 1] ?? section.header).y + 8;
}

export function OverviewChart({ data, lang, state, width, maxHeight }: ChartProps) {
  const layout = layoutOverview(data, { width, state, lang, maxHeight });
  const hatchId = `${useId()}-hatch`;
  // One stop per row, section by section (side by side on wide charts: the left column first).
  // The items named together without a figure (narrowest layout) are one stop, after the rows.
  const marks: FocusGroup<ChartMark>[] = layout.sections.map((section) => ({
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

  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      title={meta.title(data, lang)}
      description={meta.describe(data, lang, state)}
      roleDescription={lang === 'de' ? 'Gegenüberstellung' : 'ledger'}
      marks={marks}
    >
      {/* Brings its own <defs>. */}
      <Hatch id={hatchId} color={COLOR.muted} spacing={4} />
      {layout.sections.map((section) => {
        const color = directionColor(section.direction);
        return (
          <g
            key={section.direction}
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
              <Mark
                key={row.item.id}
                id={row.item.id}
                label={markLabel(row.description, data, [row.item.id], lang)}
                className="chart-ledger-row"
              >
                <rect
                  className="chart-mark__hit"
                  x={row.box.x}
                  y={row.box.y}
                  width={row.box.width}
                  height={row.box.height}
                />
                {row.mode === 'compact' || row.mode === 'figure' ? (
                  // One-line rows have no badge: a hollow bar says "not in the report".
                  <rect
                    x={row.box.x + 0.5}
                    y={row.box.y + 3.5}
                    width={2}
                    height={row.box.height - 7}
                    style={
                      row.item.inReport
                        ? { fill: color }
                        : {
                            fill: 'none',
                            stroke: row.item.afterReport ? COLOR.after : color,
                            strokeWidth: 1,
                          }
                    }
                  />
                ) : (
                  <rect
                    x={row.box.x}
                    y={row.box.y + 9}
                    width={3}
                    height={row.box.height - 18}
                    style={{ fill: row.item.afterReport ? COLOR.after : color }}
                  />
                )}
                {row.labels.map((l, i) => (
                  <Label key={i} label={l} />
                ))}
                {row.hatch ? (
                  <rect
                    x={row.hatch.x}
                    y={row.hatch.y}
                    width={row.hatch.width}
                    height={row.hatch.height}
                    style={{ fill: `url(#${hatchId})`, stroke: COLOR.muted, strokeWidth: 1 }}
                  />
                ) : null}
                {row.figure.map((l, i) => (
                  <Label
                    key={i}
                    label={l}
                    color={row.hatch ? COLOR.muted : row.item.afterReport ? COLOR.after : color}
                  />
                ))}
                {row.period ? <Label label={row.period} color={COLOR.muted} /> : null}
                {row.badge.inReport ? (
                  <rect
                    x={row.badge.box.x}
                    y={row.badge.box.y}
                    width={row.badge.box.width}
                    height={row.badge.box.height}
                    rx={2}
                    style={{ fill: 'none', stroke: COLOR.muted, strokeWidth: 1 }}
                  />
                ) : null}
                {row.badge.label.text ? (
                  <Label
                    label={row.badge.label}
                    color={row.item.afterReport ? COLOR.after : COLOR.muted}
                    style={
                      row.badge.inReport ? { letterSpacing: '0.04em' } : { fontStyle: 'italic' }
                    }
                  />
                ) : null}
              </Mark>
            ))}
            {section.unquantified ? (
              <Mark
                id={section.unquantified.id}
                label={markLabel(
                  section.unquantified.description,
                  data,
                  section.unquantified.ids,
                  lang,
                )}
              >
                <rect
                  className="chart-mark__hit"
                  x={section.unquantified.box.x}
                  y={section.unquantified.box.y}
                  width={section.unquantified.box.width}
                  height={section.unquantified.box.height}
                />
                {section.unquantified.labels.map((l, i) => (
                  <Label key={i} label={l} color={COLOR.muted} />
                ))}
              </Mark>
            ) : null}
          </g>
        );
      })}
    </ChartSvg>
  );
}
