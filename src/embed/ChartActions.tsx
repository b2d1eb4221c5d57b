/**
 * @component "Daten herunterladen / Get the data" (CSV, JSON: plain links to files the build wrote,
 * so they work without JavaScript) and "Bild speichern / Save image" (PNG, SVG: made in the browser
 * from the drawing on screen, with title and source). Goes into ChartFigure's `actions` slot.
 */
import { useId, useState, type MouseEvent } from 'react';
import type { Dataset } from '../data/schema.ts';
import { useChart } from '../charts/registry.ts';
import { resolveState, type ChartId } from '../charts/types.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import { dataFilePath, fileStem } from './downloads.ts';
import { EMBED_STRINGS } from './strings.ts';
import { useHydrated } from './useHydrated.ts';

export interface ChartActionsProps {
  chart: ChartId;
  data: Dataset;
  lang: Lang;
  state?: string;
  /** Relative path from the current page to the site root (dist/), ending in "/": "./", "../../". */
  root: string;
}

export function ChartActions({ chart, data, lang, state, root }: ChartActionsProps) {
  const s = EMBED_STRINGS[lang];
  const meta = useChart(chart);
  const resolved = resolveState(meta, state);
  // Image buttons need JavaScript: render them invisible on the server and show them once hydrated.
  const ready = useHydrated();
  const uid = useId();
  const dataLabel = `${uid}-data`;
  const imageLabel = `${uid}-image`;
  const [error, setError] = useState('');

  async function save(event: MouseEvent<HTMLButtonElement>, format: 'png' | 'svg') {
    setError('');
    // Read before any await: React clears currentTarget once the handler yields.
    const button = event.currentTarget;
    try {
      const exporter = await import('./image-export.ts');
      const svgs = exporter.findChartSvgs(button);
      if (svgs.length === 0) throw new Error('no chart drawing found');
      const composed = await exporter.composeFromDom(svgs, {
        title: meta.title(data, lang),
        subtitle: meta.subtitle(data, lang, resolved) || undefined,
        note: meta.note(data, lang),
        source: meta.sourceLine(data, lang),
        credit: `${s.updated}: ${formatDate(data.meta.updated, lang)}`,
      });
      // The default state goes unnamed, like the default language of the data files.
      const stem = fileStem(chart, lang, resolved === meta.states[0]?.id ? null : resolved);
      const blob =
        format === 'svg'
          ? exporter.svgBlob(composed.svg)
          : await exporter.pngBlob(composed.svg, composed.width, composed.height);
      exporter.downloadBlob(blob, `${stem}.${format}`);
    } catch (e) {
      console.error(e);
      setError(s.imageFailed);
    }
  }

  const link = (ext: 'csv' | 'json') => (
    <a
      className="chart-actions__link"
      href={`${root}${dataFilePath(chart, lang, ext)}`}
      download
      type={ext === 'csv' ? 'text/csv' : 'application/json'}
      aria-describedby={dataLabel}
    >
      {ext.toUpperCase()}
    </a>
  );

  return (
    <div className="chart-actions" data-chart-actions="">
      <p className="chart-actions__group">
        <span className="chart-actions__label" id={dataLabel}>
          {s.getData}:
        </span>{' '}
        {link('csv')} {link('json')}
      </p>
      {/* Kept in the layout before hydration (only invisible), so the buttons appearing never shift it. */}
      <p
        className="chart-actions__group"
        style={ready ? undefined : { visibility: 'hidden' }}
        aria-hidden={ready ? undefined : true}
      >
        <span className="chart-actions__label" id={imageLabel}>
          {s.saveImage}:
        </span>{' '}
        <button
          type="button"
          className="chart-actions__button"
          aria-describedby={imageLabel}
          onClick={(e) => save(e, 'png')}
        >
          PNG
        </button>{' '}
        <button
          type="button"
          className="chart-actions__button"
          aria-describedby={imageLabel}
          onClick={(e) => save(e, 'svg')}
        >
          SVG
        </button>
      </p>
      {error ? (
        <p className="chart-actions__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
