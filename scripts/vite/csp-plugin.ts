/**
 * Adds the Content-Security-Policy meta tag to built pages only: scripts from our own origin, and
 * inline only the scripts named in ALLOWED_INLINE_SCRIPTS, each by its hash (a page carrying any
 * other inline script stops the build). (Vite's dev server injects an inline React-refresh
 * preamble, so dev pages go without.) Styles allow inline attributes because prerendered SVG
 * carries style="" for positions and colours.
 */
import type { Plugin } from 'vite';
import { ENTRY_LOADER, cspHashOf } from './entry-on-demand.ts';

export const ALLOWED_INLINE_SCRIPTS: readonly string[] = [ENTRY_LOADER];

export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Bodies of the page's inline scripts that the browser would run (JSON data islands aside). */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs, body]) =>
        !/\bsrc=/.test(attrs!) &&
        !/type="application\/(ld\+)?json"/.test(attrs!) &&
        body!.trim() !== '',
    )
    .map(([, , body]) => body!);
}

/** The policy for a page, or an error naming the first inline script it must not carry. */
export function policyFor(html: string, file: string): string {
  const inline = inlineScriptsOf(html);
  const unknown = inline.find((body) => !ALLOWED_INLINE_SCRIPTS.includes(body));
  if (unknown !== undefined)
    throw new Error(
      `${file}: an inline script the CSP does not allow (${unknown.slice(0, 60)}…); ship it as a file`,
    );
  return contentSecurityPolicy([...new Set(inline)].map(cspHashOf));
}

export function cspPlugin(): Plugin {
  return {
    name: 'msmt-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: policyFor(html, ctx.filename),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
