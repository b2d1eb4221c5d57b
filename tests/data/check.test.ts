import { describe, expect, it } from 'vitest';
import { checkDatasetText, formatPath, formatProblem } from '../../src/data/check.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';

const shipped = loadDatasetFile();

function mutate(fn: (d: Record<string, unknown>) => void): string {
  const copy = structuredClone(shipped) as unknown as Record<string, unknown>;
  fn(copy);
  return JSON.stringify(copy, null, 2);
}

describe('checkDatasetText()', () => {
  it('accepts the shipped dataset', () => {
    expect(checkDatasetText(JSON.stringify(shipped)).ok).toBe(true);
  });

  it('pins a wrong type to its path, line and column and quotes what was found', () => {
    const text = mutate((d) => {
      ((d.transfers as Record<string, unknown>[])[0]!.quantity as Record<string, unknown>).value =
        '9 Mio.';
    });
    const result = checkDatasetText(text, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === 'transfers[0].quantity.value');
    expect(problem?.message).toBe('expected a number, found "9 Mio."');
    const line = text.split('\n')[problem!.line - 1]!;
    expect(line.slice(problem!.column - 1)).toMatch(/^"9 Mio\."/);
    expect(formatProblem(problem!)).toMatch(
      /^x\.json:\d+:\d+ {2}transfers\[0\]\.quantity\.value {2}expected/,
    );
  });

  it('reports every problem, not just the first', () => {
    const text = mutate((d) => {
      const ts = d.transfers as Record<string, unknown>[];
      ts[0]!.direction = 'sideways';
      ts[1]!.confidence = 'certain';
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['transfers[0].direction', 'transfers[1].confidence']),
      );
  });

  it('reports low > high with the bound it broke', () => {
    const text = mutate((d) => {
      (d.transfers as Record<string, unknown>[])[0]!.quantity = {
        qualifier: 'range',
        low: 9,
        high: 3,
      };
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          path: 'transfers[0].quantity.low',
          message: 'expected a number ≤ high (3), found 9',
        }),
      );
  });

  it('refuses a source without a link to its article', () => {
    const text = mutate((d) => {
      delete (d.sources as Record<string, unknown>[])[3]!.url;
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          path: 'sources[3].url',
          message: expect.stringMatching(/expected/),
        }),
      );
  });

  it("refuses the report's publication month as the end of a period the report gives", () => {
    const month = shipped.meta.report.date.slice(0, 7);
    const index = shipped.transfers.findIndex((t) => t.id === 'ballistic-missiles');
    const text = mutate((d) => {
      const t = (d.transfers as Record<string, unknown>[])[index]!;
      t.period = { start: '2023-09', end: month };
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          path: `transfers[${index}].period.end`,
          message: expect.stringContaining('leave end out for "since …"'),
        }),
      );
    // An open period is what the report gives, and passes.
    expect(shipped.transfers[index]?.period).toEqual({ start: '2023-09' });
  });

  it('refuses a correction naming a chart that does not exist', () => {
    const text = mutate((d) => {
      const meta = d.meta as { changelog: Record<string, unknown>[] };
      const entry = meta.changelog.find((e) => e.kind === 'correction')!;
      (entry.corrections as Record<string, unknown>[])[0]!.charts = ['pie'];
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join()).toContain('found "pie"');
  });

  it('reports duplicate keys that JSON.parse would silently drop', () => {
    const text = '{"$schema": "./transfers.schema.json", "$schema": "./transfers.schema.json"}';
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.find((p) => p.message.includes('again'))).toMatchObject({
        path: '$schema',
        line: 1,
        column: 40,
      });
  });

  it('gives invalid JSON a line and column', () => {
    const result = checkDatasetText('{\n  "meta": {,\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ file: 'bad.json', line: 2, path: '(root)' });
  });
});

describe('formatPath()', () => {
  it('writes paths as a reader does', () => {
    expect(formatPath(['transfers', 3, 'quantity', 'low'])).toBe('transfers[3].quantity.low');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('the contract ids', () => {
  it('refuses a dataset file that lost a transfer the charts rely on', () => {
    const text = mutate((d) => {
      d.transfers = (d.transfers as { id: string }[]).filter((t) => t.id !== 'refined-oil');
    });
    const result = checkDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          path: 'transfers',
          message:
            'expected a transfer with id "refined-oil" (charts and prose rely on it), found none',
        }),
      );
  });
});

describe('formatPath() with odd keys', () => {
  it('quotes keys that are not plain names', () => {
    expect(formatPath(['meta', '{title'])).toBe('meta["{title"]');
  });
});
