/**
 * Numbers, qualifiers, units and dates as a newspaper prints them, in German and English.
 * One formatter for prose, charts, tables and alt text, so "über 11.000" reads the same everywhere.
 */
import type { Quantity, Qualifier, Unit } from '../data/schema.ts';
import { groupDigits, type Separators } from './group-digits.ts';
import { LOCALES, type Lang } from './i18n.ts';

const QUALIFIER_WORDS: Record<
  Lang,
  Record<Exclude<Qualifier, 'range' | 'not-quantified'>, string>
> = {
  de: {
    exact: '',
    about: 'rund',
    'at-least': 'mindestens',
    over: 'über',
    'up-to': 'bis zu',
    'up-to-about': 'bis zu rund',
    nearly: 'fast',
  },
  en: {
    exact: '',
    about: 'about',
    'at-least': 'at least',
    over: 'over',
    'up-to': 'up to',
    'up-to-about': 'as many as',
    nearly: 'nearly',
  },
};

export const NOT_QUANTIFIED: Record<Lang, string> = { de: 'nicht beziffert', en: 'not quantified' };

/** [singular, plural] per language. */
const UNIT_WORDS: Record<Unit, Record<Lang, [string, string]>> = {
  soldiers: { de: ['Soldat', 'Soldaten'], en: ['soldier', 'soldiers'] },
  personnel: { de: ['Person', 'Personen'], en: ['person', 'personnel'] },
  missiles: { de: ['Rakete', 'Raketen'], en: ['missile', 'missiles'] },
  rounds: { de: ['Schuss', 'Schuss'], en: ['round', 'rounds'] },
  containers: { de: ['Container', 'Container'], en: ['container', 'containers'] },
  voyages: { de: ['Schiffsfahrt', 'Schiffsfahrten'], en: ['voyage', 'voyages'] },
  systems: { de: ['System', 'Systeme'], en: ['system', 'systems'] },
  pieces: { de: ['Geschütz', 'Geschütze'], en: ['piece', 'pieces'] },
  barrels: { de: ['Barrel', 'Barrel'], en: ['barrel', 'barrels'] },
  'barrels-per-year': {
    de: ['Barrel pro Jahr', 'Barrel pro Jahr'],
    en: ['barrel a year', 'barrels a year'],
  },
  workers: { de: ['Arbeitskraft', 'Arbeitskräfte'], en: ['worker', 'workers'] },
  flights: { de: ['Flug', 'Flüge'], en: ['flight', 'flights'] },
  killed: { de: ['Toter', 'Tote'], en: ['killed', 'killed'] },
  wounded: { de: ['Verwundeter', 'Verwundete'], en: ['wounded', 'wounded'] },
  casualties: { de: ['Verlust', 'Tote und Verwundete'], en: ['casualty', 'casualties'] },
};

export function qualifierWord(q: Qualifier, lang: Lang): string {
  if (q === 'range') return lang === 'de' ? 'zwischen' : 'between';
  if (q === 'not-quantified') return NOT_QUANTIFIED[lang];
  return QUALIFIER_WORDS[lang][q];
}

export function unitWord(unit: Unit, lang: Lang, n: number): string {
  const [one, many] = UNIT_WORDS[unit][lang];
  return n === 1 ? one : many;
}

export interface NumberOptions {
  /** Millions as "9 Mio." / "9 million"; smaller numbers stay in full. */
  compact?: boolean;
}

const SEPARATORS: Record<Lang, Separators> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** As Intl.NumberFormat writes it, without loading ICU's locale data (see group-digits.ts). */
function formatDecimal(n: number, lang: Lang, maximumFractionDigits: 0 | 1): string {
  return (
    groupDigits(n, maximumFractionDigits, SEPARATORS[lang]) ??
    new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(n)
  );
}

/** "14.000" / "14,000"; with compact, "9 Mio." / "9 million". */
export function formatNumber(
  n: number,
  lang: Lang,
  { compact = false }: NumberOptions = {},
): string {
  if (!Number.isFinite(n)) return '–';
  if (compact && Math.abs(n) >= 1e6) {
    if (Math.abs(n) >= 1e9) {
      const billions = formatDecimal(n / 1e9, lang, 1);
      return lang === 'de' ? `${billions} Mrd.` : `${billions} billion`;
    }
    const millions = formatDecimal(n / 1e6, lang, 1);
    return lang === 'de' ? `${millions} Mio.` : `${millions} million`;
  }
  return formatDecimal(n, lang, 0);
}

