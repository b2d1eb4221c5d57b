/**
 * The code a newsroom pastes into its CMS to embed a chart: the recommended snippet (a placeholder
 * plus the host script, which sizes the iframe) and a bare iframe for CMSs that strip scripts.
 * `base` is the published site root (absolute in the browser, relative in the prerender). Pure.
 */
import type { ChartId } from '../charts/types.ts';
import type { Lang } from '../lib/i18n.ts';

export interface EmbedCodeInput {
  base: string;
  chart: ChartId;
  lang: Lang;
  /** Omitted when it is the chart's default state. */
  state?: string;
  title: string;
  /** Fixed height for the bare iframe. */
  height?: number;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedUrl({ base, chart, lang, state }: EmbedCodeInput): string {
  const query = new URLSearchParams();
  if (lang !== 'de') query.set('lang', lang);
  if (state) query.set('state', state);
  const q = query.toString();
  return `${base}embed/${chart}/${q ? `?${q}` : ''}`;
}

export function embedSnippet(input: EmbedCodeInput): string {
  const data = [`data-chart="${input.chart}"`, `data-lang="${input.lang}"`];
  if (input.state) data.push(`data-state="${attr(input.state)}"`);
  data.push(`data-title="${attr(input.title)}"`);
  return [
    `<div data-transfers-embed ${data.join(' ')}></div>`,
    `<script async src="${input.base}embed.js"></script>`,
  ].join('\n');
}

export function iframeSnippet(input: EmbedCodeInput): string {
  return `<iframe src="${attr(embedUrl(input))}" title="${attr(input.title)}" width="100%" height="${input.height ?? 560}" style="border:0;width:100%" loading="lazy"></iframe>`;
}
