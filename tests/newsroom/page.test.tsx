// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { recordUpdate } from '../../src/data/changelog.ts';
import { formatDate, formatQuantity } from '../../src/lib/format.ts';
import { NewsroomApp } from '../../src/newsroom/NewsroomApp.tsx';
import { newsroomPages } from '../../src/newsroom/pages.tsx';
import { previewThemeCss } from '../../src/newsroom/theme-css.ts';
import { colors } from '../../src/styles/tokens.ts';
import de from '../../src/story/content/de.aml';
import en from '../../src/story/content/en.aml';
import { SHIPPED, load } from './helpers.ts';

const build = { checkedAt: '2026-11-25T12:00:00.000Z', mode: 'build' as const };

afterEach(cleanup);

describe('newsroom page', { timeout: 90_000 }, () => {
  const data = recordUpdate(
    load(SHIPPED),
    { de: 'Phase 2 korrigiert.', en: 'Phase 2 corrected.' },
    '2026-12-01',
  );

  it('renders the changelog, newest first, in both languages', () => {
    render(<NewsroomApp data={data} build={build} story={{ de, en }} />);
    const list = screen.getByRole('heading', { name: /What changed/ }).parentElement!;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(data.meta.changelog.length);
    expect(items[0]!.textContent).toContain('Phase 2 korrigiert.');
    expect(items[0]!.textContent).toContain('Phase 2 corrected.');
    expect(items[0]!.textContent).toContain(`Version ${data.meta.version}`);
  });

  it('shows validation status, version, Stand and counts', () => {
    render(<NewsroomApp data={data} build={build} story={{ de, en }} />);
    expect(screen.getByText(/Checked at build/).textContent).toContain('2026-11-25 12:00 UTC');
    expect(screen.getByTestId('dataset-version').textContent).toBe(String(data.meta.version));
    // recordUpdate never moves `updated` back, so the date is the later of the two.
    const updated = data.meta.updated;
    expect(updated >= '2026-12-01').toBe(true);
    expect(document.body.textContent).toContain(
      `${formatDate(updated, 'de')} / ${formatDate(updated, 'en')}`,
    );
    expect(document.body.textContent).toContain(`${data.estimates.length}`);
  });

  it('previews the overview in every state × de/en × light/dark, and switches charts', () => {
    const { container } = render(<NewsroomApp data={data} build={build} story={{ de, en }} />);
    const states = chartMeta.overview.states.length;
    expect(container.querySelectorAll('[data-preview^="overview/"]')).toHaveLength(states * 4);
    expect(container.querySelectorAll('.newsroom-preview[data-theme="dark"]')).toHaveLength(
      states * 2,
    );
    // Each state has the embed dialog (snippets with copy buttons) and every preview its downloads.
    expect(screen.getAllByRole('button', { name: 'Einbetten' })).toHaveLength(states);
    expect(container.querySelectorAll('[data-preview] [data-chart-actions]')).toHaveLength(
      states * 4,
    );
    fireEvent.click(screen.getByRole('button', { name: 'troops' }));
    expect(container.querySelectorAll('[data-preview^="overview/"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-preview^="troops/"]')).toHaveLength(
      chartMeta.troops.states.length * 4,
    );
  });

  it('lists every figure with its de and en value', () => {
    const { container } = render(<NewsroomApp data={data} build={build} story={{ de, en }} />);
    const rows = container.querySelectorAll('tr[data-figure]');
    expect(rows).toHaveLength(data.transfers.length + data.totals.length + data.estimates.length);
    const phase1 = container.querySelector('tr[data-figure="troops-phase-1"]')!;
    const t = data.transfers.find((x) => x.id === 'troops-phase-1')!;
    expect(phase1.textContent).toContain(formatQuantity(t.quantity, t.unit, 'de'));
    expect(phase1.textContent).toContain(formatQuantity(t.quantity, t.unit, 'en'));
  });

  it('previews the prose with the current figures highlighted', () => {
    const { container } = render(<NewsroomApp data={data} build={build} story={{ de, en }} />);
    const marks = container.querySelectorAll('.newsroom-prose mark[data-figure]');
    expect(marks.length).toBeGreaterThan(4);
    expect(container.querySelector('.newsroom-error')).toBeNull();
  });
});

describe('preview themes and the page shell', () => {
  it('re-declares every colour token of both themes for the preview boxes', () => {
    const css = previewThemeCss();
    for (const [name, value] of Object.entries(colors.dark))
      expect(css).toContain(`--color-${name}:${value};`);
    expect(css).toMatch(/\.newsroom-preview\[data-theme=dark\]\{color-scheme:dark;/);
    expect(css).toMatch(/\.newsroom-preview\[data-theme=light\]\{color-scheme:light;/);
  });

  it('is one noindex page at newsroom/index.html with a build-info island', () => {
    const pages = newsroomPages(load(SHIPPED));
    expect(pages.map((p) => p.out)).toEqual(['newsroom/index.html']);
    const page = pages[0]!.render();
    expect(page.html).toContain('<script type="application/json" id="newsroom-build">');
    expect(page.head).toContain('newsroom-preview-themes');
    const template = readFileSync('src/pages/newsroom.html', 'utf8');
    expect(template).toContain('<meta name="robots" content="noindex" />');
    expect(template).toContain('rel="icon"');
  });
});
