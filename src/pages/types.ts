/** A page the build prerenders: which built HTML template it fills and what goes in. */
export interface RenderedPage {
  /** Markup for the root element (`<div id="root">`). */
  html: string;
  /** Extra tags for <head>: title, meta, links, JSON-LD. */
  head: string;
  /** Value for <html lang>. */
  lang: string;
  /** Extra attributes for <html>, e.g. data-theme. */
  htmlAttributes?: Record<string, string>;
}

export interface PageSpec {
  /** Output path under dist/, e.g. `en/index.html`, `embed/troops/index.html`. */
  out: string;
  /** Built template under dist/: `index.html`, `src/pages/embed.html`, `src/pages/newsroom.html`. */
  template: 'index.html' | 'src/pages/embed.html' | 'src/pages/newsroom.html';
  render(): RenderedPage;
}
