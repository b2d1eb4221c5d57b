/**
 * @component Every paragraph of the story that cites figures, as it reads now and as it would
 * read with the dropped sheet's data; the paragraphs whose words change come first and are marked.
 */
import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { LANGS, type Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../../story/content/content.ts';
import type { ProseParagraph } from '../prose.ts';
import { S } from '../strings.ts';
import { proseComparison } from './compare.ts';

function Paragraph({ p }: { p: ProseParagraph }) {
  if (!p.segments)
    return (
      <p className="newsroom-error" role="alert">
        {p.error}
      </p>
    );
  return (
    <p>
      {p.segments.map((s, j) =>
        s.kind === 'figure' ? (
          <mark key={j} data-figure={s.figureId}>
            {s.text}
          </mark>
        ) : (
          <span key={j}>{s.text}</span>
        ),
      )}
    </p>
  );
}

export function CompareProse({
  before,
  after,
  story,
}: {
  before: Dataset;
  after: Dataset;
  story: Partial<Record<Lang, StoryContent>>;
}) {
  const langs = LANGS.filter((l) => story[l]);
  const [lang, setLang] = useState<Lang>(langs[0] ?? 'de');
  const content = story[lang];
  const pairs = useMemo(() => {
    if (!content) return [];
    const all = proseComparison(content, before, after, lang);
    return [...all.filter((p) => p.changed), ...all.filter((p) => !p.changed)];
  }, [content, before, after, lang]);
  if (!content) return null;
  return (
    <div className="newsroom-compare" data-compare="prose">
      <h4>{S.update.compareProse}</h4>
      <label>
        {S.update.language}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {langs.map((l) => (
            <option key={l} value={l}>
              {l === 'de' ? 'Deutsch' : 'English'}
            </option>
          ))}
        </select>
      </label>
      {pairs.map((pair, i) => (
        <div
          key={`${pair.where}-${i}`}
          className="newsroom-compare__pair"
          data-prose-changed={pair.changed ? 'true' : 'false'}
          lang={lang}
        >
          <p className="newsroom-muted newsroom-compare__where">
            <code>{pair.where}</code> · {pair.changed ? S.update.changed : S.update.unchanged}
          </p>
          <div data-side="before">
            <p className="newsroom-preview__label">{S.update.before}</p>
            <Paragraph p={pair.before} />
          </div>
          <div data-side="after">
            <p className="newsroom-preview__label">{S.update.after}</p>
            <Paragraph p={pair.after} />
          </div>
        </div>
      ))}
    </div>
  );
}
