/** What the embed pages are prerendered as; the client hydrates exactly this before switching. */
import type { Lang } from '../lib/i18n.ts';

export const EMBED_PRERENDER: { lang: Lang; width: number } = { lang: 'de', width: 640 };
