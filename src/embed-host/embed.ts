/**
 * dist/embed.js, the host script for pages that embed our charts (≤ 1 KB gzip, no dependencies,
 * nothing inline, so strict CSPs and script-stripping CMSs' allow-lists can take it).
 *
 *   <iframe data-transfers-embed src="…/embed/troops/?lang=en" title="…"></iframe>
 *   <div data-transfers-embed data-chart="troops" data-lang="en"></div>   (becomes an iframe)
 *   <script async src="…/embed.js"></script>
 *
 * An iframe's height is set only from a message whose source is that iframe's own window, whose
 * origin is the iframe's origin and whose data is our height message (or AMP's embed-size) with a
 * numeric height, clamped to [50, 5000] px. Anything else is ignored. Safe to include twice.
 */
import { THEME_TYPE, heightFromMessage } from '../embed/protocol.ts';

const SELECTOR = '[data-transfers-embed]';

/**
 * The page-wide API, also the "already installed" flag. A host with its own theme toggle calls
 * `msmtTransfersEmbed.setTheme('dark' | 'light' | 'auto')`; frames that load later get it too.
 */
interface EmbedApi {
  setTheme(theme: string): void;
}
type HostWindow = Window & { msmtTransfersEmbed?: EmbedApi };
const host = window as HostWindow;
let theme = '';

function originOf(frame: HTMLIFrameElement): string {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return '';
  }
}

function sendTheme(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  if (theme && origin) frame.contentWindow?.postMessage({ type: THEME_TYPE, theme }, origin);
}

function frames(): NodeListOf<HTMLIFrameElement> {
  return document.querySelectorAll<HTMLIFrameElement>(`iframe${SELECTOR}`);
}

const script = document.currentScript as HTMLScriptElement | null;
// Charts live next to this script: <base>/embed.js → <base>/embed/<id>/.
const base = script?.src || location.href;

/** Turn `<div data-transfers-embed data-chart=…>` placeholders into iframes. */
function upgrade(): void {
  document.querySelectorAll<HTMLElement>(`div${SELECTOR}`).forEach((div) => {
    const d = div.dataset;
    const chart = d.chart ?? '';
    if (!/^[a-z-]{1,40}$/.test(chart)) return;
    const query = new URLSearchParams();
    if (d.lang) query.set('lang', d.lang);
    if (d.theme) query.set('theme', d.theme);
    if (d.state) query.set('state', d.state);
    const frame = document.createElement('iframe');
    frame.src = new URL(`embed/${chart}/?${query}`, base).href;
    frame.title = d.title || chart;
    frame.setAttribute('data-transfers-embed', '');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('width', '100%');
    frame.style.cssText = `display:block;width:100%;border:0;height:${parseInt(d.height || '', 10) || 500}px`;
    div.replaceWith(frame);
  });
}

function onMessage(event: MessageEvent): void {
  const height = heightFromMessage(event.data);
  if (height === null || !event.source) return;
  frames().forEach((frame) => {
    if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
    frame.style.height = `${height}px`;
    // A frame that just (re)started reports its height first: bring it up to the host's theme.
    sendTheme(frame);
  });
}

upgrade();
if (!host.msmtTransfersEmbed) {
  host.msmtTransfersEmbed = {
    setTheme(next) {
      theme = next;
      frames().forEach(sendTheme);
    },
  };
  addEventListener('message', onMessage);
  // Placeholders added after this script ran (late CMS widgets) are picked up once the page is ready.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade);
}
