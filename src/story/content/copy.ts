/** The story's copy in both languages, parsed and checked at build time (scripts/vite/story-plugin.ts). */
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from './content.ts';
import de from './de.aml';
import en from './en.aml';

export const storyCopy: Record<Lang, StoryContent> = { de, en };
