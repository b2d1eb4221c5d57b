/** Pin or release the colour scheme: `<html data-theme>` overrides prefers-color-scheme (tokens.css). */
import type { EmbedTheme } from './params.ts';

export function applyTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
