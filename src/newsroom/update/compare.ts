/**
 * What a dropped sheet would change on the page, for the newsroom's before/after view: which
 * charts draw different records, and every prose paragraph that cites figures, before and after,
 * flagged where its words change. Pure.
 */
import { chartMeta } from '../../charts/meta.ts';
import { CHART_IDS, type ChartId } from '../../charts/types.ts';
import type { Dataset } from '../../data/schema.ts';
import { LANGS, type Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../../story/content/content.ts';
import { proseWithFigures, type ProseParagraph } from '../prose.ts';

/** Charts whose records (what they draw and tabulate) differ, in either language. */
export function changedCharts(before: Dataset, after: Dataset): Set<ChartId> {
  const changed = new Set<ChartId>();
  for (const id of CHART_IDS)
    for (const lang of LANGS)
      if (
        JSON.stringify(chartMeta[id].records(before, lang)) !==
          JSON.stringify(chartMeta[id].records(after, lang)) ||
        chartMeta[id].title(before, lang) !== chartMeta[id].title(after, lang)
      )
        changed.add(id);
  return changed;
}

export interface ProsePair {
  where: string;
  before: ProseParagraph;
  after: ProseParagraph;
  changed: boolean;
}

const plain = (p: ProseParagraph) => p.error ?? (p.segments ?? []).map((s) => s.text).join('');

export function proseComparison(
  content: StoryContent,
  before: Dataset,
  after: Dataset,
  lang: Lang,
): ProsePair[] {
  const a = proseWithFigures(content, before, lang);
  const b = proseWithFigures(content, after, lang);
  return a.map((p, i) => {
    const q = b[i]!;
    return { where: p.where, before: p, after: q, changed: plain(p) !== plain(q) };
  });
}
