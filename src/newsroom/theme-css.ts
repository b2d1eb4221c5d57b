/**
 * CSS for the newsroom's light and dark preview boxes, generated from the design tokens so the
 * previews can never drift from the real themes. tokens.css switches themes only on the whole
 * page (:root[data-theme]); here every `.newsroom-preview[data-theme=…]` box re-declares the
 * colour variables, so light and dark sit side by side on one page.
 */
import { colors, THEMES } from '../styles/tokens.ts';

export function previewThemeCss(): string {
  return THEMES.map((theme) => {
    const vars = Object.entries(colors[theme])
      .map(([name, value]) => `--color-${name}:${value};`)
      .join('');
    return `.newsroom-preview[data-theme=${theme}]{color-scheme:${theme};${vars}}`;
  }).join('\n');
}

/** Id of the <style> element that carries it (prerendered in <head>, added by the entry in dev). */
export const PREVIEW_STYLE_ID = 'newsroom-preview-themes';
