/**
 * Naming who estimated, from the data: "aus der Ukraine und den USA" / "from Ukraine and the US".
 * Chart texts that list estimators call this, so they cannot name one the data does not hold.
 */
import type { Origin } from '../data/schema.ts';
import type { Lang } from './i18n.ts';

/** How each origin reads after "aus" / "from" (German dative with its article). */
const FROM: Record<Origin, { de: string; en: string }> = {
  msmt: { de: 'dem MSMT', en: 'the MSMT' },
  'south-korea': { de: 'Südkorea', en: 'South Korea' },
  'united-states': { de: 'den USA', en: 'the US' },
  ukraine: { de: 'der Ukraine', en: 'Ukraine' },
  'united-kingdom': { de: 'Großbritannien', en: 'the UK' },
  russia: { de: 'Russland', en: 'Russia' },
  'north-korea': { de: 'Nordkorea', en: 'North Korea' },
  'united-nations': { de: 'den Vereinten Nationen', en: 'the United Nations' },
  independent: { de: 'unabhängigen Recherchen', en: 'independent research' },
};

/** The name a reader would look for in a text, to test that a text names only what the data holds. */
export function originName(origin: Origin, lang: Lang): string {
  return FROM[origin][lang].replace(/^(der|den|dem|the) /, '');
}

function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === 'de' ? ' und ' : ' and ';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/**
 * "der Ukraine und den USA": the distinct origins in the order given (callers pass them by date
 * or weight), governments first and independent research last.
 */
export function originsPhrase(origins: readonly Origin[], lang: Lang): string {
  const unique = [...new Set(origins)];
  const ordered = [
    ...unique.filter((o) => o !== 'independent'),
    ...unique.filter((o) => o === 'independent'),
  ];
  return joinList(
    ordered.map((o) => FROM[o][lang]),
    lang,
  );
}
