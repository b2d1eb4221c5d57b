/**
 * Dates a spreadsheet application changed behind the user's back, read back as the month or day
 * they meant. Excel turns `2024-10` into 1 October 2024 and shows (and saves) it as `Okt 24`;
 * `2025-04-30` becomes `30.04.2025`; a cell formatted as a number shows the serial `45777`.
 * A column that takes months gets the month; one that takes days gets the day; one that takes
 * either (an estimate's date) keeps the month when the spreadsheet only added "the 1st" to the
 * month the export had. Pure.
 */

export type DateColumn = 'month' | 'date' | 'month-or-date';

/** What the cell showed: a month (`Okt 24`), a day (`30.04.2025`), or nothing to tell (a serial). */
export type DateHint = 'month' | 'day' | undefined;

export type DateRead = { ok: true; text: string } | { ok: false; message: string };

interface Parsed {
  y: number;
  m: number;
  d?: number;
  hint: DateHint;
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jän: 1, jänner: 1,
  feb: 2, februar: 2, february: 2,
  mär: 3, mrz: 3, mar: 3, märz: 3, march: 3,
  apr: 4, april: 4,
  mai: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dez: 12, dec: 12, dezember: 12, december: 12,
}; // prettier-ignore

const pad = (n: number) => String(n).padStart(2, '0');

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
const year = (s: string) => {
  const n = Number(s);
  return s.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
};

export function dayExists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A spreadsheet serial day number (1900 date system, as Excel and Calc save it) as a day. */
export function serialToDay(serial: number): { y: number; m: number; d: number } {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const monthNumber = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];

/** Every reading of a date text; more than one only for `03/04/2025`. */
function parseText(s: string): Parsed[] | 'not-a-date' {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return [{ y: +m[1]!, m: +m[2]!, hint: 'month' }];
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)))
    return [{ y: +m[1]!, m: +m[2]!, d: +m[3]!, hint: 'day' }];
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})$/.exec(s)))
    return [{ y: year(m[3]!), m: +m[2]!, d: +m[1]!, hint: 'day' }];
  if ((m = /^(\d{1,2})[./](\d{4}|\d{2})$/.exec(s)))
    return [{ y: year(m[2]!), m: +m[1]!, hint: 'month' }];
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(s))) {
    const [a, b, y] = [+m[1]!, +m[2]!, year(m[3]!)];
    const readings: Parsed[] = [{ y, m: a, d: b, hint: 'day' }];
    if (a !== b) readings.push({ y, m: b, d: a, hint: 'day' });
    return readings;
  }
  if ((m = /^([A-Za-zÄäÖöÜü]{3,9})\.?[\s-]+(\d{4}|\d{2})$/.exec(s))) {
    const month = monthNumber(m[1]!);
    if (month) return [{ y: year(m[2]!), m: month, hint: 'month' }];
  }
  if ((m = /^(\d{1,2})\.?[\s-]+([A-Za-zÄäÖöÜü]{3,9})\.?[\s-]+(\d{4}|\d{2})$/.exec(s))) {
    const month = monthNumber(m[2]!);
    if (month) return [{ y: year(m[3]!), m: month, d: +m[1]!, hint: 'day' }];
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(s))) {
    const month = monthNumber(m[1]!);
    if (month) return [{ y: +m[3]!, m: month, d: +m[2]!, hint: 'day' }];
  }
  if (/^\d{5}(\.0+)?$/.test(s)) return [{ ...serialToDay(Number(s)), hint: undefined }];
  return 'not-a-date';
}

const EXPECTED: Record<DateColumn, string> = {
  month: 'a month YYYY-MM',
  date: 'a day YYYY-MM-DD',
  'month-or-date': 'a day YYYY-MM-DD or a month YYYY-MM',
};

/** The text a reading stands for in a column, or why it cannot. */
function resolve(p: Parsed, column: DateColumn, matchesBase: (text: string) => boolean): DateRead {
  if (p.m < 1 || p.m > 12 || (p.d !== undefined && !dayExists(p.y, p.m, p.d)))
    return { ok: false, message: 'no such date' };
  const month = `${p.y}-${pad(p.m)}`;
  if (p.d === undefined) {
    if (column === 'date')
      return { ok: false, message: `expected a day YYYY-MM-DD, found only a month (${month})` };
    return { ok: true, text: month };
  }
  const day = `${month}-${pad(p.d)}`;
  if (column === 'month') {
    // A month typed into a spreadsheet comes back as its first day.
    if (p.d === 1) return { ok: true, text: month };
    return { ok: false, message: `expected a month YYYY-MM, found a day (${day})` };
  }
  if (p.d === 1 && (p.hint === 'month' || matchesBase(month))) {
    if (column === 'date')
      return { ok: false, message: `expected a day YYYY-MM-DD, found only a month (${month})` };
    return { ok: true, text: month };
  }
  return { ok: true, text: day };
}

/**
 * A date cell's text as the dataset writes it. ISO text stays exactly as typed (`2025-05-01` is
 * the 1st of May); what a spreadsheet reformatted is read back. `matchesBase` tells whether a text
 * is what the export had in this cell, to keep a month the spreadsheet padded with "the 1st".
 */
export function readDateText(
  raw: string,
  column: DateColumn,
  matchesBase: (text: string) => boolean = () => false,
): DateRead {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && column !== 'month') return { ok: true, text: s };
  const readings = parseText(s);
  if (readings === 'not-a-date')
    return { ok: false, message: `expected ${EXPECTED[column]}, found ${JSON.stringify(s)}` };
  const resolved = readings.map((p) => resolve(p, column, matchesBase));
  const good = resolved.filter((r): r is { ok: true; text: string } => r.ok);
  const distinct = [...new Set(good.map((r) => r.text))];
  if (distinct.length === 1) return { ok: true, text: distinct[0]! };
  if (distinct.length > 1) {
    const known = distinct.filter(matchesBase);
    if (known.length === 1) return { ok: true, text: known[0]! };
    return {
      ok: false,
      message: `expected ${EXPECTED[column]}, found ${JSON.stringify(s)}, which could be ${distinct.join(' or ')}; type it as YYYY-MM-DD`,
    };
  }
  const why = resolved.find((r) => !r.ok);
  return {
    ok: false,
    message:
      why && !why.ok && why.message !== 'no such date'
        ? why.message
        : `expected ${EXPECTED[column]}, found ${JSON.stringify(s)} (no such date)`,
  };
}

/** A date-typed cell (a spreadsheet's Date, already in UTC) as the dataset writes it. */
export function readDateValue(
  date: Date,
  column: DateColumn,
  hint: DateHint,
  matchesBase: (text: string) => boolean = () => false,
): DateRead {
  if (Number.isNaN(date.getTime()))
    return { ok: false, message: `expected ${EXPECTED[column]}, found an invalid date` };
  return resolve(
    { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), hint },
    column,
    matchesBase,
  );
}

/** A spreadsheet serial number in a date column (a date cell formatted as a number). */
export function readDateSerial(
  serial: number,
  column: DateColumn,
  matchesBase: (text: string) => boolean = () => false,
): DateRead {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465)
    return { ok: false, message: `expected ${EXPECTED[column]}, found the number ${serial}` };
  return resolve({ ...serialToDay(serial), hint: undefined }, column, matchesBase);
}
