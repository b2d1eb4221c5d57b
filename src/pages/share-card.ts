/** Where the share cards are (scripts/build/share-image.ts draws them) and their size. Pure. */
import type { ChartId } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** A chart's card in a language, relative to the site root. The overview's is also the story's. */
export const sharePath = (chart: ChartId, lang: Lang) => `share/${chart}-${lang}.png`;
