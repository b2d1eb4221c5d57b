/**
 * dist/embed.js, the host script for pages that embed our charts (≤ 1 KB gzip, no dependencies,
 * nothing inline, so strict CSPs and script-stripping CMSs' allow-lists can take it).
 *
 *   <iframe data-transfers-embed src="…/embed/troops/en/" title="…"></iframe>
 *   <script async src="…/embed.js"></script>
 *
 * Heights: set only from a message whose source is that iframe's own window, whose origin is the
 * iframe's origin and whose data is our height message (or AMP's embed-size) with a numeric height,
 * clamped to [50, 5000] px. Anything else is ignored. Safe to include twice.
 *
 * Asking: the host tells each iframe its width (and the page's colour scheme) when that width
 * changes (resize, rotation, a responsive column, a tab or `display:none` shown), when the iframe
 * comes near the viewport and when it (re)loads; the embed answers with its height at once, even
 * off screen where the browser pauses its rendering.
 *
 * Scheme: `data-dark="<selector>"` on the iframe (e.g. ".dark-mode", "[data-theme=dark]") makes the
 * host dark when the iframe or an ancestor matches; otherwise the first opaque background behind
 * the iframe decides (none: light). Re-read when <html>/<body> class or data-theme change and when
 * the system's scheme changes (a page following it changes its background).
 */
import type { EmbedTheme } from '../embed/params.ts';
import { HOST_TYPE, heightFromMessage, type HostScheme } from '../embed/protocol.ts';
import { schemeOfColor } from '../embed/theme.ts';

/**
 * The page-wide API, also the "already installed" flag. A host with its own theme toggle calls
 * `msmtTransfersEmbed.setTheme('dark' | 'light' | 'auto')`; frames that load later get it too.
 */
interface EmbedApi {
  setTheme(theme: EmbedTheme): void;
}

const host = window as Window & { msmtTransfersEmbed?: EmbedApi };
const doc = document;
const DARK = '(prefers-color-scheme:dark)';

if (!host.msmtTransfersEmbed) {
  let theme: EmbedTheme | undefined;
  /** The width each frame was last told: asked again only when it changes. */
  const told = new WeakMap<Element, number>();
  const frames = () => doc.querySelectorAll<HTMLIFrameElement>('iframe[data-transfers-embed]');

  const originOf = (frame: HTMLIFrameElement) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  };

  const schemeBehind = (frame: HTMLIFrameElement): HostScheme => {
    const selector = frame.dataset.dark;
    if (selector)
      try {
        return frame.closest(selector) ? 'dark' : 'light';
      } catch {
        // Not a valid selector: read the page instead.
      }
    let el: Element | null = frame;
    while ((el = el.parentElement)) {
      const scheme = schemeOfColor(getComputedStyle(el).backgroundColor);
      if (scheme) return scheme;
    }
    return 'light';
  };

  const ask = (frame: HTMLIFrameElement) => {
    const origin = originOf(frame);
    const width = frame.clientWidth;
    // A hidden frame (display:none, a closed tab) is asked once it has a width again.
    if (!origin || !width) return;
    told.set(frame, width);
    frame.contentWindow?.postMessage(
      { type: HOST_TYPE, v: 1, width, theme, scheme: schemeBehind(frame) },
      origin,
    );
  };
  const askAll = () => frames().forEach(ask);
  /**
   * Frames that reported since they (re)loaded. A frame's first report says it listens now, so it
   * is asked (again) then: this build's embeds listen before their load event, but a child that
   * starts its script later (an older build still in a cache) would otherwise miss the ask sent
   * on load.
   */
  const heard = new WeakSet<Element>();
  const onLoad = (event: Event) => {
    heard.delete(event.target as Element);
    ask(event.target as HTMLIFrameElement);
  };

  const resized = new ResizeObserver((entries) =>
    entries.forEach(({ target }) => {
      if (told.get(target) !== target.clientWidth) ask(target as HTMLIFrameElement);
    }),
  );
  // Well before the reader gets there, so the height is right when the frame scrolls in.
  const nearView = new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && ask(e.target as HTMLIFrameElement)),
    { rootMargin: '100% 0px' },
  );
  // Idempotent: observing again and adding the same listener change nothing.
  const watch = (frame: HTMLIFrameElement) => {
    resized.observe(frame);
    nearView.observe(frame);
    frame.addEventListener('load', onLoad);
  };

  host.msmtTransfersEmbed = {
    setTheme(next) {
      theme = next;
      askAll();
    },
  };

  addEventListener('message', (event) => {
    const height = heightFromMessage(event.data);
    if (height === null || !event.source) return;
    frames().forEach((frame) => {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
      frame.style.height = `${height}px`;
      // A frame added after this script ran reports first: from now on it is asked too.
      watch(frame);
      if (!heard.has(frame)) {
        heard.add(frame);
        ask(frame);
      }
    });
  });

  // The host's own theme switch: a class or data attribute on <html>/<body>, or the system's.
  const themed = new MutationObserver(askAll);
  const start = () => {
    frames().forEach(watch);
    for (const el of [doc.documentElement, doc.body])
      if (el)
        themed.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  };
  matchMedia(DARK).addEventListener('change', askAll);
  start();
  // Frames after this script in the page are watched once it is parsed (and any frame from its
  // first height message on).
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
}
