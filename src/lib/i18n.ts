/** The two languages of the piece. German is the original; English follows it. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
