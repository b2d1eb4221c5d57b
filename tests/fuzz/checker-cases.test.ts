/**
 * The checker as a journalist meets it: `npx tsx scripts/check-data.ts FILE` on a broken copy of the
 * shipped dataset must exit 1 and print `FILE:LINE:COL  PATH  message` for the right JSON path, with
 * LINE:COL pointing at the offending text. Every case goes through the command's own function
 * (`checkData`, what the command prints and its exit code); the command itself, run as a process,
 * prints exactly that for two of them and for the shipped file. Plus: the shipped file passes, its
 * figures match FACTS.md / CHECK.md, totals follow their parts, and generated files are up to date.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { computeTotal, requireFigure } from '../../src/data/derive.ts';
import { checkData } from '../../scripts/check-data.ts';
import type { Json } from './mutate.ts';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SHIPPED_TEXT = readFileSync('data/transfers.json', 'utf8');
type Obj = Record<string, Json> & { [k: string]: Json };
type D = Obj & { transfers: Obj[]; sources: Obj[]; routes: Obj[]; totals: Obj[]; meta: Obj };
const shipped = () => JSON.parse(SHIPPED_TEXT) as D;
const dir = mkdtempSync(join(tmpdir(), 'checker-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function indexOf(list: Obj[], id: string): number {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`the shipped dataset has no record "${id}"`);
  return i;
}
const s = shipped();
const T = (id: string) => indexOf(s.transfers, id);

interface Case {
  name: string;
  /** Change the parsed dataset… */
  edit?: (d: D) => void;
  /** …or the JSON text (for mistakes JSON.parse would hide: duplicate keys, syntax errors). */
  editText?: (text: string) => string;
  path: string;
  /** The reported line:column must point at text starting with this. */
  at?: string | RegExp;
  message?: RegExp;
}

const q = (d: D, id: string) => d.transfers[indexOf(d.transfers, id)]!.quantity as Obj;

