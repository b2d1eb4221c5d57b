/**
 * Figures drawn one mark per unit are bounded by the checker: the fuzz test once froze a worker
 * (out of memory) on an accepted troops figure of 1,000,000,000,000, which asked the troops chart
 * for ten billion squares. At the limits every chart still draws; beyond them the checker names
 * the path; every other figure, at the schema's maximum, draws as well.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { ChartFigure } from '../../src/charts/shared/ChartFigure.tsx';
import { CHART_IDS } from '../../src/charts/types.ts';
import { checkDatasetText } from '../../src/data/check.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { UNIT_MARK_LIMITS } from '../../src/data/unit-marks.ts';

const SCHEMA_MAX = 1e12;

function drawsEveryChart(data: Dataset) {
  for (const id of CHART_IDS)
    for (const state of charts[id].states) {
      const html = renderToStaticMarkup(
        <ChartFigure id={id} data={data} lang="de" state={state.id} width={640} />,
      );
      expect(html, `${id}/${state.id}`).toContain('<svg');
    }
}

describe('unit-mark limits', () => {
  it.each(UNIT_MARK_LIMITS)('$id: refused above $maxMarks marks, drawn at the limit', (limit) => {
    const data = loadDatasetFile();
    const index = data.transfers.findIndex((t) => t.id === limit.id);
    expect(index, `${limit.id} is in the shipped data`).toBeGreaterThanOrEqual(0);
    const max = limit.per * limit.maxMarks;

    data.transfers[index]!.quantity = { qualifier: 'over', value: max + limit.per };
    const refused = checkDatasetText(JSON.stringify(data, null, 2));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      const problem = refused.problems.find((p) => p.path === `transfers[${index}].quantity.value`);
      expect(problem?.message).toMatch(/^expected at most [\d,]+ for /);
    }

    data.transfers[index]!.quantity = { qualifier: 'over', value: max };
    const accepted = checkDatasetText(JSON.stringify(data));
    expect(accepted.ok).toBe(true);
    if (accepted.ok) drawsEveryChart(accepted.data);
  });

  it('every other transfer and every estimate at the schema maximum is accepted and drawn', () => {
    const data = loadDatasetFile();
    for (const t of data.transfers)
      if (!UNIT_MARK_LIMITS.some((l) => l.id === t.id) && t.quantity.qualifier !== 'not-quantified')
        t.quantity = { qualifier: 'over', value: SCHEMA_MAX };
    for (const e of data.estimates) e.quantity = { qualifier: 'about', value: SCHEMA_MAX };
    const result = checkDatasetText(JSON.stringify(data));
    expect(result.ok, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3))).toBe(true);
    if (result.ok) drawsEveryChart(result.data);
  });
});
