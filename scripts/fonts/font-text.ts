/**
 * Which characters the self-hosted fonts must keep when subset at build time: every character of
 * the piece's own text (content, interface strings, the dataset) plus what the browser writes at
 * run time (Intl number and date formats: digits, separators, no-break and thin spaces, minus).
 * A character a later dataset brings is in the next build's subset; one that is not falls back,
 * per glyph, to the metric-matched fallback font. Pure.
 */

/** Printable ASCII and the characters Intl and the charts' own formatting produce. */
export const RUNTIME_CHARS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '\u00a0\u2009\u202f\u2212\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u00b7\u2022\u2192';

/** The sorted, de-duplicated characters of `texts` and RUNTIME_CHARS, without control characters. */
export function fontText(texts: readonly string[]): string {
  const chars = new Set<string>();
  for (const text of [RUNTIME_CHARS, ...texts])
    for (const ch of text) if (!/\p{Cc}|\p{Cs}/u.test(ch)) chars.add(ch);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