const CASES: Case[] = [
  {
    name: 'wrong type (number written as text)',
    edit: (d) => (q(d, 'troops-phase-1').value = '11.000'),
    path: `transfers[${T('troops-phase-1')}].quantity.value`,
    at: '"11.000"',
    message: /expected a number, found "11\.000"/,
  },
  {
    name: 'missing required field',
    edit: (d) => delete d.transfers[T('ballistic-missiles')]!.direction,
    path: `transfers[${T('ballistic-missiles')}].direction`,
    at: '{',
  },
  {
    name: 'unknown source id',
    edit: (d) => ((d.transfers[T('refined-oil')]!.sources as Json[])[0] = 'no-such-source'),
    path: `transfers[${T('refined-oil')}].sources[0]`,
    at: '"no-such-source"',
    message: /sources/,
  },
  {
    name: 'low > high',
    edit: (d) =>
      (d.transfers[T('artillery-ammunition')]!.quantity = {
        qualifier: 'range',
        low: 9000000,
        high: 3000000,
      }),
    path: `transfers[${T('artillery-ammunition')}].quantity.low`,
    at: '9000000',
    message: /≤ high/,
  },
  {
    name: 'range without high',
    edit: (d) => (d.transfers[T('artillery-systems')]!.quantity = { qualifier: 'range', low: 200 }),
    path: `transfers[${T('artillery-systems')}].quantity.high`,
    at: '{',
  },
  {
    name: 'not-quantified with a value',
    edit: (d) =>
      (d.transfers[T('electronic-warfare')]!.quantity = {
        qualifier: 'not-quantified',
        value: 3,
      }),
    path: `transfers[${T('electronic-warfare')}].quantity.value`,
    at: '3',
  },
  {
    name: 'exact without a value',
    edit: (d) => (d.transfers[T('air-defence')]!.quantity = { qualifier: 'exact' }),
    path: `transfers[${T('air-defence')}].quantity.value`,
    at: '{',
  },
  {
    name: 'javascript: url',
    edit: (d) => (d.sources[0]!.url = 'javascript:alert(1)'),
    path: 'sources[0].url',
    at: '"javascript:alert(1)"',
    message: /http\(s\)/,
  },
  {
    name: 'data: url',
    edit: (d) => (d.sources[1]!.url = 'data:text/html,<script>alert(1)</script>'),
    path: 'sources[1].url',
    at: '"data:text/html',
  },
  {
    name: 'invalid JSON (missing comma)',
    editText: (text) => text.replace(/("direction": "dprk-to-russia"),/, '$1'),
    path: '(root)',
    at: '"',
    message: /valid JSON/,
  },
  {
    name: 'duplicate id',
    edit: (d) => (d.transfers[T('troops-phase-2')]!.id = 'troops-phase-1'),
    path: `transfers[${Math.max(T('troops-phase-1'), T('troops-phase-2'))}].id`,
    at: '"troops-phase-1"',
    message: /unique/,
  },
  {
    name: 'duplicate key',
    editText: (text) =>
      text.replace('"id": "ballistic-missiles",', '"id": "ballistic-missiles",\n"id": "x-y",'),
    path: `transfers[${T('ballistic-missiles')}].id`,
    at: '"id"',
    message: /once/,
  },
  {
    name: 'date that does not exist',
    edit: (d) => (d.meta.updated = '2025-02-30'),
    path: 'meta.updated',
    at: '"2025-02-30"',
    message: /calendar/,
  },
  {
    name: 'period start after end',
    edit: (d) => (d.transfers[T('troops-phase-1')]!.period = { start: '2025-02', end: '2024-10' }),
    path: `transfers[${T('troops-phase-1')}].period.end`,
  },
  {
    name: 'negative number',
    edit: (d) => (q(d, 'ballistic-missiles').value = -100),
    path: `transfers[${T('ballistic-missiles')}].quantity.value`,
    at: '-100',
    message: /≥ 0/,
  },
  {
    name: 'untrimmed string',
    edit: (d) => ((d.transfers[T('troops-phase-2')]!.label as Obj).de = ' Truppen '),
    path: `transfers[${T('troops-phase-2')}].label.de`,
    at: '" Truppen "',
    message: /spaces/,
  },
  {
    name: 'unknown key (typo)',
    edit: (d) => (d.transfers[T('workers')]!.colour = 'red'),
    path: `transfers[${T('workers')}].colour`,
    at: '"colour"',
    message: /typo/,
  },
  {
    name: 'wrong $schema',
    edit: (d) => (d.$schema = 'https://example.com/schema.json'),
    path: '$schema',
    at: '"https://example.com/schema.json"',
  },
  {
    name: 'unknown place in a route',
    edit: (d) => ((d.routes[0]!.stops as Json[])[1] = 'atlantis'),
    path: 'routes[0].stops[1]',
    at: '"atlantis"',
    message: /places/,
  },
  {
    name: 'total with an unknown part',
    edit: (d) => ((d.totals[0]!.parts as Json[])[1] = 'troops-phase-9'),
    path: 'totals[0].parts[1]',
    at: '"troops-phase-9"',
    message: /transfers/,
  },
  {
    name: 'changelog version above meta.version',
    edit: (d) =>
      (d.meta.changelog as Json[]).push({
        version: (d.meta.version as number) + 1,
        date: d.meta.updated as string,
        kind: 'update',
        de: 'Zukunft',
        en: 'Future',
      }),
    path: `meta.changelog[${(s.meta.changelog as Json[]).length}].version`,
    message: /meta\.version/,
  },
  {
    name: 'correction without what was wrong and what is right',
    edit: (d) =>
      (d.meta.changelog as Json[]).push({
        version: d.meta.version as number,
        date: d.meta.updated as string,
        kind: 'correction',
        de: 'Korrektur',
        en: 'Correction',
      }),
    path: `meta.changelog[${(s.meta.changelog as Json[]).length}].corrections`,
    message: /kind "correction"/,
  },
  {
    name: 'correction naming a record that does not exist',
    edit: (d) =>
      (d.meta.changelog as Json[]).push({
        version: d.meta.version as number,
        date: d.meta.updated as string,
        kind: 'correction',
        de: 'Korrektur',
        en: 'Correction',
        corrections: [
          {
            records: ['no-such-record'],
            wrong: { de: 'Falsch', en: 'Wrong' },
            right: { de: 'Richtig', en: 'Right' },
          },
        ],
      }),
    path: `meta.changelog[${(s.meta.changelog as Json[]).length}].corrections[0].records[0]`,
    message: /no-such-record/,
  },
  {
    name: 'unknown direction',
    edit: (d) => (d.transfers[T('finance')]!.direction = 'sideways'),
    path: `transfers[${T('finance')}].direction`,
    at: '"sideways"',
    message: /dprk-to-russia/,
  },
  {
    name: 'id not in kebab-case',
    edit: (d) => (d.transfers[T('training')]!.id = 'Training Russia'),
    path: `transfers[${T('training')}].id`,
    at: '"Training Russia"',
    message: /kebab/,
  },
  {
    name: '10,000-character label',
    edit: (d) => ((d.transfers[T('anti-tank-weapons')]!.label as Obj).en = 'x'.repeat(10_000)),
    path: `transfers[${T('anti-tank-weapons')}].label.en`,
    at: '"xxxx',
    message: /at most/,
  },
  {
    name: 'latitude out of range',
    edit: (d) => ((d.places as Obj[])[0]!.lat = 91),
    path: 'places[0].lat',
    at: '91',
  },
  {
    name: 'empty list of transfers',
    edit: (d) => (d.transfers = []),
    path: 'transfers',
    at: '[]',
  },
  {
    name: 'number too large to be real',
    edit: (d) => (q(d, 'refined-oil').value = 1e308),
    path: `transfers[${T('refined-oil')}].quantity.value`,
    at: '1e+308',
  },
];

