/**
 * Older embed codes carry language and state in the query (`embed/troops/?lang=en&state=phase-2`),
 * which a static host cannot answer: it serves the German default page. Once the page's script
 * runs, it moves the frame to the page those parameters name (./paths.ts), keeping the rest of the
 * query (theme, pym's childId). Invalid values are ignored, as they always were. Pure.
 */
import { isLang } from '../lib/i18n.ts';
import { embedDir, type EmbedPageKey } from './paths.ts';

export interface ShownPage extends EmbedPageKey {
  /** The chart's states, the first being its default. */
  states: readonly string[];
  /** Relative path from the page to the site root (`data-embed-root`). */
  root: string;
}

/**
 * The address (relative to the current page) of the page an old query asks for, or null when
 * this page already is it (or the query asks for nothing).
 */
export function legacyTarget(search: string, page: ShownPage): string | null {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  if (!query.has('lang') && !query.has('state')) return null;
  const lang = query.get('lang')?.trim().toLowerCase();
  const state = query.get('state')?.trim().toLowerCase();
  const defaultState = page.states[0] ?? '';
  const wanted: EmbedPageKey = {
    chart: page.chart,
    lang: isLang(lang) ? lang : page.lang,
    state: state !== undefined && page.states.includes(state) ? state : page.state,
  };
  query.delete('lang');
  query.delete('state');
  const rest = query.toString();
  const here = embedDir(page, defaultState);
  const there = embedDir(wanted, defaultState);
  // Same page: drop the spent parameters only if something moves anyway (no reload for nothing).
  if (here === there) return null;
  return `${page.root}${there}${rest ? `?${rest}` : ''}`;
}
