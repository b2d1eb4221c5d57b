// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { EmbedButton } from '../../src/embed/EmbedButton.tsx';
import { standInForModalDialog } from './dialog-stand-in.ts';

const data = loadDatasetFile();

beforeAll(standInForModalDialog);

afterEach(cleanup);

/**
 * The dialog is a module of its own, imported on the first click: under vitest that import is
 * transformed on demand, which can take seconds on a busy machine (waitFor's default is 1 s).
 */
const LOADED = { timeout: 10_000 };

describe('EmbedButton', () => {
  it('renders only a button until clicked: no dialog, no embed code', () => {
    render(<EmbedButton chart="troops" lang="de" root="./" />);
    expect(screen.getByRole('button', { name: 'Einbetten' })).toBeTruthy();
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('loads the dialog on click and opens it, with both languages of the data', async () => {
    render(<EmbedButton chart="troops" lang="de" root="./" />);
    fireEvent.click(screen.getByRole('button', { name: 'Einbetten' }));
    const dialog = await waitFor(() => {
      const d = document.querySelector('dialog');
      expect(d?.hasAttribute('open')).toBe(true);
      return d!;
    }, LOADED);
    const heading = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(heading?.textContent).toContain(chartMeta.troops.title(data, 'de'));
    // Switching the embed to English needs the English texts, which the page's own data lacks.
    const language = screen.getAllByRole('combobox', { hidden: true })[0] as HTMLSelectElement;
    fireEvent.change(language, { target: { value: 'en' } });
    const [snippet] = screen.getAllByRole('textbox', { hidden: true }) as HTMLTextAreaElement[];
    expect(snippet?.value).toContain(chartMeta.troops.title(data, 'en'));
  });

  it('gives focus back to its button when the dialog closes', async () => {
    render(<EmbedButton chart="overview" lang="en" root="../" />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await waitFor(() => {
      const d = document.querySelector('dialog[open]');
      expect(d).not.toBeNull();
      return d as HTMLDialogElement;
    }, LOADED);
    dialog.close();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Embed' }));
  });
});
