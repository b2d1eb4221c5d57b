/**
 * The story's copy, paragraph by paragraph, where it cites figures: what each placeholder turns
 * into with the current data, so an editor sees the sentences change before publishing. Pure.
 */
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import type { StoryContent } from '../story/content/content.ts';
import {
  findPlaceholders,
  resolvePlaceholders,
  type Segment,
} from '../story/content/placeholders.ts';

export interface ProseParagraph {
  /** Where in the copy: "standfirst", "method", "troops / troops-1". */
  where: string;
  segments: Segment[] | null;
  /** Set when a placeholder cannot be resolved (the build would stop on it). */
  error?: string;
}

function paragraphs(where: string, text: string): { where: string; text: string }[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => findPlaceholders(p).length > 0)
    .map((p) => ({ where, text: p }));
}

export function proseWithFigures(
  content: StoryContent,
  data: Dataset,
  lang: Lang,
): ProseParagraph[] {
  const blocks = [
    ...paragraphs('headline', content.headline),
    ...paragraphs('standfirst', content.standfirst),
    ...content.sections.flatMap((section) =>
      section.steps.flatMap((step) => paragraphs(`${section.id} / ${step.id}`, step.text)),
    ),
    ...paragraphs('method', content.method),
  ];
  return blocks.map(({ where, text }) => {
    try {
      return { where, segments: resolvePlaceholders(text, data, lang, where) };
    } catch (error) {
      return {
        where,
        segments: null,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });
}
