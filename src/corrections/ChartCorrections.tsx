/**
 * @component The corrections a chart carries wherever it is embedded (the caller picks them with
 * `correctionsForChart`): a dated line a reader sees at once, the details one click away (a
 * `<details>`, so it works without JavaScript). Nothing when there are none.
 */
import type { DatedCorrection } from '../data/corrections.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import { CorrectionList } from './CorrectionList.tsx';
import { CORRECTION_WORDS } from './words.ts';

export function ChartCorrections({
  corrections,
  lang,
}: {
  corrections: readonly DatedCorrection[];
  lang: Lang;
}) {
  const newest = corrections[0];
  if (!newest) return null;
  const w = CORRECTION_WORDS[lang];
  return (
    <div className="chart-corrections" role="note">
      <p className="chart-corrections__line">
        <strong>
          {w.corrected} <time dateTime={newest.date}>{formatDate(newest.date, lang)}</time>:
        </strong>{' '}
        {w.count(corrections.length)}.
      </p>
      <details className="chart-corrections__details">
        <summary>{w.details}</summary>
        <CorrectionList corrections={corrections} lang={lang} showRecords={false} />
      </details>
    </div>
  );
}
