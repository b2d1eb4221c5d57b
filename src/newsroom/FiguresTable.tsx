/**
 * @component Every figure with its formatted value in German and English and its placeholder,
 * filterable by id or label (a tool page: typing "troops" narrows 80 rows to the ones that matter).
 */
import { useId, useState } from 'react';
import type { Dataset } from '../data/schema.ts';
import { figureRows } from './figures.ts';
import { S } from './strings.ts';

export function FiguresTable({ data }: { data: Dataset }) {
  const [filter, setFilter] = useState('');
  const inputId = useId();
  const needle = filter.trim().toLowerCase();
  const rows = figureRows(data).filter(
    (r) =>
      needle === '' ||
      `${r.id} ${r.label.de} ${r.label.en} ${r.de} ${r.en}`.toLowerCase().includes(needle),
  );
  return (
    <section className="newsroom-section" aria-labelledby="newsroom-figures">
      <h2 id="newsroom-figures">{S.figures}</h2>
      <p>{S.figuresHint}</p>
      <p>
        <label htmlFor={inputId}>{S.filter}: </label>
        <input
          id={inputId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </p>
      <div className="newsroom-table-wrap">
        <table className="newsroom-table">
          <thead>
            <tr>
              <th scope="col">{S.columns.id}</th>
              <th scope="col">{S.columns.kind}</th>
              <th scope="col">{S.columns.de}</th>
              <th scope="col">{S.columns.en}</th>
              <th scope="col">{S.columns.placeholder}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-figure={r.id}>
                <th scope="row">
                  <code>{r.id}</code>
                </th>
                <td>{S.kind[r.kind]}</td>
                <td lang="de">
                  {r.de}
                  <span className="newsroom-muted">
                    {' '}
                    · <bdi>{r.label.de}</bdi>
                  </span>
                </td>
                <td lang="en">
                  {r.en}
                  <span className="newsroom-muted">
                    {' '}
                    · <bdi>{r.label.en}</bdi>
                  </span>
                </td>
                <td>
                  <code>{r.placeholder}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
