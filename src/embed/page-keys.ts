/** Every embed page the build writes: each chart in each language and each of its states. Pure. */
import { chartMeta } from '../charts/meta.ts';
import { CHART_IDS } from '../charts/types.ts';
import { LANGS } from '../lib/i18n.ts';
import type { EmbedPageKey } from './paths.ts';

export function embedPageKeys(): (EmbedPageKey & { state: string; defaultState: string })[] {
  return CHART_IDS.flatMap((chart) => {
    const states = chartMeta[chart].states.map((s) => s.id);
    const defaultState = states[0] ?? 'default';
    return LANGS.flatMap((lang) => states.map((state) => ({ chart, lang, state, defaultState })));
  });
}
