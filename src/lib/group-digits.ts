/**
 * Numbers as Intl.NumberFormat('de-DE' | 'en-GB', { maximumFractionDigits: 0 | 1 }) writes them,
 * without Intl: a page's first Intl.NumberFormat loads ICU's locale data, 34–87 ms on this machine
 * (several times that on a phone), and the story's first render after the reader's first touch
 * paid it in the middle of the first swipe. Rounding is Intl's (half away from zero, on the
 * shortest decimal form of the double, which String() gives); tested equal to Intl
 * (tests/lib/group-digits.test.ts). Anything String() writes with an exponent goes to Intl.
 */

export interface Separators {
  group: string;
  decimal: string;
}

/** Round a plain decimal string ("1234.56", no sign) half away from zero to `digits` decimals. */
function roundDecimal(plain: string, digits: number): { int: string; frac: string } {
  const [intPart = '0', fracPart = ''] = plain.split('.');
  if (fracPart.length <= digits) return { int: intPart, frac: fracPart };
  const kept = intPart + fracPart.slice(0, digits);
  const roundUp = fracPart.charCodeAt(digits) >= 53; // '5'
  // BigInt carries the 1 through any run of nines ("0.96" → "1.0") without a digit loop.
  const digitsOut = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  const cut = digitsOut.length - digits;
  return { int: digitsOut.slice(0, cut) || '0', frac: digitsOut.slice(cut) };
}

/**
 * `n` with at most `maxFraction` decimals (trailing zeros dropped) and grouped thousands, or
 * undefined when String(n) has an exponent (|n| ≥ 1e21 or < 1e-6), which the caller leaves to Intl.
 */
export function groupDigits(
  n: number,
  maxFraction: number,
  { group, decimal }: Separators,
): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(Math.abs(n));
  if (text.includes('e')) return undefined;
  const { int, frac } = roundDecimal(text, maxFraction);
  const trimmed = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
  // Intl keeps the sign of a negative number that rounds to zero ("-0"), and of -0 itself.
  return n < 0 || Object.is(n, -0) ? `-${body}` : body;
}