/** The command run as a process, as a journalist runs it. */
async function checkFile(file: string): Promise<{ code: number; out: string }> {
  try {
    const r = await run(TSX, ['scripts/check-data.ts', file], { encoding: 'utf8' });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

/** The same command's exit code and output, from its function in this process. */
function checkInProcess(file: string): { code: number; out: string } {
  const r = checkData(file);
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
  return { code: r.code, out: text(r.stdout) + text(r.stderr) };
}

const escape = (str: string) => str.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('npm run check:data on broken datasets', () => {
  it(`has at least 20 distinct cases (${CASES.length})`, () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map((c) => c.path)).size).toBeGreaterThanOrEqual(20);
  });

  it('each exits 1 and names the right path at FILE:LINE:COL pointing at the mistake', async () => {
    const prepared = CASES.map((c, i) => {
      let text = SHIPPED_TEXT;
      if (c.edit) {
        const d = shipped();
        c.edit(d);
        text = JSON.stringify(d, null, 2) + '\n';
      }
      if (c.editText) text = c.editText(text);
      expect(text, `${c.name}: the edit changed nothing`).not.toBe(SHIPPED_TEXT);
      const file = join(dir, `case-${i}.json`);
      writeFileSync(file, text);
      return { c, file, text };
    });
    const results = prepared.map((p) => checkInProcess(p.file));
    // The command as a process prints the same, for a broken syntax and a broken field.
    for (const i of [0, prepared.findIndex((p) => p.c.editText)]) {
      expect(i, 'no case edits the JSON text').toBeGreaterThanOrEqual(0);
      expect(await checkFile(prepared[i]!.file)).toEqual(results[i]);
    }
    const failures: string[] = [];
    prepared.forEach(({ c, file, text }, i) => {
      const { code, out } = results[i]!;
      if (code !== 1) failures.push(`${c.name}: exit ${code}\n${out}`);
      const line = new RegExp(`^${escape(file)}:(\\d+):(\\d+)  ${escape(c.path)}  (.+)$`, 'm');
      const m = line.exec(out);
      if (!m) {
        failures.push(`${c.name}: no line for ${c.path} in\n${out}`);
        return;
      }
      if (c.message && !c.message.test(m[3]!))
        failures.push(`${c.name}: message "${m[3]}" does not match ${c.message}`);
      if (c.at) {
        const rest = (text.split('\n')[Number(m[1]) - 1] ?? '').slice(Number(m[2]) - 1);
        const ok = typeof c.at === 'string' ? rest.startsWith(c.at) : c.at.test(rest);
        if (!ok) failures.push(`${c.name}: ${m[1]}:${m[2]} points at «${rest.slice(0, 40)}»`);
      }
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('the shipped dataset exits 0 with a one-line summary', async () => {
    const { code, out } = await checkFile('data/transfers.json');
    expect(code).toBe(0);
    expect(out.trim()).toMatch(
      /^data\/transfers\.json: valid — \d+ transfers, \d+ totals, \d+ estimates, \d+ sources, \d+ places, \d+ routes \(version \d+, updated \d{4}-\d{2}-\d{2}\)$/,
    );
  }, 60_000);
});

describe('the shipped figures', () => {
  const data = loadDatasetFile();
  // FACTS.md section 2 with CHECK.md's wording ("as many as" 9 million → up-to-about).
  const EXPECTED: [string, string, number | undefined][] = [
    ['troops-phase-1', 'over', 11000],
    ['troops-phase-2', 'about', 3000],
    ['artillery-ammunition', 'up-to-about', 9000000],
    ['ballistic-missiles', 'at-least', 100],
    ['artillery-systems', 'over', 200],
    ['air-defence', 'at-least', 1],
    ['electronic-warfare', 'not-quantified', undefined],
    ['refined-oil', 'over', 1000000],
  ];
  it.each(EXPECTED)('%s is %s %s', (id, qualifier, value) => {
    const f = requireFigure(data, id, 'test');
    expect(f.quantity.qualifier).toBe(qualifier);
    expect(f.quantity.value).toBe(value);
  });

  it('troops-total is computed from its parts: about 14,000, and follows a change to a part', () => {
    const total = data.totals.find((t) => t.id === 'troops-total');
    expect(total).toBeDefined();
    expect(computeTotal(data, total!).quantity).toEqual({ qualifier: 'about', value: 14000 });
    const changed = structuredClone(data);
    const phase2 = changed.transfers.find((t) => t.id === 'troops-phase-2')!;
    phase2.quantity = { ...phase2.quantity, value: 4500 };
    expect(requireFigure(changed, 'troops-total', 'test').quantity).toEqual({
      qualifier: 'about',
      value: 15500,
    });
  });
});

describe('generated files are up to date', () => {
  it.each([
    'scripts/generate-schema.ts',
    'scripts/generate-tokens.ts',
    'scripts/generate-layouts-css.ts',
  ])(
    '%s --check',
    async (script) => {
      const r = await run(TSX, [script, '--check'], { encoding: 'utf8' }).catch(
        (e: { code?: number; stderr?: string }) => ({ stdout: '', stderr: e.stderr, code: e.code }),
      );
      expect('code' in r ? r.code : 0, r.stderr).toBe(0);
    },
    60_000,
  );
});
