/**
 * The dataset as the story's graphic and the embeds receive it: without the record-level notes
 * (`note`, `confidenceNote` of transfers, totals and estimates), which only the newsroom page and
 * the prose read. They are a fifth of the file's text; every chart, table, description and export
 * reads the rest, so nothing a reader sees changes. The story's graphic gets one language more
 * narrowly still (`clientDatasetIn`): the other language's texts are empty strings. Pure.
 */
import { LANGS, type Lang } from '../lib/i18n.ts';
import type { Dataset } from './schema.ts';

function withoutNotes<T extends { note?: unknown; confidenceNote?: unknown }>(
  record: T,
): Omit<T, 'note' | 'confidenceNote'> {
  const rest: Partial<T> = { ...record };
  delete rest.note;
  delete rest.confidenceNote;
  return rest as Omit<T, 'note' | 'confidenceNote'>;
}

export function clientDataset(data: Dataset): Dataset {
  return {
    ...data,
    transfers: data.transfers.map(withoutNotes),
    totals: data.totals.map(withoutNotes),
    estimates: data.estimates.map(withoutNotes),
  };
}

/** A `{de, en}` text of the dataset (labels, titles, notes). */
function isLocalized(value: object): value is Record<Lang, string> {
  const keys = Object.keys(value);
  return (
    keys.length === LANGS.length &&
    LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')
  );
}

function keepLanguage(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => keepLanguage(v, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value))
    return Object.fromEntries(LANGS.map((l) => [l, l === lang ? value[l] : '']));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepLanguage(v, lang)]));
}

/**
 * The client dataset for a page in one language: every `{de, en}` text keeps only `lang` (the
 * other is ''), so the shape and types stay those of the dataset. For the story's sticky graphic,
 * which draws in the page's language only; the embed dialog, which offers both, loads the full one.
 */
export function clientDatasetIn(data: Dataset, lang: Lang): Dataset {
  return keepLanguage(clientDataset(data), lang) as Dataset;
}
