// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  applyTheme,
  createThemeFollower,
  decideTheme,
  schemeOfColor,
} from '../../src/embed/theme.ts';
import type { EmbedTheme } from '../../src/embed/params.ts';

describe('decideTheme', () => {
  it('is light when nobody says anything, whatever the reader’s system', () => {
    expect(decideTheme({ command: null, pinned: null, scheme: null })).toBe('light');
  });

  it('follows the host page unless the embed code names a theme', () => {
    expect(decideTheme({ command: null, pinned: null, scheme: 'dark' })).toBe('dark');
    expect(decideTheme({ command: null, pinned: 'light', scheme: 'dark' })).toBe('light');
    expect(decideTheme({ command: null, pinned: 'auto', scheme: 'dark' })).toBe('auto');
  });

  it("lets the host's explicit setTheme win over everything", () => {
    expect(decideTheme({ command: 'light', pinned: 'dark', scheme: 'dark' })).toBe('light');
  });
});

describe('schemeOfColor', () => {
  it('reads computed sRGB colours', () => {
    expect(schemeOfColor('rgb(255, 255, 255)')).toBe('light');
    expect(schemeOfColor('rgb(251, 250, 247)')).toBe('light');
    expect(schemeOfColor('rgb(20, 21, 23)')).toBe('dark');
    expect(schemeOfColor('rgba(18, 18, 18, 0.9)')).toBe('dark');
    // Saturated colours by luma: a deep navy is dark, a yellow is light.
    expect(schemeOfColor('rgb(0, 0, 128)')).toBe('dark');
    expect(schemeOfColor('rgb(255, 230, 0)')).toBe('light');
    // Around mid-grey (#767676 ≈ 118): either side.
    expect(schemeOfColor('rgb(100, 100, 100)')).toBe('dark');
    expect(schemeOfColor('rgb(140, 140, 140)')).toBe('light');
  });

  it('has no opinion on transparent or non-sRGB colours', () => {
    expect(schemeOfColor('rgba(0, 0, 0, 0)')).toBeNull();
    expect(schemeOfColor('rgba(0, 0, 0, 0.2)')).toBeNull();
    expect(schemeOfColor('transparent')).toBeNull();
    expect(schemeOfColor('oklch(0.2 0.01 250)')).toBeNull();
    expect(schemeOfColor('')).toBeNull();
  });
});

describe('createThemeFollower', () => {
  it('applies the URL’s theme at once, then the host’s messages, only on change', () => {
    const applied: EmbedTheme[] = [];
    const f = createThemeFollower(null, (t) => applied.push(t));
    expect(applied).toEqual(['light']);
    f.onHost({ width: 320, theme: null, scheme: 'dark' });
    f.onHost({ width: 300, theme: null, scheme: 'dark' });
    expect(applied).toEqual(['light', 'dark']);
    f.onHost({ width: 300, theme: 'auto', scheme: null });
    // A later message without a command keeps the command.
    f.onHost({ width: 300, theme: null, scheme: 'light' });
    expect(applied).toEqual(['light', 'dark', 'auto']);
    expect(f.current()).toBe('auto');
  });

  it('keeps a pinned theme against the host page', () => {
    const applied: EmbedTheme[] = [];
    const f = createThemeFollower('light', (t) => applied.push(t));
    f.onHost({ width: 320, theme: null, scheme: 'dark' });
    expect(applied).toEqual(['light']);
  });
});

describe('applyTheme', () => {
  it('pins light or dark on <html>, and releases it for auto', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('auto', root);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
