/**
 * The dataset checker: JSON text in, every problem out, each pinned to a line, a column and a JSON
 * path. Shared by `npm run check:data`, the Vite plugin (build and dev overlay) and the tests, so a
 * journalist sees the same message wherever the mistake surfaces. Pure: no file system, no React.
 */
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { core } from 'zod';
import { CHART_IDS, isChartId } from '../charts/types.ts';
import { REQUIRED_TOTAL_IDS, REQUIRED_TRANSFER_IDS, dataset, type Dataset } from './schema.ts';
import { unitMarkProblems } from './unit-marks.ts';

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** JSON path as a reader writes it: `transfers[3].quantity.low`. */
  path: string;
  message: string;
}

export type CheckResult = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((seg, i) => {
      if (typeof seg === 'number') return `[${seg}]`;
      // Keys that are not plain identifiers (typos, stray quotes) are quoted so the path stays readable.
      if (!/^[$A-Za-z_][$\w-]*$/.test(seg)) return `[${JSON.stringify(seg)}]`;
      return i === 0 ? seg : `.${seg}`;
    })
    .join('');
}

/** `FILE:LINE:COL  JSON.PATH  message`: the format editors and CI logs make clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.path}  ${p.message}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A short, quoted rendering of the value a journalist actually typed. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return cur;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function messageFor(issue: core.$ZodIssue, root: unknown): string {
  const found = describeValue(valueAt(root, issue.path as PathSegment[]));
  switch (issue.code) {
    case 'invalid_type':
      if (found === 'nothing')
        return `expected ${article(issue.expected)} (a required field), found nothing`;
      return `expected ${article(issue.expected)}, found ${found}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`;
    case 'unrecognized_keys':
      return `expected no key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} here (a typo?)`;
    case 'too_small':
      if (issue.origin === 'array')
        return `expected at least ${issue.minimum} item(s), found ${found}`;
      if (issue.origin === 'string' && issue.minimum === 1)
        return `expected a non-empty string, found ""`;
      break;
    case 'too_big':
      if (issue.origin === 'array')
        return `expected at most ${issue.maximum} items, found ${found}`;
      break;
    default:
      break;
  }
  return /found/.test(issue.message) ? issue.message : `${issue.message}, found ${found}`;
}

function duplicateKeyProblems(
  node: Node,
  path: PathSegment[],
  out: { path: PathSegment[]; offset: number; key: string }[],
) {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      const valueNode = prop.children?.[1];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) out.push({ path: [...path, key], offset: keyNode.offset, key });
      seen.add(key);
      if (valueNode) duplicateKeyProblems(valueNode, [...path, key], out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => duplicateKeyProblems(child, [...path, i], out));
  }
}

/** The deepest existing node along a path, so a missing field points at its parent object. */
function nodeFor(root: Node, path: readonly PathSegment[]): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as PathSegment[]);
    if (node) {
      // For a key that should not be there, point at the key itself.
      return node;
    }
  }
  return root;
}

export function checkDatasetText(text: string, file = 'data/transfers.json'): CheckResult {
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  const at = (offset: number, path: readonly PathSegment[], message: string): Problem => ({
    file,
    ...lineColumn(text, offset),
    path: formatPath(path),
    message,
  });

  if (syntaxErrors.length > 0 || !tree) {
    const problems = syntaxErrors.map((e) =>
      at(
        e.offset,
        [],
        `expected valid JSON, found a syntax error (${printParseErrorCode(e.error)})`,
      ),
    );
    if (problems.length === 0) problems.push(at(0, [], 'expected a JSON document, found nothing'));
    return { ok: false, problems };
  }

  const problems: Problem[] = [];
  const duplicates: { path: PathSegment[]; offset: number; key: string }[] = [];
  duplicateKeyProblems(tree, [], duplicates);
  for (const d of duplicates)
    problems.push(
      at(
        d.offset,
        d.path,
        `expected each key once in an object, found "${d.key}" again (JSON keeps only the last)`,
      ),
    );

  const value: unknown = JSON.parse(text);
  const result = dataset.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      let path = issue.path as PathSegment[];
      if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined)
        path = [...path, issue.keys[0]];
      const node = nodeFor(tree, path);
      const offset =
        issue.code === 'unrecognized_keys' && node.parent?.type === 'property'
          ? node.parent.offset
          : node.offset;
      problems.push(at(offset, path, messageFor(issue, value)));
    }
  }
  if (result.success) {
    const ids = new Set(result.data.transfers.map((t) => t.id));
    for (const required of REQUIRED_TRANSFER_IDS)
      if (!ids.has(required))
        problems.push(
          at(
            nodeFor(tree, ['transfers']).offset,
            ['transfers'],
            `expected a transfer with id "${required}" (charts and prose rely on it), found none`,
          ),
        );
    const totalIds = new Set(result.data.totals.map((t) => t.id));
    for (const required of REQUIRED_TOTAL_IDS)
      if (!totalIds.has(required))
        problems.push(
          at(
            nodeFor(tree, ['totals']).offset,
            ['totals'],
            `expected a total with id "${required}" (charts and prose rely on it), found none`,
          ),
        );
    result.data.meta.changelog.forEach((entry, i) =>
      entry.corrections?.forEach((fix, j) =>
        fix.charts?.forEach((chart, k) => {
          if (isChartId(chart)) return;
          const path = ['meta', 'changelog', i, 'corrections', j, 'charts', k];
          problems.push(
            at(
              nodeFor(tree, path).offset,
              path,
              `expected a chart id (${CHART_IDS.join(', ')}), found "${chart}"`,
            ),
          );
        }),
      ),
    );
    for (const p of unitMarkProblems(result.data))
      problems.push(at(nodeFor(tree, p.path).offset, p.path, p.message));
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { ok: false, problems };
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems };
}

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'DatasetError';
  }
}

/** Validated dataset or a DatasetError listing every problem. */
export function parseDataset(text: string, file?: string): Dataset {
  const result = checkDatasetText(text, file);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.data;
}
