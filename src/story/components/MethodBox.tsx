/** @component "Wie wir gezählt haben / How we counted": qualifiers, why estimates differ, sources. */
import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../content/content.ts';
import { Prose } from './Prose.tsx';

export function MethodBox({
  content,
  data,
  lang,
}: {
  content: StoryContent;
  data: Dataset;
  lang: Lang;
}) {
  return (
    <aside className="method-box" aria-labelledby="methode-heading">
      <h2 id="methode-heading" className="method-box__heading">
        {content.methodHeading}
      </h2>
      <Prose text={content.method} data={data} lang={lang} where={`${content.file}, method`} />
    </aside>
  );
}
