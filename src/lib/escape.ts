/**
 * The one escaping helper for markup written as strings: text and double-quoted attribute values
 * in HTML (page heads, embed codes) and XML (SVG exports, share cards). `&apos;` is defined in
 * both XML and HTML5.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
