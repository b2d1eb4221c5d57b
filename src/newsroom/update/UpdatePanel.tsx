/**
 * @component "Daten aktualisieren": a reporter drops the spreadsheet (CSV or XLSX) here, the page
 * checks it with the same pipeline as `npm run data:import` (loaded only now), and shows every
 * problem with sheet, row and column, or the changes, the changelog entry, every chart and prose
 * paragraph before and after, and the new dataset to download. Nothing leaves the browser.
 */
import { useState, type DragEvent } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { ChangeKind, ImportOutcome } from '../../data/sheet/import.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../../story/content/content.ts';
import { S } from '../strings.ts';
import { NEWSROOM_SHEETS } from './files.ts';
import { UpdateResult } from './UpdateResult.tsx';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'done'; name: string; outcome: ImportOutcome }
  | { step: 'failed'; name: string; message: string };

export function UpdatePanel({
  data,
  story,
}: {
  data: Dataset;
  story: Partial<Record<Lang, StoryContent>>;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [kind, setKind] = useState<ChangeKind>('update');
  const [merge, setMerge] = useState(false);
  const [over, setOver] = useState(false);

  async function take(file: File | undefined) {
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    try {
      const { importDropped } = await import('./run-import.ts');
      const outcome = await importDropped(file, data, { merge, kind });
      setState({ step: 'done', name: file.name, outcome });
    } catch (error) {
      setState({
        step: 'failed',
        name: file.name,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files[0]);
  }

  return (
    <section
      className="newsroom-section newsroom-update"
      aria-labelledby="newsroom-update"
      data-drop-over={over ? 'true' : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="newsroom-update">{S.update.title}</h2>
      <p>{S.update.hint}</p>
      <p>
        {S.update.sheets}: <a href={NEWSROOM_SHEETS.xlsx}>{NEWSROOM_SHEETS.xlsx}</a> ·{' '}
        <a href={NEWSROOM_SHEETS.csv}>{NEWSROOM_SHEETS.csv}</a>{' '}
        <span className="newsroom-muted">({S.update.csvNote})</span>
      </p>
      <div className="newsroom-update__drop">
        <label>
          <span className="newsroom-update__choose">{S.update.choose}</span>{' '}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="update-file"
            onChange={(e) => void take(e.target.files?.[0])}
          />
        </label>
        <span className="newsroom-muted"> {S.update.drop}</span>
      </div>
      <fieldset className="newsroom-update__options">
        <legend>{S.update.kind}</legend>
        <label>
          <input
            type="radio"
            name="update-kind"
            checked={kind === 'update'}
            onChange={() => setKind('update')}
          />{' '}
          {S.update.kindUpdate}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="update-kind"
            checked={kind === 'correction'}
            onChange={() => setKind('correction')}
          />{' '}
          {S.update.kindCorrection}
        </label>
        <br />
        <label>
          <input type="checkbox" checked={merge} onChange={(e) => setMerge(e.target.checked)} />{' '}
          {S.update.merge}
        </label>
      </fieldset>
      <div aria-live="polite" data-testid="update-status">
        {state.step === 'reading' ? <p>{S.update.reading}</p> : null}
        {state.step === 'failed' ? (
          <p className="newsroom-error" role="alert">
            {state.name}: {state.message}
          </p>
        ) : null}
      </div>
      {state.step === 'done' ? (
        <UpdateResult name={state.name} outcome={state.outcome} story={story} />
      ) : null}
    </section>
  );
}
