/**
 * Build-time parser of the story's copy (src/story/content/<lang>.aml, ArchieML): reads the file,
 * checks its shape, chart ids and every placeholder against the dataset, and reports problems with
 * the file and line, so a journalist knows exactly what to fix. Node/build only (archieml, zod):
 * the page receives the parsed result as JSON.
 */
import archieml from 'archieml';
import { z } from 'zod';
import { chartMeta } from '../../charts/meta.ts';
import { CHART_IDS } from '../../charts/types.ts';
import type { Dataset } from '../../data/schema.ts';
import { isLang, type Lang } from '../../lib/i18n.ts';
import type { StoryContent } from './content.ts';
import { placeholderProblems } from './placeholders.ts';

export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when it can be located. */
  line: number | undefined;
  message: string;
}

export function formatContentProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The story copy has ${problems.length} problem(s):\n${problems.map(formatContentProblem).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

const required = z.string({ message: 'is missing' }).trim().min(1, { message: 'is empty' });
const optional = z.string().trim().default('');

const stepSchema = z.strictObject({
  id: required.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' }),
  chart: z.enum(CHART_IDS, { message: `must be one of: ${CHART_IDS.join(', ')}` }),
  state: optional,
  text: required,
  alt: optional,
});

const sectionSchema = z.strictObject({
  id: required,
  heading: required,
  label: optional,
  steps: z
    .array(stepSchema, { message: 'needs a [.steps] list' })
    .min(1, { message: 'has no steps' }),
});

const uiSchema = z.strictObject({
  byline: required,
  updated: required,
  changesHeading: required,
  sourcesHeading: required,
  sourcesIntro: required,
  via: required,
  dataHeading: required,
  dataText: required,
  dataJson: required,
  dataCsv: required,
  aboutHeading: required,
  otherLanguage: required,
  otherLanguageName: required,
  graphic: required,
  masthead: required,
  version: required,
});

const contentSchema = z.strictObject({
  lang: z.string({ message: 'is missing' }).refine(isLang, { message: 'must be de or en' }),
  title: required,
  description: required,
  kicker: required,
  headline: required,
  standfirst: required,
  author: required,
  authorBio: required,
  methodHeading: required,
  method: required,
  ui: uiSchema,
  sections: z.array(sectionSchema, { message: 'needs a [sections] list' }).min(1),
});

/** First line (1-based) matching `pattern`, searching from line `from`. */
function lineOf(lines: string[], pattern: RegExp, from = 0): number | undefined {
  for (let i = from; i < lines.length; i += 1) if (pattern.test(lines[i] ?? '')) return i + 1;
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Locates a zod issue path in the raw file: the section/step by its id, then the key. */
function locate(
  lines: string[],
  raw: Record<string, unknown>,
  path: PropertyKey[],
): number | undefined {
  let from = 0;
  let node: unknown = raw;
  for (const key of path) {
    if (node && typeof node === 'object') node = (node as Record<PropertyKey, unknown>)[key];
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string')
      from =
        (lineOf(lines, new RegExp(`^\\s*id\\s*:\\s*${escapeRegExp(id)}\\s*$`), from) ?? from + 1) -
        1;
    else if (typeof key === 'string')
      return (
        lineOf(lines, new RegExp(`^\\s*${escapeRegExp(key)}\\s*:`), from) ??
        lineOf(lines, new RegExp(`^\\s*\\[\\.?\\+?${escapeRegExp(key)}\\]`), from)
      );
  }
  return from + 1;
}

export interface ParseOptions {
  /** Path shown in messages, e.g. `src/story/content/de.aml`. */
  file: string;
  /** The language the file must be in. */
  lang: Lang;
  /** With a dataset, every placeholder is checked against it. */
  data?: Dataset;
}

/** Parses and checks one content file; throws a ContentError listing every problem. */
export function parseStoryContent(text: string, { file, lang, data }: ParseOptions): StoryContent {
  const lines = text.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const problem = (line: number | undefined, message: string) =>
    problems.push({ file, line, message });

  // ArchieML reads a line that starts with {…} as the start of an object, silently ending the text
  // it was in. Placeholders therefore must not start a line; a backslash escapes the brace.
  lines.forEach((l, i) => {
    if (/^\s*\{[a-z0-9-]+(?:\.[a-z]+)?\}\s*\S/.test(l))
      problem(
        i + 1,
        'a line must not start with a placeholder (ArchieML reads "{…}" there as an object); write "\\{" instead of "{" at the start of the line',
      );
  });

  const raw = archieml.load(text);
  const parsed = contentSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      let message = `${path || 'file'} ${issue.message}`;
      if (issue.code === 'unrecognized_keys')
        message = `${path || 'top level'}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} — a line in running text that starts with a single word and a colon ("Word: …") is read as a key; start such a line with a backslash ("\\Word: …")`;
      const line =
        issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
          ? lineOf(lines, new RegExp(`^\\s*${escapeRegExp(issue.keys[0])}\\s*:`))
          : undefined;
      problem(line ?? locate(lines, raw, issue.path), message);
    }
  }

  if (parsed.success) {
    const content = parsed.data;
    if (content.lang !== lang)
      problem(
        lineOf(lines, /^\s*lang\s*:/),
        `lang is "${content.lang}", expected "${lang}" for this file`,
      );
    const seen = new Set<string>();
    for (const section of content.sections)
      for (const step of section.steps) {
        const where = lineOf(lines, new RegExp(`^\\s*id\\s*:\\s*${escapeRegExp(step.id)}\\s*$`));
        if (seen.has(step.id)) problem(where, `step id "${step.id}" is used twice`);
        seen.add(step.id);
        if (step.state && !chartMeta[step.chart].states.some((s) => s.id === step.state))
          problem(
            where,
            `step "${step.id}": chart "${step.chart}" has no state "${step.state}" (states: ${chartMeta[step.chart].states.map((s) => s.id).join(', ')})`,
          );
      }
  }

  // Placeholders, line by line, so each problem has its line.
  // ArchieML's own "{ui}" / "{}" lines are not placeholders.
  const scopeLine = /^\s*\{[A-Za-z0-9_.-]*\}\s*$/;
  if (data)
    lines.forEach((l, i) => {
      if (scopeLine.test(l)) return;
      for (const p of placeholderProblems(l, data, lang))
        problem(i + 1, `placeholder ${p.placeholder.raw}: ${p.message}`);
    });

  if (problems.length > 0 || !parsed.success) throw new ContentError(problems);
  return { ...parsed.data, lang, file };
}
