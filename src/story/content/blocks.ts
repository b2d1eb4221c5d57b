/**
 * A step's text as blocks: paragraphs are separated by blank lines, and a block whose lines all
 * start with "- " is a list. Single line breaks inside a paragraph are spaces, as in print.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function splitBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block): Block => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.every((l) => l.startsWith('- ')))
        return { kind: 'list', items: lines.map((l) => l.slice(2).trim()) };
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}
