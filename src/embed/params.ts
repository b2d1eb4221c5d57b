/**
 * Embed query parameters: `?lang=de|en&theme=light|dark|auto&state=<state-id>&childId=<pym id>`.
 * Without `theme` the embed is light unless embed.js reports a dark host page (theme.ts).
 * Anything unknown, misspelt or hostile falls back to the default: an embed never shows an error
 * page because a CMS mangled its URL.
 */
import { isLang, type Lang } from '../lib/i18n.ts';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** What the embed dialog offers: `host` (no `theme` in the URL) follows the host page. */
export const THEME_CHOICES = ['host', 'light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export interface EmbedParams {
  lang: Lang;
  theme: EmbedTheme;
  /** Whether the URL named the theme (then the host page's scheme does not change it). */
  themePinned: boolean;
  /** A state id of the chart, or null for its default. */
  state: string | null;
  /** pym.js child id, added by `pym.Parent`; null when no pym parent is involved. */
  childId: string | null;
}

export const DEFAULT_PARAMS: EmbedParams = {
  lang: 'de',
  theme: 'light',
  themePinned: false,
  state: null,
  childId: null,
};

export function isEmbedTheme(value: unknown): value is EmbedTheme {
  return typeof value === 'string' && (EMBED_THEMES as readonly string[]).includes(value);
}

/** pym ids are `pym-0-ab12c` or an element id the host chose: keep to a safe, short charset. */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const STATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lower(value: string | null): string | null {
  return value === null ? null : value.trim().toLowerCase();
}

/**
 * Parse a location.search string (with or without "?"). When `stateIds` is given, a state the chart
 * does not have becomes null (its default).
 */
export function parseEmbedParams(search: string, stateIds?: readonly string[]): EmbedParams {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_PARAMS };
  }
  const lang = lower(query.get('lang'));
  const theme = lower(query.get('theme'));
  const state = lower(query.get('state'));
  const childId = query.get('childId');
  return {
    lang: isLang(lang) ? lang : DEFAULT_PARAMS.lang,
    theme: isEmbedTheme(theme) ? theme : DEFAULT_PARAMS.theme,
    themePinned: isEmbedTheme(theme),
    state:
      state !== null &&
      state.length <= 80 &&
      STATE_ID.test(state) &&
      (stateIds === undefined || stateIds.includes(state))
        ? state
        : null,
    childId: childId !== null && CHILD_ID.test(childId) ? childId : null,
  };
}

/** The query string for an embed URL, leaving out defaults so URLs stay short and cacheable. */
export function embedQuery(
  params: Partial<Pick<EmbedParams, 'lang' | 'state'> & { theme: ThemeChoice }>,
): string {
  const query = new URLSearchParams();
  if (params.lang && params.lang !== DEFAULT_PARAMS.lang) query.set('lang', params.lang);
  if (params.theme && params.theme !== 'host') query.set('theme', params.theme);
  if (params.state) query.set('state', params.state);
  const text = query.toString();
  return text ? `?${text}` : '';
}
