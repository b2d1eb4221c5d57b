/**
 * The chart contract shared by the story, the embeds and the newsroom page. Chart ids and state ids
 * are public: they appear in embed URLs (`/embed/<id>/?state=<state>`), so never rename them.
 */
import type { ComponentType } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';

export { CHART_IDS, isChartId, type ChartId } from './definitions.ts';
import type { ChartId } from './definitions.ts';

export interface ChartStateInfo {
  /** Public id, used in `?state=` and story steps. */
  id: string;
  label: { de: string; en: string };
}

/** A data table alternative: formatted cells, first row of `rows` is data (headers in `columns`). */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** One record of a chart's figures, for CSV/JSON downloads: values raw, with their sources. */
export interface ChartRecord {
  id: string;
  kind: 'transfer' | 'total' | 'estimate' | 'place' | 'route';
  label: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  date: string;
  msmt: boolean;
  sources: string;
  sourceUrls: string;
}

/** Everything about a chart that is not drawing: pure, React-free, usable at build time. */
export interface ChartMeta {
  id: ChartId;
  /** The first state is the default. */
  states: readonly ChartStateInfo[];
  title(data: Dataset, lang: Lang): string;
  subtitle(data: Dataset, lang: Lang, state: string): string;
  /** "Quelle: MSMT (29. Mai 2025); …" */
  sourceLine(data: Dataset, lang: Lang): string;
  note(data: Dataset, lang: Lang): string | undefined;
  /** What a reader would see in this state, as text (alt text, live-region announcement). */
  describe(data: Dataset, lang: Lang, state: string): string;
  table(data: Dataset, lang: Lang): ChartTable;
  records(data: Dataset, lang: Lang): ChartRecord[];
}

export interface ChartProps {
  data: Dataset;
  lang: Lang;
  /** A state id of this chart; unknown ids fall back to the first state. */
  state: string;
  /** Available width in CSS px (320–1400). The chart picks its own height. */
  width: number;
  /** Cap on the drawing's height, e.g. a sticky graphic's viewport share. */
  maxHeight?: number;
}

/**
 * What every chart's layout reads besides the dataset: the props that decide its geometry. `lang`
 * is required, not defaulted: the words set the label widths and so the geometry, and a layout
 * that quietly drew German would hide a caller that forgot the reader's language.
 */
export type LayoutInput = Pick<ChartProps, 'width' | 'state' | 'maxHeight' | 'lang'>;

export interface ChartDefinition extends ChartMeta {
  Component: ComponentType<ChartProps>;
}

/** The state id itself when the chart has it, otherwise the chart's default. */
export function resolveState(
  meta: Pick<ChartMeta, 'states'>,
  state: string | null | undefined,
): string {
  const found = meta.states.find((s) => s.id === state);
  return (found ?? meta.states[0])?.id ?? 'default';
}
