/**
 * A chart drawing as a file of its own (`<img src="….svg">`): the server-rendered `<svg>` gets the
 * SVG namespace and a `<style>` with the colour tokens and chart rules it would otherwise inherit
 * from the page. CSS variables keep working inside the file, and the tokens' own
 * prefers-color-scheme rule gives a dark figure to a dark-mode reader. Pure string work.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/** Style text is raw CSS inside an XML element: `]]>` would end the CDATA section early. */
function cdata(css: string): string {
  return `<![CDATA[\n${css.split(']]>').join(']]]]><![CDATA[>')}\n]]>`;
}

export function standaloneSvg(markup: string, css: string): StandaloneSvg {
  const open = /^<svg\b([^>]*)>/.exec(markup.trimStart());
  if (!open) throw new Error('standaloneSvg: the markup does not start with an <svg> element');
  const attributes = open[1] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(attributes)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(attributes)?.[1]);
  if (!(width > 0) || !(height > 0))
    throw new Error('standaloneSvg: the <svg> element needs numeric width and height attributes');
  const withNs = attributes.includes('xmlns=') ? attributes : ` xmlns="${SVG_NS}"${attributes}`;
  const body = markup.trimStart().slice(open[0].length);
  return {
    svg: `<svg${withNs}><style>${cdata(css)}</style>${body}`,
    width,
    height,
  };
}
