/**
 * @component What a dropped sheet would do: its problems (nothing taken), or the changes, the
 * changelog entry, the new dataset and entry to download, and the before/after views.
 */
import { useMemo } from 'react';
import { renderChanges } from '../../data/diff.ts';
import type { ImportOutcome } from '../../data/sheet/import.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../../story/content/content.ts';
import { S } from '../strings.ts';
import { CompareCharts } from './CompareCharts.tsx';
import { CompareProse } from './CompareProse.tsx';
import { changelogFile, datasetFile, type OfferedFile } from './files.ts';

/** Saves the file from memory (a blob URL made on the click, released right after). */
function Download({ file }: { file: OfferedFile }) {
  function save() {
    const href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    const a = document.createElement('a');
    a.href = href;
    a.download = file.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }
  return (
    <button type="button" onClick={save} data-download={file.name}>
      {file.name}
    </button>
  );
}

/** Why nothing was taken: every problem, and for an old export what changed since. */
function ProblemsResult({ described, outcome }: { described: string; outcome: ImportOutcome }) {
  return (
    <div className="newsroom-update__result" data-update="problems">
      <h3>
        {S.update.problems}: {described}
      </h3>
      <ul className="newsroom-update__problems">
        {outcome.problems.map((p) => (
          <li key={p.text}>
            <code>{p.where}</code> {p.columnName ? <strong>{p.columnName}</strong> : null}{' '}
            {p.message} {p.rowId ? <span className="newsroom-muted">[{p.rowId}]</span> : null}
          </li>
        ))}
      </ul>
      {outcome.stale ? <StaleExport stale={outcome.stale} /> : null}
    </div>
  );
}

function StaleExport({ stale }: { stale: NonNullable<ImportOutcome['stale']> }) {
  return (
    <div data-update="stale">
      <h4>
        {S.update.stale} ({S.update.basedOn} {stale.sheetVersion})
      </h4>
      <ul>
        {stale.since.map((c) => (
          <li key={c.version}>
            {S.version} {c.version} (
            {c.kind === 'correction' ? S.update.kindCorrection : S.update.kindUpdate}), {c.date}:{' '}
            <span lang="de">{c.de}</span> / <span lang="en">{c.en}</span>
          </li>
        ))}
      </ul>
      {stale.cells.length > 0 ? (
        <p>
          {S.update.staleCells}: {stale.cells.join('; ')}
        </p>
      ) : null}
    </div>
  );
}

function Notes({ notes }: { notes: readonly string[] }) {
  return notes.map((n) => (
    <p key={n} className="newsroom-muted">
      {n}
    </p>
  ));
}

function CorrectionList({
  corrections,
}: {
  corrections: NonNullable<ImportOutcome['corrections']>;
}) {
  return (
    <ul data-testid="update-corrections">
      {corrections.map((c, i) => (
        <li key={i}>
          <code>{[...c.records, ...(c.removed ?? [])].join(', ')}</code>: {S.update.wrong}{' '}
          <span lang="de">{c.wrong.de}</span> / <span lang="en">{c.wrong.en}</span> —{' '}
          {S.update.right} <span lang="de">{c.right.de}</span> / <span lang="en">{c.right.en}</span>
        </li>
      ))}
    </ul>
  );
}

export function UpdateResult({
  name,
  outcome,
  story,
}: {
  name: string;
  outcome: ImportOutcome;
  story: Partial<Record<Lang, StoryContent>>;
}) {
  const files = useMemo(
    () =>
      outcome.next && outcome.entry
        ? [datasetFile(outcome.next), changelogFile(outcome.next, outcome.entry, name)]
        : [],
    [outcome, name],
  );
  const described = outcome.fileDescription ? `${name} (${outcome.fileDescription})` : name;
  if (!outcome.ok) return <ProblemsResult described={described} outcome={outcome} />;

  const { before, after, next, entry } = outcome;
  if (!before || !after || !next || !entry)
    return (
      <div className="newsroom-update__result" data-update="unchanged">
        <p>
          {described}: {S.update.noChanges}
        </p>
        <Notes notes={outcome.notes} />
      </div>
    );

  return (
    <div className="newsroom-update__result" data-update="changes">
      <h3>
        {S.update.changes}: {described}
      </h3>
      <Notes notes={outcome.notes} />
      <ul className="newsroom-update__changes" data-testid="update-changes">
        {renderChanges(outcome.changes, before, after, { lang: 'en', by: 'id' }).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>
        {S.update.entry} (
        {entry.kind === 'correction' ? S.update.kindCorrection : S.update.kindUpdate}, {S.version}{' '}
        {next.meta.version})
      </h4>
      <p lang="de" data-testid="update-entry-de">
        {entry.de}
      </p>
      <p lang="en" data-testid="update-entry-en">
        {entry.en}
      </p>
      {outcome.corrections ? <CorrectionList corrections={outcome.corrections} /> : null}
      <p>
        {S.update.download}:{' '}
        {files.map((f, i) => (
          <span key={f.name}>
            {i > 0 ? ' · ' : null}
            <Download file={f} />
          </span>
        ))}{' '}
        <span className="newsroom-muted">
          ({S.update.basedOn} {before.meta.version})
        </span>
      </p>
      <p className="newsroom-muted">{S.update.publish}</p>
      <CompareCharts before={before} after={after} />
      <CompareProse before={before} after={after} story={story} />
    </div>
  );
}