/** The number part with its qualifier: "über 11.000", "zwischen 3 und 4 Mio.", "nicht beziffert". */
export function formatAmount(q: Quantity, lang: Lang, options: NumberOptions = {}): string {
  if (q.qualifier === 'not-quantified') return q.wording?.[lang] ?? NOT_QUANTIFIED[lang];
  if (q.qualifier === 'range') {
    const low = formatNumber(q.low ?? NaN, lang, options);
    const high = formatNumber(q.high ?? NaN, lang, options);
    return lang === 'de' ? `${low} bis ${high}` : `${low} to ${high}`;
  }
  const word = QUALIFIER_WORDS[lang][q.qualifier];
  const number = formatNumber(q.value ?? NaN, lang, options);
  return word ? `${word} ${number}` : number;
}

/** The representative number of a quantity (range midpoint), or undefined when not quantified. */
export function quantityValue(q: Quantity): number | undefined {
  if (q.qualifier === 'not-quantified') return undefined;
  if (q.qualifier === 'range')
    return q.low !== undefined && q.high !== undefined ? (q.low + q.high) / 2 : undefined;
  return q.value;
}

/** The full figure: "über 11.000 Soldaten", "bis zu rund 9 Mio. Schuss", "not quantified". */
export function formatQuantity(
  q: Quantity,
  unit: Unit | undefined,
  lang: Lang,
  options: NumberOptions = {},
): string {
  const amount = formatAmount(q, lang, options);
  if (q.qualifier === 'not-quantified' || !unit) return amount;
  const n = q.qualifier === 'range' ? (q.high ?? 2) : (q.value ?? 2);
  return `${amount} ${unitWord(unit, lang, n)}`;
}

const MONTHS: Record<Lang, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
/** Short month names as the papers print them; shared with the charts' time axes. */
export const SHORT_MONTHS: Record<Lang, string[]> = {
  de: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * "29. Mai 2025" / "29 May 2025" for YYYY-MM-DD, "Mai 2025" / "May 2025" for YYYY-MM.
 * Parsed by hand rather than through Date so no time zone can shift a day.
 */
export function formatDate(
  iso: string,
  lang: Lang,
  { short = false }: { short?: boolean } = {},
): string {
  const [y, m, d] = iso.split('-');
  const month = (short ? SHORT_MONTHS : MONTHS)[lang][Number(m) - 1] ?? '';
  if (!d) return `${month} ${y}`;
  const day = Number(d);
  return lang === 'de' ? `${day}. ${month} ${y}` : `${day} ${month} ${y}`;
}

const NUMBER_WORDS = {
  // German "ein": the form before a noun ("mindestens ein Kampffahrzeug"); running text never
  // needs the counting form "eins".
  de: [
    'ein',
    'zwei',
    'drei',
    'vier',
    'fünf',
    'sechs',
    'sieben',
    'acht',
    'neun',
    'zehn',
    'elf',
    'zwölf',
  ],
  en: [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
} as const;

/** Whole numbers 1–12 as words, as newspapers set them in running text; undefined otherwise. */
export function numberWord(n: number, lang: Lang): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 12 ? NUMBER_WORDS[lang][n - 1] : undefined;
}

/**
 * "Oktober bis Dezember 2024" style period; an open one (the source gives only its start) reads
 * "seit September 2023" / "since September 2023".
 */
export function formatPeriod(
  period: {
    start: string;
    end?: string | undefined;
    wording?: { de: string; en: string } | undefined;
  },
  lang: Lang,
  options: { short?: boolean } = {},
): string {
  if (period.wording) return period.wording[lang];
  if (period.end === undefined)
    return `${lang === 'de' ? 'seit' : 'since'} ${formatDate(period.start, lang, options)}`;
  if (period.start === period.end) return formatDate(period.start, lang, options);
  const [ys, ms] = period.start.split('-');
  const [ye, me] = period.end.split('-');
  const names = (options.short ? SHORT_MONTHS : MONTHS)[lang];
  const startMonth = names[Number(ms) - 1] ?? '';
  const endMonth = names[Number(me) - 1] ?? '';
  const to = lang === 'de' ? ' bis ' : ' to ';
  if (ys === ye) return `${startMonth}${to}${endMonth} ${ye}`;
  return `${startMonth} ${ys}${to}${endMonth} ${ye}`;
}
