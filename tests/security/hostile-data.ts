/**
 * The shipped dataset with attacks written into every free-text field a journalist (or a poisoned
 * CSV import) could fill, each kept within the checker's length limits so the dataset stays valid
 * and the attacks reach the renderers. Plus a DOM walker that finds anything executable (needs a
 * DOM: use it from tests in the jsdom environment).
 */
import { readFileSync } from 'node:fs';
import { checkDatasetText } from '../../src/data/check.ts';
import type { Dataset } from '../../src/data/schema.ts';

export const ATTACKS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>',
  closeScript: '</script><script>alert(2)</script>',
  iframe: '<iframe src="javascript:alert(1)"></iframe>',
  jsUrl: 'javascript:alert(1)',
  dataUrl: 'data:text/html,<script>alert(1)</script>',
  title: '</title><script>alert(3)</script>',
  template: '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
  // No closing U+202C: an override left open flips whatever text follows it in the same paragraph.
  bidi: '\u202Eevil',
} as const;

export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export function loadShipped(): Dataset {
  const result = checkDatasetText(readFileSync('data/transfers.json', 'utf8'));
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  return result.data;
}

/** `base` + attack, shortened from the front of base so it fits `max` characters. */
const fit = (base: string, attack: string, max: number) => `${attack} ${base}`.slice(0, max).trim();

/** Every free-text field of the dataset, poisoned. Still passes the checker. */
export function poison(data: Dataset): Dataset {
  const d = structuredClone(data);
  const both = (l: { de: string; en: string }, attack: string, max: number) => {
    l.de = fit(l.de, attack, max);
    l.en = fit(l.en, attack, max);
  };
  d.meta.title.de = fit(d.meta.title.de, ATTACKS.title, 200);
  d.meta.title.en = fit(d.meta.title.en, ATTACKS.closeScript, 200);
  both(d.meta.description, ATTACKS.img, 600);
  d.meta.changelog.forEach((c) => {
    c.de = fit(c.de, ATTACKS.script, 2000);
    c.en = fit(c.en, ATTACKS.svg, 2000);
  });
  const attacks = Object.values(ATTACKS);
  d.transfers.forEach((t, i) => {
    both(t.label, attacks[i % attacks.length]!, 200);
    if (t.note) both(t.note, ATTACKS.img, 2000);
    if (t.confidenceNote) both(t.confidenceNote, ATTACKS.closeScript, 2000);
    if (t.quantity.wording) both(t.quantity.wording, ATTACKS.script, 200);
  });
  d.totals.forEach((t) => both(t.label, ATTACKS.svg, 200));
  d.estimates.forEach((e, i) => {
    both(e.label, attacks[(i + 3) % attacks.length]!, 300);
    both(e.estimator, ATTACKS.bidi, 200);
    if (e.note) both(e.note, ATTACKS.iframe, 2000);
  });
  d.sources.forEach((s, i) => {
    s.title = fit(s.title, attacks[(i + 5) % attacks.length]!, 400);
    s.publisher = fit(s.publisher, i % 2 ? ATTACKS.bidi : ATTACKS.img, 200);
    if (s.via) s.via = fit(s.via, ATTACKS.jsUrl, 200);
  });
  d.places.forEach((p, i) => {
    both(p.name, attacks[(i + 1) % attacks.length]!, 120);
    both(p.role, ATTACKS.svg, 2000);
  });
  d.routes.forEach((r) => {
    both(r.label, ATTACKS.iframe, 200);
    both(r.carries, ATTACKS.template, 2000);
  });
  const result = checkDatasetText(JSON.stringify(d));
  if (!result.ok)
    throw new Error(
      `poisoned dataset no longer validates: ${result.problems
        .slice(0, 3)
        .map((p) => `${p.path} ${p.message}`)
        .join('; ')}`,
    );
  return result.data;
}

const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster'];

/**
 * Everything in `html` that could run code: script elements (other than JSON data islands that
 * parse as JSON), event-handler attributes, javascript:/data:text URLs, frames and objects.
 */
export function executableParts(html: string): string[] {
  const found: string[] = [];
  for (const el of parseHtml(html).querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const type = el.getAttribute('type') ?? '';
      if (type === 'application/json' || type === 'application/ld+json') {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          found.push(`<script type=${type}> that is not valid JSON (broken out of?)`);
        }
      } else
        found.push(`<script${el.getAttribute('src') ? ` src=${el.getAttribute('src')}` : ''}>`);
    }
    if (['iframe', 'object', 'embed', 'frame', 'base', 'form'].includes(tag))
      found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (URL_ATTRS.includes(name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value))
        found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
    }
  }
  return found;
}

/** Text of the parsed markup (what a reader would read), to prove the attacks arrive as text. */
export function textOf(html: string): string {
  return parseHtml(html).body.textContent ?? '';
}

/** Parse markup inertly (DOMParser runs no scripts and loads nothing). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
