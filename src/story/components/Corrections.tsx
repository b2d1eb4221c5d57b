/**
 * @component "Korrekturen / Corrections", as newspapers print them and apart from data updates:
 * every correction entry, newest first, each item with what was wrong, what is right and the
 * records it changed. Anchor `korrekturen` (the line under the headline links here).
 */
import { correctionEntries } from '../../data/corrections.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';
import { CorrectionList } from '../../corrections/CorrectionList.tsx';
import { CORRECTION_WORDS } from '../../corrections/words.ts';

export const CORRECTIONS_ANCHOR = 'korrekturen';

export function Corrections({
  data,
  lang,
  version,
}: {
  data: Dataset;
  lang: Lang;
  version: string;
}) {
  const entries = correctionEntries(data);
  if (entries.length === 0) return null;
  const w = CORRECTION_WORDS[lang];
  return (
    <section
      className="story-appendix corrections"
      id={CORRECTIONS_ANCHOR}
      aria-labelledby="korrekturen-heading"
    >
      <h2 id="korrekturen-heading" className="story-appendix__heading">
        {w.heading}
      </h2>
      <p className="corrections__intro">{w.intro}</p>
      {entries.map((entry) => (
        <div key={entry.version} className="corrections__entry" data-version={entry.version}>
          <h3 className="corrections__date">
            {w.corrected} <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>{' '}
            <span className="corrections__version">
              ({version} {entry.version})
            </span>
          </h3>
          <p className="corrections__summary">
            <bdi>{entry[lang]}</bdi>
          </p>
          <CorrectionList corrections={entry.corrections ?? []} lang={lang} />
        </div>
      ))}
    </section>
  );
}
