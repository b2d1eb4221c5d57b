// @vitest-environment jsdom
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { chartMeta } from '../../src/charts/meta.ts';
import { fixedHeight } from '../../src/embed/fixed-height.ts';
import { EmbedDialog } from '../../src/embed/EmbedDialog.tsx';
import { standInForModalDialog } from './dialog-stand-in.ts';

const data = loadDatasetFile(join(import.meta.dirname, '../../data/transfers.json'));

beforeAll(standInForModalDialog);

afterEach(cleanup);

function openDialog() {
  render(<EmbedDialog chart="troops" data={data} lang="de" root="./" />);
  fireEvent.click(screen.getByRole('button', { name: 'Einbetten' }));
  return screen.getByRole('dialog', { hidden: true });
}

describe('EmbedDialog', () => {
  it('opens a labelled dialog with the three snippets pointing at this site', () => {
    const dialog = openDialog();
    expect(dialog.hasAttribute('open')).toBe(true);
    const heading = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(heading?.textContent).toContain(chartMeta.troops.title(data, 'de'));
    const [main, fallback, amp] = screen.getAllByRole('textbox', {
      hidden: true,
    }) as HTMLTextAreaElement[];
    const origin = location.origin;
    expect(main?.value).toContain(`src="${origin}/embed/troops/"`);
    expect(main?.value).toContain(`<script async src="${origin}/embed.js"></script>`);
    expect(fallback?.value).not.toContain('<script');
    // The fixed height that crops nothing at any width, in the code and said in words.
    const fixed = fixedHeight('embed/troops/');
    expect(fallback?.value).toContain(`height="${fixed}"`);
    expect(amp?.value).toContain(`<amp-iframe src="${origin}/embed/troops/"`);
    expect(amp?.value).toContain(`height="${fixed}"`);
    expect(dialog.querySelector('.embed-dialog__note')?.textContent).toContain(`${fixed} px`);
  });

  it('points the code at the page of the chosen language and state, with the theme', () => {
    openDialog();
    fireEvent.change(screen.getByLabelText('Sprache'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText('Farbschema'), { target: { value: 'dark' } });
    let [main] = screen.getAllByRole('textbox', { hidden: true }) as HTMLTextAreaElement[];
    expect(main?.value).toContain('/embed/troops/en/?theme=dark"');
    fireEvent.change(screen.getByLabelText('Zustand'), { target: { value: 'phase-2' } });
    [main] = screen.getAllByRole('textbox', { hidden: true }) as HTMLTextAreaElement[];
    expect(main?.value).toContain('/embed/troops/en/phase-2/?theme=dark"');
    // The default follows the host page: no theme in the URL.
    fireEvent.change(screen.getByLabelText('Farbschema'), { target: { value: 'host' } });
    [main] = screen.getAllByRole('textbox', { hidden: true }) as HTMLTextAreaElement[];
    expect(main?.value).toContain('/embed/troops/en/phase-2/"');
    expect(main?.value).toContain(`title="${chartMeta.troops.title(data, 'en')}"`);
  });

  it('copies and confirms in a polite live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    openDialog();
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Kopieren', hidden: true })[0]!);
    });
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('data-transfers-embed'));
    const status = screen.getByRole('status', { hidden: true });
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Code kopiert.');
  });

  it('says so when copying fails, and selects the code instead', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    openDialog();
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Kopieren', hidden: true })[1]!);
    });
    expect(screen.getByRole('status', { hidden: true }).textContent).toMatch(/selbst kopieren/);
  });

  it('unmounts the preview frame when closed', () => {
    const dialog = openDialog();
    expect(dialog.querySelectorAll('iframe').length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Schließen', hidden: true }));
    expect(dialog.querySelectorAll('iframe').length).toBe(0);
  });
});
