/**
 * @component The data table alternative to a chart: every figure with its qualifier, unit, date and
 * source, as text. Column headers are `th scope="col"`; the first cell of each row is its row header.
 */
import { memo } from 'react';
import type { ChartTable } from '../types.ts';

export interface DataTableProps {
  /** The table from `meta.table(data, lang)`. */
  table: ChartTable;
  /** Class for the `<table>` (default `chart-table`). */
  className?: string;
}

/** Memoised: a figure passes the same table object until the data or language change. */
export const DataTable = memo(function DataTable({
  table,
  className = 'chart-table',
}: DataTableProps) {
  return (
    <table className={className}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={c}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
