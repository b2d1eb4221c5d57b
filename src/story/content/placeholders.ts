/**
 * Numbers in the story's prose come from the dataset, never from the copy: the copy says
 * `{troops-phase-1}` and this module turns it into "über 11.000 Soldaten" / "over 11,000 soldiers",
 * with the source's qualifier, formatted for the language, and linked to the figure's first source.
 * Pure and React-free: used by the page, by the build-time content check and by tests.
 *
 * Forms (id = a transfer, total or estimate id in data/transfers.json):
 *   {id}          qualifier, number, unit       "über 11.000 Soldaten"
 *   {id.amount}   qualifier and number          "über 11.000"
 *   {id.value}    the bare number               "11.000"
 *   {id.period}   the period the figure covers  "Oktober bis Dezember 2024"
 *   {report.date} the MSMT report's date        "29. Mai 2025"
 *   {id.cite}     a source (id in sources): who published it, linked   "NK News"
 * Millions print compact ("9 Mio." / "9 million"); whole numbers up to twelve print as words, as
 * newspapers set them ("mindestens ein", "neun"). A placeholder at the start of a sentence is
 * capitalised ("Über 11.000 Soldaten …").
 */
import type { Dataset } from '../../data/schema.ts';
import { findFigure, type Figure } from '../../data/derive.ts';
import {
  formatAmount,
  formatDate,
  formatNumber,
  formatPeriod,
  formatQuantity,
  numberWord,
  quantityValue,
} from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'figure';
      /** The formatted figure as it reads in the prose. */
      text: string;
      /** The placeholder's id (a figure id, or `report`). */
      figureId: string;
      /** Id of the source the figure links to (`#quelle-<id>`), if the figure has one. */
      sourceId: string | undefined;
    };

export const FIELDS = ['amount', 'value', 'period', 'date', 'cite'] as const;

export interface Placeholder {
  /** The placeholder as written, e.g. `{troops-total.value}`. */
  raw: string;
  id: string;
  field: string | undefined;
  /** Offset of the opening brace in the text. */
  offset: number;
}

// Kebab-case id as in the dataset, optionally followed by .field.
const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]+))?\}/g;

export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    raw: m[0],
    id: m[1] ?? '',
    field: m[2],
    offset: m.index,
  }));
}

/** The text of a placeholder, or a message saying why it cannot be resolved. */
type Resolution =
  { ok: true; text: string; sourceId: string | undefined } | { ok: false; message: string };

function resolveFigureField(
  figure: Figure,
  field: string | undefined,
  data: Dataset,
  lang: Lang,
): Resolution {
  const sourceId = figure.sources[0];
  const compact = { compact: true };
  const n = quantityValue(figure.quantity);
  // Small whole numbers read as words in running text ("mindestens ein", "neun").
  const spelled = (text: string) => {
    const word = n === undefined ? undefined : numberWord(n, lang);
    return word === undefined ? text : text.replace(formatNumber(n ?? 0, lang), word);
  };
  switch (field) {
    case undefined:
      return {
        ok: true,
        text: spelled(formatQuantity(figure.quantity, figure.unit, lang, compact)),
        sourceId,
      };
    case 'amount':
      return { ok: true, text: spelled(formatAmount(figure.quantity, lang, compact)), sourceId };
    case 'value': {
      if (n === undefined)
        return { ok: false, message: `figure "${figure.id}" has no number (it is not quantified)` };
      return { ok: true, text: spelled(formatNumber(n, lang, compact)), sourceId };
    }
    case 'cite':
      return { ok: false, message: `".cite" takes a source id, and "${figure.id}" is a figure` };
    case 'period': {
      const period =
        figure.kind === 'transfer'
          ? data.transfers.find((t) => t.id === figure.id)?.period
          : figure.kind === 'estimate'
            ? data.estimates.find((e) => e.id === figure.id)?.period
            : undefined;
      if (!period) return { ok: false, message: `figure "${figure.id}" has no period` };
      return { ok: true, text: formatPeriod(period, lang), sourceId };
    }
    case 'date': {
      const date =
        figure.kind === 'transfer'
          ? data.transfers.find((t) => t.id === figure.id)?.announced
          : figure.kind === 'estimate'
            ? data.estimates.find((e) => e.id === figure.id)?.date
            : undefined;
      if (!date)
        return {
          ok: false,
          message: `figure "${figure.id}" has no date (estimates have one; transfers only when announced)`,
        };
      return { ok: true, text: formatDate(date, lang), sourceId };
    }
    default:
      return {
        ok: false,
        message: `unknown field ".${field}" (use one of: ${FIELDS.map((f) => `.${f}`).join(', ')}, or none)`,
      };
  }
}

