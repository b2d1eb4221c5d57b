/**
 * Text metrics without a DOM: layouts run in Node (tests, SSR) where nothing can be measured, so
 * widths are estimated from per-character classes of Source Sans 3, erring wide so that labels
 * placed by these numbers never collide in the browser.
 */

/** Average advance widths of Source Sans 3 in em, by character class (slightly generous). */
const NARROW = /[ijlI.,:;'!|ftr()[\]·\u2009]/;
const WIDE = /[mwMW@%—]/;
const UPPER = /[A-ZÄÖÜ]/;
const DIGIT = /[0-9]/;

function classify(ch: string): number {
  if (ch === ' ') return 0.24;
  if (NARROW.test(ch)) return 0.3;
  if (WIDE.test(ch)) return 0.82;
  if (UPPER.test(ch)) return 0.62;
  if (DIGIT.test(ch)) return 0.53;
  return 0.52;
}

/**
 * Each character's class, looked up once: layouts measure thousands of characters per render
 * (wrapping and fitting try many prefixes), and four regular expressions per character cost a
 * phone milliseconds on every state change. Capped, so hostile text cannot grow it without end.
 */
const EM_BY_CHAR = new Map<string, number>();
const EM_CACHE_LIMIT = 2048;

function charEm(ch: string): number {
  let em = EM_BY_CHAR.get(ch);
  if (em === undefined) {
    em = classify(ch);
    if (EM_BY_CHAR.size < EM_CACHE_LIMIT) EM_BY_CHAR.set(ch, em);
  }
  return em;
}

/** Estimated rendered width, in px, of `text` at `fontSize` px (weight ≤ 600). */
export function textWidth(text: string, fontSize: number, { bold = false } = {}): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

export interface Truncated {
  /** What to draw. */
  text: string;
  /** The whole text, for `<title>`, aria-label and the data table. */
  full: string;
  truncated: boolean;
}

/**
 * At most `maxChars` characters, ending in "…" when cut. Guards against hostile or runaway labels
 * (a 10,000-character label must not blow up a chart); the full text stays available.
 */
export function truncate(text: string, maxChars: number): Truncated {
  const chars = [...text];
  if (chars.length <= maxChars) return { text, full: text, truncated: false };
  const cut = chars
    .slice(0, Math.max(0, maxChars - 1))
    .join('')
    .trimEnd();
  return { text: `${cut}…`, full: text, truncated: true };
}

/** The longest prefix (plus "…") that fits in `maxWidth` px. */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  options: { bold?: boolean } = {},
): Truncated {
  if (textWidth(text, fontSize, options) <= maxWidth) return { text, full: text, truncated: false };
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // Binary search on the prefix length: widths grow monotonically with length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}…`;
    if (textWidth(candidate, fontSize, options) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return { text: `${chars.slice(0, lo).join('').trimEnd()}…`, full: text, truncated: true };
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth` px; the last line is cut with "…"
 * when text remains. A single word longer than a line is cut, not allowed to overflow.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 3,
  options: { bold?: boolean } = {},
): { lines: string[]; full: string; truncated: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let cutWord = false;
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize, options) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      if (lines.length === maxLines) break;
      current = '';
      i--; // retry this word on a fresh line
      continue;
    }
    // One word wider than the line: cut it.
    cutWord = true;
    lines.push(fitText(word, maxWidth, fontSize, options).text);
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (current && lines.length < maxLines) lines.push(current);
  const truncated = i < words.length || cutWord;
  if (i < words.length && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = fitText(`${last} …`, maxWidth, fontSize, options).text.replace(
      / …$/,
      '…',
    );
    if (!lines[lines.length - 1]?.endsWith('…')) lines[lines.length - 1] += '…';
  }
  return { lines, full: text, truncated };
}
