/**
 * @component "Einbetten / Embed": a button that opens a modal <dialog> (focus kept inside by
 * showModal, Esc closes, labelled by its heading) with language, theme and state options, a live
 * preview, the recommended snippet (iframe + embed.js), a fixed-height iframe for CMSs that strip
 * scripts and an amp-iframe for AMP pages (both at the height that crops nothing at any width,
 * fixed-height.ts), and copy buttons that confirm in a polite live region. For ChartFigure's
 * `actions`.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../data/schema.ts';
import { useChart } from '../charts/registry.ts';
import { resolveState, type ChartId } from '../charts/types.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';
import { THEME_CHOICES, type ThemeChoice } from './params.ts';
import { heightFromMessage } from './protocol.ts';
import { fixedHeight } from './fixed-height.ts';
import { embedDir } from './paths.ts';
import {
  ESTIMATED_HEIGHT,
  ampSnippet,
  embedUrls,
  fallbackSnippet,
  scriptSnippet,
  siteRootUrl,
} from './snippets.ts';
import { EMBED_STRINGS } from './strings.ts';

export interface EmbedDialogProps {
  chart: ChartId;
  data: Dataset;
  /** Language of the dialog and the default language of the embed. */
  lang: Lang;
  /** The chart's current state (story step): the default choice in the dialog. */
  state?: string;
  /** Relative path from the current page to the site root, ending in "/": "./" or "../". */
  root: string;
  /** Open at once (EmbedButton.tsx loads this dialog on the reader's click, then shows it). */
  openOnMount?: boolean;
}

/** Height of a same-origin embed frame, from its own resize messages. */
function useFrameHeight(frame: HTMLIFrameElement | null, src: string): number | null {
  const [state, setState] = useState<{ src: string; value: number } | null>(null);
  useEffect(() => {
    if (!frame) return undefined;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
      const value = heightFromMessage(event.data);
      if (value !== null) setState({ src, value });
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [frame, src]);
  return state?.src === src ? state.value : null;
}

function Snippet({
  label,
  text,
  copyLabel,
  onCopy,
}: {
  label: string;
  text: string;
  copyLabel: string;
  onCopy(text: string, area: HTMLTextAreaElement | null): void;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="embed-dialog__snippet">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        readOnly
        rows={text.split('\n').length + 2}
        value={text}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="chart-figure__button"
        onClick={() => onCopy(text, area.current)}
      >
        {copyLabel}
      </button>
    </div>
  );
}

/** One of the embed's options: a labelled select. */
function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The three embed codes for the chosen options, the copy status and a live preview. */
function EmbedCodes({
  s,
  urls,
  title,
  fixed,
  status,
  previewHeight,
  setPreview,
  onCopy,
}: {
  s: (typeof EMBED_STRINGS)[Lang];
  urls: NonNullable<ReturnType<typeof embedUrls>>;
  title: string;
  fixed: ReturnType<typeof fixedHeight>;
  status: string;
  previewHeight: ReturnType<typeof useFrameHeight>;
  setPreview: (frame: HTMLIFrameElement | null) => void;
  onCopy: (text: string, area: HTMLTextAreaElement | null) => void;
}) {
  return (
    <>
      <Snippet
        label={s.snippet}
        text={scriptSnippet(urls.page, urls.script, title, previewHeight ?? ESTIMATED_HEIGHT)}
        copyLabel={s.copy}
        onCopy={onCopy}
      />
      <Snippet
        label={s.fallback}
        text={fallbackSnippet(urls.page, title, fixed)}
        copyLabel={s.copy}
        onCopy={onCopy}
      />
      <Snippet
        label={s.amp}
        text={ampSnippet(urls.page, title, fixed, s.ampWords)}
        copyLabel={s.copy}
        onCopy={onCopy}
      />
      <p className="embed-dialog__note">{s.heightNote(fixed)}</p>
      <p className="embed-dialog__status" role="status" aria-live="polite">
        {status}
      </p>
      <h3 className="embed-dialog__preview-title">{s.preview}</h3>
      <iframe
        ref={setPreview}
        className="embed-dialog__preview"
        src={urls.page}
        title={`${s.preview}: ${title}`}
        style={{ height: previewHeight ?? ESTIMATED_HEIGHT }}
      />
    </>
  );
}

export function EmbedDialog({ chart, data, lang, state, root, openOnMount }: EmbedDialogProps) {
  const s = EMBED_STRINGS[lang];
  const meta = useChart(chart);
  const uid = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(Boolean(openOnMount));
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [theme, setTheme] = useState<ThemeChoice>('host');
  const [chosenState, setChosenState] = useState(resolveState(meta, state));
  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState<HTMLIFrameElement | null>(null);

  const defaultState = meta.states[0]?.id;
  const options = {
    lang: embedLang,
    theme,
    state: chosenState === defaultState ? null : chosenState,
  };
  // Only computed while open: the server has no location.
  const urls = open
    ? embedUrls(siteRootUrl(location.href, root), chart, options, defaultState ?? '')
    : null;
  const previewHeight = useFrameHeight(preview, urls?.page ?? '');
  const title = meta.title(data, embedLang);
  const fixed = fixedHeight(
    embedDir({ chart, lang: embedLang, state: options.state }, defaultState ?? ''),
  );

  function show() {
    setOpen(true);
    setStatus('');
    dialogRef.current?.showModal();
  }

  // The click that asked for the dialog happened before it loaded (`open` starts true then).
  useEffect(() => {
    if (openOnMount) dialogRef.current?.showModal();
  }, [openOnMount]);

  async function copy(text: string, area: HTMLTextAreaElement | null) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(s.copied);
    } catch {
      area?.focus();
      area?.select();
      setStatus(s.copyFailed);
    }
  }

  const headingId = `${uid}-heading`;

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="chart-figure__button"
        aria-haspopup="dialog"
        onClick={show}
      >
        {s.embed}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={headingId}
        onClose={() => {
          setOpen(false);
          // The browser returns focus to what had it before showModal; when the dialog opened
          // on mount, that was a button that no longer exists.
          buttonRef.current?.focus();
        }}
      >
        <div className="embed-dialog__head">
          <h2 id={headingId}>
            {s.embedTitle}: {meta.title(data, lang)}
          </h2>
          <button
            type="button"
            className="chart-figure__button"
            onClick={() => dialogRef.current?.close()}
          >
            {s.close}
          </button>
        </div>
        <p className="embed-dialog__intro">{s.embedIntro}</p>
        <div className="embed-dialog__options">
          <Choice
            label={s.language}
            value={embedLang}
            options={LANGS.map((l) => ({ value: l, label: s.langNames[l] }))}
            onChange={(v) => setEmbedLang(v as Lang)}
          />
          <Choice
            label={s.theme}
            value={theme}
            options={THEME_CHOICES.map((t) => ({ value: t, label: s.themes[t] }))}
            onChange={(v) => setTheme(v as ThemeChoice)}
          />
          {meta.states.length > 1 ? (
            <Choice
              label={s.state}
              value={chosenState}
              options={meta.states.map((st) => ({ value: st.id, label: st.label[lang] }))}
              onChange={setChosenState}
            />
          ) : null}
        </div>
        {open && urls ? (
          <EmbedCodes
            s={s}
            urls={urls}
            title={title}
            fixed={fixed}
            status={status}
            previewHeight={previewHeight}
            setPreview={setPreview}
            onCopy={copy}
          />
        ) : null}
      </dialog>
    </>
  );
}