function resolveOne(p: Placeholder, data: Dataset, lang: Lang): Resolution {
  if (p.id === 'report') {
    if (p.field !== 'date')
      return { ok: false, message: `"report" has only the field ".date" ({report.date})` };
    return {
      ok: true,
      text: formatDate(data.meta.report.date, lang),
      sourceId: data.meta.report.sources[0],
    };
  }
  const source = data.sources.find((s) => s.id === p.id);
  if (source) {
    if (p.field !== 'cite')
      return { ok: false, message: `"${p.id}" is a source: cite it as {${p.id}.cite}` };
    const text = source.via ? `${source.publisher}, via ${source.via}` : source.publisher;
    return { ok: true, text, sourceId: source.id };
  }
  const figure = findFigure(data, p.id);
  if (!figure)
    return {
      ok: false,
      message: `no figure or source with the id "${p.id}" in data/transfers.json (transfers, totals, estimates or sources)`,
    };
  return resolveFigureField(figure, p.field, data, lang);
}

/** Every placeholder in `text` that cannot be resolved, with the reason. Empty when all is well. */
export function placeholderProblems(
  text: string,
  data: Dataset,
  lang: Lang,
): { placeholder: Placeholder; message: string }[] {
  const problems: { placeholder: Placeholder; message: string }[] = [];
  for (const p of findPlaceholders(text)) {
    const r = resolveOne(p, data, lang);
    if (!r.ok) problems.push({ placeholder: p, message: r.message });
  }
  return problems;
}

export class PlaceholderError extends Error {
  constructor(
    message: string,
    readonly placeholder: Placeholder,
  ) {
    super(message);
    this.name = 'PlaceholderError';
  }
}

const SENTENCE_START = /(^|[.!?…]["“”’)]?\s+)$/;

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * Splits `text` into plain text and resolved figures. Throws a PlaceholderError naming `where`
 * (e.g. "src/story/content/de.aml, step troops-1") and the placeholder when one cannot be resolved.
 */
export function resolvePlaceholders(
  text: string,
  data: Dataset,
  lang: Lang,
  where = 'story text',
): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const p of findPlaceholders(text)) {
    const before = text.slice(cursor, p.offset);
    if (before) segments.push({ kind: 'text', text: before });
    const r = resolveOne(p, data, lang);
    if (!r.ok) throw new PlaceholderError(`${where}: placeholder ${p.raw}: ${r.message}`, p);
    const atSentenceStart = SENTENCE_START.test(text.slice(0, p.offset));
    segments.push({
      kind: 'figure',
      text: atSentenceStart ? capitalise(r.text) : r.text,
      figureId: p.id,
      sourceId: r.sourceId,
    });
    cursor = p.offset + p.raw.length;
  }
  const rest = text.slice(cursor);
  if (rest) segments.push({ kind: 'text', text: rest });
  return segments;
}

/** The resolved text without links: for alt text, meta descriptions, the live region. */
export function resolveToPlainText(
  text: string,
  data: Dataset,
  lang: Lang,
  where?: string,
): string {
  return resolvePlaceholders(text, data, lang, where)
    .map((s) => s.text)
    .join('');
}
