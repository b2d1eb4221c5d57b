/**
 * @component The story graphic's "Einbetten / Embed" button. The dialog behind it (embed code,
 * options, live preview) and the bilingual dataset it needs load only when a reader clicks, so
 * the story's first chart does not wait for them; the dialog then replaces this button with its
 * own, identical one and opens.
 */
import { useState, type ComponentType } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { EmbedDialogProps } from './EmbedDialog.tsx';
import { EMBED_STRINGS } from './strings.ts';

type ButtonProps = Omit<EmbedDialogProps, 'data' | 'openOnMount'>;

interface Loaded {
  Dialog: ComponentType<EmbedDialogProps>;
  data: Dataset;
}

export function EmbedButton(props: ButtonProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  if (loaded) return <loaded.Dialog {...props} data={loaded.data} openOnMount />;

  const load = async () => {
    setBusy(true);
    try {
      // Both languages: the dialog offers the embed in either.
      const [{ EmbedDialog }, { default: data }] = await Promise.all([
        import('./EmbedDialog.tsx'),
        import('virtual:dataset/client'),
      ]);
      setLoaded({ Dialog: EmbedDialog, data });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="chart-figure__button"
      aria-haspopup="dialog"
      aria-busy={busy || undefined}
      onClick={() => void load()}
    >
      {EMBED_STRINGS[props.lang].embed}
    </button>
  );
}
