/**
 * The embed's colour scheme follows the host page, not the reader's system: a chart in a light
 * article stays light even on a phone in dark mode (what Datawrapper does too). In order:
 *  1. the host's explicit choice, `msmtTransfersEmbed.setTheme(…)` in embed.js;
 *  2. the embed code's `?theme=light|dark|auto` (auto: the reader's system);
 *  3. the host page's scheme as embed.js reads it (a selector the host names, else the background
 *     behind the iframe, else the page's color-scheme);
 *  4. light.
 * `<html data-theme>` pins the scheme over prefers-color-scheme (tokens.css). The pure parts
 * (decision, colour reading) are tested in Node and shared with the host script.
 */
import type { EmbedTheme } from './params.ts';
import type { HostRequest, HostScheme } from './protocol.ts';

export interface ThemeInputs {
  /** The host's explicit choice (setTheme), or null. */
  command: EmbedTheme | null;
  /** The theme the embed code's URL names, or null when it names none. */
  pinned: EmbedTheme | null;
  /** The host page's scheme as embed.js reads it, or null (no embed.js, or nothing to read). */
  scheme: HostScheme | null;
}

export function decideTheme({ command, pinned, scheme }: ThemeInputs): EmbedTheme {
  return command ?? pinned ?? scheme ?? 'light';
}

/**
 * Dark or light from a computed CSS colour (`rgb(r, g, b)` / `rgba(r, g, b, a)`, what
 * getComputedStyle returns for sRGB colours); null when it is (mostly) transparent or not sRGB, so
 * the caller looks further out. Dark: below the luma of mid-grey #767676, where black and white
 * text contrast about equally (a cheap stand-in for relative luminance: this runs in embed.js).
 */
export function schemeOfColor(css: string): HostScheme | null {
  const [r = 0, g = 0, b, a = 1] =
    (/^rgba?\(/.test(css) && css.match(/[\d.]+/g)?.map(Number)) || [];
  if (b === undefined || a < 0.5) return null;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 118 ? 'dark' : 'light';
}

/** Pin or release the colour scheme: `<html data-theme>` overrides prefers-color-scheme. */
export function applyTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/**
 * The embed's theme over its life: starts from the URL, then follows the host's messages. Returns
 * the function that takes each host request and the current theme.
 */
export function createThemeFollower(
  pinned: EmbedTheme | null,
  apply: (theme: EmbedTheme) => void,
): { onHost(request: HostRequest): void; current(): EmbedTheme } {
  const inputs: ThemeInputs = { command: null, pinned, scheme: null };
  let theme = decideTheme(inputs);
  apply(theme);
  return {
    onHost({ theme: command, scheme }) {
      if (command) inputs.command = command;
      if (scheme) inputs.scheme = scheme;
      const next = decideTheme(inputs);
      if (next !== theme) apply((theme = next));
    },
    current: () => theme,
  };
}
