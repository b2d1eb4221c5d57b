/**
 * An embed page opened on its own fetches its script only when the reader reaches for it. The
 * prerendered page is complete without it (every layout width, chosen by CSS); the script sends
 * height messages to a parent, follows a host's theme and, on the first touch, loads React. On
 * its own page, without a query, there is no parent to tell and no host to follow, and Lighthouse
 * counts every request that finished before the largest paint (about 0.1 s of LCP).
 *
 * So Vite's entry tags (the module script and its modulepreload links) move into an inert
 * `<template>` in the head, and a small inline script right after it decides while the head is
 * parsed:
 *  - in a frame, or for a URL with a query (an old `?lang=` link moves to its page, a pinned
 *    `?theme=`, pym.js's `childId`), it writes the tags into the parser's stream, so they are
 *    fetched and run exactly as the static tags would be: deferred, before DOMContentLoaded;
 *  - otherwise it inserts them on the reader's first touch (recorded on <html>, since the
 *    script's own listener comes too late for it) or on a message. Inserted module scripts run as
 *    soon as they arrive, so the entry waits for the parsed document itself (entries/embed.tsx).
 *
 * Tried and left: inserting a frame's tags later (after its first paint, or at the end of
 * parsing). Either moved the script's first height report, and on a phone-width host page read
 * top to bottom a web-font swap then reflowed a paragraph inside the frame: 0.03–0.05 layout
 * shift in most runs, where the written tags give 0 (as the static ones did).
 *
 * The CSP allows this one inline script by its hash (csp-plugin.ts), and no other inline script.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { FIRST_TOUCH_EVENTS, TOUCHED_EARLY_ATTRIBUTE } from '../../src/embed/first-touch.ts';

export const ENTRY_TEMPLATE_ID = 'entry-on-demand';

/** Shipped as written: its hash is in the CSP, so not one character may change in the build. */
export const ENTRY_LOADER =
  `{const t=document.getElementById("${ENTRY_TEMPLATE_ID}");` +
  'if(!t);else if(location.search||parent!==window)document.write(t.innerHTML);' +
  'else{let done=false;' +
  'const go=()=>{if(done)return;done=true;document.head.append(t.content.cloneNode(true))};' +
  `const touch=()=>{document.documentElement.setAttribute("${TOUCHED_EARLY_ATTRIBUTE}","");go()};` +
  `for(const type of ${JSON.stringify(FIRST_TOUCH_EVENTS)})` +
  'addEventListener(type,touch,{once:true,passive:true,capture:true});' +
  'addEventListener("message",go,{once:true})}}';

/** The CSP source expression that allows exactly this inline script. */
export function cspHashOf(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const ENTRY_TAGS =
  /<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/** Move the page's entry script and its preloads into the template the loader starts. */
export function deferEntryScripts(html: string): string {
  const tags = html.match(ENTRY_TAGS) ?? [];
  if (!tags.some((tag) => tag.startsWith('<script')))
    throw new Error('entry-on-demand: the page has no module entry script to defer');
  // Where the first tag was: a frame's script is fetched as early as the static tags were.
  const at = html.indexOf(tags[0]!);
  const rest = html.slice(0, at) + html.slice(at).replace(ENTRY_TAGS, '');
  const loader =
    `<template id="${ENTRY_TEMPLATE_ID}">${tags.join('')}</template>` +
    `<script>${ENTRY_LOADER}</script>`;
  return rest.slice(0, at) + loader + rest.slice(at);
}

/** Build only: the dev server has no prerendered page to paint first. */
export function entryOnDemandPlugin(pageFile: (filename: string) => boolean): Plugin {
  return {
    name: 'msmt-entry-on-demand',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (pageFile(ctx.filename) ? deferEntryScripts(html) : html),
    },
  };
}
