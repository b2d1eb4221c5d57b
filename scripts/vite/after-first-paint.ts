/**
 * Embed pages fetch their script only when it has work to do, never before their first paint.
 * The prerendered page is complete without it (every layout width, chosen by CSS); the script
 * sends the height messages, follows the host's theme and, on the reader's first touch, loads
 * React. Fetched at once, its modules compete with the first paint on a slow phone, and
 * Lighthouse's simulation counts every request that finished before the largest paint.
 *
 * So Vite's entry tags (the module script and its modulepreload links) move into an inert
 * `<template>`, and a small inline module puts them into the page:
 *  - at once for a URL with a query: an old `?lang=` link moves to its page, a pinned `?theme=`
 *    or pym.js's `childId` has work to do before the reader looks;
 *  - on the reader's first touch (recorded, since the script's own listener comes too late for
 *    it);
 *  - on a message from the host: embed.js asks when the frame loads and nears the viewport, also
 *    where an off-screen cross-origin frame's rendering is paused and animation frames never come;
 *  - in a frame, once the browser reports its first paint, or after a timer where rendering is
 *    paused (no paint) and no host asks (AMP only listens for heights). Not on animation frames:
 *    a frame's first ones can pass before anything is painted.
 * A page opened on its own, without a query, has no parent to tell its height and no host theme
 * to follow: its script waits for the reader.
 * The script's first height report tells embed.js it listens now (embed.js asks each frame again
 * on its first report after a load), so a request sent before it arrived is not lost.
 *
 * The CSP allows this one inline script by its hash (csp-plugin.ts), and no other inline script.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { FIRST_TOUCH_EVENTS, TOUCHED_EARLY_ATTRIBUTE } from '../../src/embed/first-touch.ts';

export const AFTER_FIRST_PAINT_ID = 'after-first-paint';

/**
 * For a frame whose rendering is paused and that no host script asks (AMP, which only listens),
 * or a browser without paint timing: well after a visible frame's first paint.
 */
export const AFTER_FIRST_PAINT_FALLBACK_MS = 1000;

/** Shipped as written: its hash is in the CSP, so not one character may change in the build. */
export const AFTER_FIRST_PAINT_BOOTSTRAP =
  `const t=document.getElementById("${AFTER_FIRST_PAINT_ID}");let done=false;` +
  'const go=()=>{if(done||!t)return;done=true;document.head.append(t.content.cloneNode(true))};' +
  `const touch=()=>{document.documentElement.setAttribute("${TOUCHED_EARLY_ATTRIBUTE}","");go()};` +
  `for(const type of ${JSON.stringify(FIRST_TOUCH_EVENTS)})` +
  'addEventListener(type,touch,{once:true,passive:true,capture:true});' +
  'addEventListener("message",go,{once:true});' +
  'if(location.search)go();' +
  'else if(parent!==window){' +
  'try{new PerformanceObserver((l)=>{if(l.getEntriesByName("first-contentful-paint").length)setTimeout(go)})' +
  '.observe({type:"paint",buffered:true})}catch{}' +
  `setTimeout(go,${AFTER_FIRST_PAINT_FALLBACK_MS})}`;

/** The CSP source expression that allows exactly this inline script. */
export function cspHashOf(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const ENTRY_TAGS =
  /<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/** Move the page's entry script and its preloads into the template the bootstrap starts. */
export function deferEntryScripts(html: string): string {
  const tags = html.match(ENTRY_TAGS) ?? [];
  if (!tags.some((tag) => tag.startsWith('<script')))
    throw new Error('after-first-paint: the page has no module entry script to defer');
  if (!html.includes('</body>')) throw new Error('after-first-paint: the page has no </body>');
  const rest = html.replace(ENTRY_TAGS, '');
  const deferred =
    `<template id="${AFTER_FIRST_PAINT_ID}">${tags.join('')}</template>` +
    `<script type="module">${AFTER_FIRST_PAINT_BOOTSTRAP}</script>`;
  return rest.replace('</body>', `${deferred}</body>`);
}

/** Build only: the dev server has no prerendered page to paint first. */
export function afterFirstPaintPlugin(pageFile: (filename: string) => boolean): Plugin {
  return {
    name: 'msmt-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (pageFile(ctx.filename) ? deferEntryScripts(html) : html),
    },
  };
}
