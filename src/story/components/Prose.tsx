/**
 * @component Copy with placeholders as HTML: paragraphs and lists, every figure formatted from the
 * dataset and linked to its entry in the source list. An unknown placeholder throws (at build
 * time, during prerendering), naming the content file and the step.
 */
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import { splitBlocks } from '../content/blocks.ts';
import { resolvePlaceholders, type Segment } from '../content/placeholders.ts';

export interface InlineProps {
  text: string;
  data: Dataset;
  lang: Lang;
  /** Where the text comes from, for error messages ("src/story/content/de.aml, step x"). */
  where: string;
}

function FigureSegment({ segment }: { segment: Extract<Segment, { kind: 'figure' }> }) {
  if (!segment.sourceId) return <span className="figure-ref">{segment.text}</span>;
  return (
    // A citation names a source from the data: isolated, like every source name (dir="auto"
    // isolates as a <bdi> would, without a second element per citation).
    <a
      className="figure-ref"
      href={`#quelle-${segment.sourceId}`}
      data-figure={segment.figureId}
      dir="auto"
    >
      {segment.text}
    </a>
  );
}

/** One run of text (no paragraphs): for headings, list items, single-paragraph fields. */
export function Inline({ text, data, lang, where }: InlineProps) {
  return (
    <>
      {resolvePlaceholders(text, data, lang, where).map((segment, i) =>
        segment.kind === 'text' ? segment.text : <FigureSegment key={i} segment={segment} />,
      )}
    </>
  );
}

/** Paragraphs and lists. */
export function Prose({ text, data, lang, where }: InlineProps) {
  return (
    <>
      {splitBlocks(text).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>
            <Inline text={block.text} data={data} lang={lang} where={where} />
          </p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inline text={item} data={data} lang={lang} where={where} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
