/**
 * @component Corrections as a list: what was wrong, what is right, and the dataset records each
 * one changed (so a journalist can find them in the downloads).
 */
import type { Correction } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import { CORRECTION_WORDS } from './words.ts';

function RecordIds({ correction, lang }: { correction: Correction; lang: Lang }) {
  const w = CORRECTION_WORDS[lang];
  const parts = [
    correction.records.join(', '),
    correction.removed?.length ? `${w.removed} ${correction.removed.join(', ')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  // No wrapper around the parenthesis: the story lists every correction, and each element counts
  // in the page's first layout.
  return (
    <>
      {' '}
      ({w.records} <code className="corrections__records">{parts.join('; ')}</code>)
    </>
  );
}

export function CorrectionList({
  corrections,
  lang,
  showRecords = true,
}: {
  corrections: readonly Correction[];
  lang: Lang;
  showRecords?: boolean;
}) {
  const w = CORRECTION_WORDS[lang];
  return (
    <ul className="corrections__list">
      {corrections.map((c, i) => (
        <li key={i} className="corrections__item">
          <span className="corrections__label">{w.wrong}</span> <bdi>{c.wrong[lang]}</bdi>{' '}
          <span className="corrections__label">{w.right}</span> <bdi>{c.right[lang]}</bdi>
          {showRecords ? <RecordIds correction={c} lang={lang} /> : null}
        </li>
      ))}
    </ul>
  );
}
