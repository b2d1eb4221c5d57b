/**
 * Random damage to a dataset, as fast-check arbitraries: the kinds of mistakes (and attacks) a
 * dataset meets under deadline — a field of the wrong type, a deleted field or record, extreme or
 * non-finite numbers, an emptied list, a duplicated record, very long, unicode, bidi-overridden or
 * markup-laden strings. Mutations address the value tree by path, so they reach every field.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** Every path in the tree (containers and leaves), root excluded. */
export function allPaths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([...prefix, i], ...allPaths(v, [...prefix, i]));
    });
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      out.push([...prefix, k], ...allPaths(v, [...prefix, k]));
  return out;
}

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u202Egnp.exe\u202C',
  '\u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u0645\u0631\u062D\u0628\u0627',
  'Z\u0337\u0322a\u0336l\u0335g\u0338o\u0337',
  '\u200B\u200D\uFEFF',
  '🇰🇵 → 🇷🇺 👩‍👩‍👧‍👦',
  'x\u0000y',
  '\uD800',
  ' untrimmed ',
  '',
  'Ä'.repeat(250),
  'x'.repeat(10_000),
  '{troops.total} %s %d ${x}',
] as const;

export const EXTREME_NUMBERS = [
  1e308,
  -1,
  0,
  -0,
  0.5,
  1e12,
  1e12 + 1,
  2 ** 53,
  Number.MIN_VALUE,
  -1e308,
  // Not representable in JSON: JSON.stringify turns them into null. Checked on the object too.
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
] as const;

export type Op =
  | { kind: 'delete' }
  | { kind: 'set'; value: Json }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'empty-list' }
  | { kind: 'duplicate' }
  | { kind: 'swap-with'; other: number };

export interface Mutation {
  /** Index into the path list (taken modulo its length). */
  at: number;
  /** Aim at a whole record (`transfers[3]`) rather than any field: deleting, emptying, duplicating records. */
  record: boolean;
  op: Op;
}

const otherTypes: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  null,
  true,
  false,
  '42',
  42,
  {},
  [],
  { de: 'x', en: 'y' },
  ['x'],
);

const unicodeString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 10 }))
    .map(([a, b]) => `${b}${a}${b}`),
);

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Op>({ kind: 'delete' }) },
  { weight: 3, arbitrary: otherTypes.map<Op>((value) => ({ kind: 'set', value })) },
  {
    weight: 4,
    arbitrary: fc
      .oneof(fc.constantFrom(...EXTREME_NUMBERS), fc.double(), fc.integer())
      .map<Op>((value) => ({ kind: 'number', value })),
  },
  { weight: 5, arbitrary: unicodeString.map<Op>((value) => ({ kind: 'string', value })) },
  { weight: 2, arbitrary: fc.constant<Op>({ kind: 'empty-list' }) },
  { weight: 2, arbitrary: fc.constant<Op>({ kind: 'duplicate' }) },
  { weight: 1, arbitrary: fc.nat().map<Op>((other) => ({ kind: 'swap-with', other })) },
);

export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({ at: fc.nat(), record: fc.nat({ max: 3 }).map((n) => n === 0), op: opArb }),
  { minLength: 1, maxLength: 3 },
);

function parentOf(root: Json, path: Path): Json | undefined {
  let cur: Json | undefined = root;
  for (const seg of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, Json>)[seg];
  }
  return cur;
}

/** Paths of the records in the top-level lists: `transfers[0]`, `places[4]`… */
export function recordPaths(paths: readonly Path[]): Path[] {
  return paths.filter((p) => p.length === 2 && typeof p[1] === 'number');
}

export interface PathLists {
  all: readonly Path[];
  records: readonly Path[];
}

/** What the mutation did, for failure messages; null when it no longer applied. */
export function applyMutation(root: Json, lists: PathLists, m: Mutation): string | null {
  const paths = m.record && lists.records.length > 0 ? lists.records : lists.all;
  const path = paths[m.at % paths.length];
  if (!path) return null;
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (parent === null || parent === undefined || typeof parent !== 'object' || key === undefined)
    return null;
  const container = parent as Record<string | number, Json>;
  if (!(key in container)) return null;
  const where = path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
  const op = m.op;
  switch (op.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key];
      return `delete ${where}`;
    case 'set':
      container[key] = structuredClone(op.value);
      return `set ${where} = ${JSON.stringify(op.value)}`;
    case 'number':
      container[key] = op.value;
      return `set ${where} = ${String(op.value)}`;
    case 'string':
      container[key] = op.value;
      return `set ${where} = ${JSON.stringify(op.value.slice(0, 40))}${op.value.length > 40 ? `… (${op.value.length} chars)` : ''}`;
    case 'empty-list': {
      const v = container[key];
      if (!Array.isArray(v)) return null;
      container[key] = [];
      return `empty ${where}`;
    }
    case 'duplicate':
      if (!Array.isArray(parent)) return null;
      parent.splice(key as number, 0, structuredClone(parent[key as number] as Json));
      return `duplicate ${where}`;
    case 'swap-with': {
      if (!Array.isArray(parent) || parent.length < 2) return null;
      const j = op.other % parent.length;
      const i = key as number;
      [parent[i], parent[j]] = [parent[j] as Json, parent[i] as Json];
      return `swap ${where} with [${j}]`;
    }
  }
}

/** True if any number in the tree is NaN or ±Infinity (which JSON cannot carry). */
export function hasNonFinite(value: Json): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}
