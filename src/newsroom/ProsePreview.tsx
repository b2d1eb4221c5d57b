/**
 * @component The story's sentences that cite figures, as they read with the current data: figures
 * highlighted, an unresolvable placeholder shown as the error the build would stop on.
 */
import type { Dataset } from '../data/schema.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';
import type { StoryContent } from '../story/content/content.ts';
import { proseWithFigures } from './prose.ts';
import { S } from './strings.ts';

export function ProsePreview({
  data,
  story,
}: {
  data: Dataset;
  story: Partial<Record<Lang, StoryContent>>;
}) {
  const langs = LANGS.filter((l) => story[l]);
  return (
    <section className="newsroom-section" aria-labelledby="newsroom-prose">
      <h2 id="newsroom-prose">{S.prose}</h2>
      <p>{S.proseHint}</p>
      {langs.length === 0 ? <p>{S.proseMissing}</p> : null}
      <div className="newsroom-prose">
        {langs.map((lang) => {
          const content = story[lang];
          if (!content) return null;
          return (
            <div key={lang} lang={lang} className="newsroom-prose__lang">
              <h3>{lang === 'de' ? 'Deutsch' : 'English'}</h3>
              {proseWithFigures(content, data, lang).map((p, i) => (
                <div key={`${p.where}-${i}`} className="newsroom-prose__para">
                  <p className="newsroom-muted">
                    <code>{p.where}</code>
                  </p>
                  {p.segments ? (
                    <p>
                      {p.segments.map((s, j) =>
                        s.kind === 'figure' ? (
                          <mark key={j} title={`{${s.figureId}}`} data-figure={s.figureId}>
                            <bdi>{s.text}</bdi>
                          </mark>
                        ) : (
                          <span key={j}>{s.text}</span>
                        ),
                      )}
                    </p>
                  ) : (
                    <p className="newsroom-error" role="alert">
                      {p.error}
                    </p>
                  )}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}
