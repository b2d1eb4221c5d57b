/**
 * Bytes of a text spreadsheet (CSV/TSV) to text, with the encoding read from the bytes: UTF-8 with
 * or without byte-order mark, UTF-16 with byte-order mark (Excel's "Unicode text"), or
 * Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" on a German Windows). Nothing is ever
 * replaced: bytes that have no character in the detected encoding are an error with line and
 * column, never U+FFFD. Pure; runs in Node and in the browser (TextDecoder).
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with byte-order mark)',
  'utf-16le': 'UTF-16 LE (with byte-order mark)',
  'utf-16be': 'UTF-16 BE (with byte-order mark)',
  'windows-1252': 'Windows-1252',
};

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; line: number; column: number; message: string };

/**
 * Windows-1252's characters for bytes 0x80–0x9F (0: undefined); every other byte is its Latin-1
 * code point. Written out because Node's TextDecoder('windows-1252') decodes as Latin-1 (0x84
 * becomes U+0084, not „) in the Node versions this project supports.
 */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
]; // prettier-ignore

const CP1252_UNDEFINED = new Set(CP1252_80_9F.flatMap((c, i) => (c === 0 ? [0x80 + i] : [])));

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b)),
    );
  }
  return out;
}

const windows1252 = { decode: decodeWindows1252 };

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

interface Utf8Scan {
  /** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
  firstInvalid: number;
  /** Valid multi-byte sequences that decode to letters and punctuation a Western text uses. */
  plausible: number;
}

/**
 * Where UTF-8 breaks, and whether the valid part looks like UTF-8 text: "ü" is C3 BC in UTF-8,
 * while Windows-1252 text only rarely forms a valid sequence (ß followed by “ does: DF 93), and
 * then one decoding to an unlikely character (U+07D3).
 */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let plausible = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, cp] = [2, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp] = [3, b & 0x07];
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const minimum = need === 2 ? 0x800 : need === 3 ? 0x10000 : 0x80;
    if (ok && (cp < minimum || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (!ok) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      continue;
    }
    if ((cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2010 && cp <= 0x20ac)) plausible++;
    i += need + 1;
  }
  return { firstInvalid, plausible };
}

/** Line (1-based, by LF) and column (characters, 1-based) of byte `offset` in 8-bit text. */
function position8(bytes: Uint8Array, offset: number, decoder: { decode(b: Uint8Array): string }) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const before = decoder.decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** A control character no spreadsheet cell holds (tab, CR and LF are fine). */
function controlAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || (c >= 0x80 && c < 0xa0))
      return i;
  }
  return -1;
}

function positionInText(text: string, index: number) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const body = bytes.subarray(2);
  const units = Math.floor(body.length / 2);
  const unit = (k: number) =>
    encoding === 'utf-16le'
      ? body[2 * k]! | (body[2 * k + 1]! << 8)
      : (body[2 * k]! << 8) | body[2 * k + 1]!;
  const lenient = new TextDecoder(encoding);
  const fail = (k: number, message: string): DecodeResult => {
    const before = lenient.decode(body.subarray(0, 2 * k));
    return { ok: false, ...positionInText(before + ' ', before.length), message };
  };
  for (let k = 0; k < units; k++) {
    const u = unit(k);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = k + 1 < units ? unit(k + 1) : -1;
      if (next < 0xdc00 || next > 0xdfff)
        return fail(k, `expected ${ENCODING_NAMES[encoding]}, found a lone surrogate ${hex(u)}`);
      k++;
    } else if (u >= 0xdc00 && u <= 0xdfff)
      return fail(k, `expected ${ENCODING_NAMES[encoding]}, found a lone surrogate ${hex(u)}`);
  }
  if (body.length % 2 === 1)
    return fail(
      units,
      `expected ${ENCODING_NAMES[encoding]} (two bytes a character), found an odd number of bytes`,
    );
  return { ok: true, text: lenient.decode(body), encoding };
}

export function decodeSheetBytes(bytes: Uint8Array): DecodeResult {
  let result: DecodeResult;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) result = decodeUtf16(bytes, 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = decodeUtf16(bytes, 'utf-16be');
  else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    const scan = scanUtf8(body);
    const utf8 = new TextDecoder('utf-8');
    if (scan.firstInvalid < 0)
      result = { ok: true, text: utf8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
    else if (bom || scan.plausible > 0) {
      const at = position8(body, scan.firstInvalid, utf8);
      const b = body[scan.firstInvalid]!;
      return {
        ok: false,
        ...at,
        message: bom
          ? `expected UTF-8 (the file starts with UTF-8's byte-order mark), found byte ${hex(b)}, which is not UTF-8`
          : `expected one encoding, found UTF-8 (e.g. "ü" as C3 BC) mixed with another: byte ${hex(b)} is not UTF-8`,
      };
    } else {
      const cp1252 = windows1252;
      const bad = body.findIndex((b) => CP1252_UNDEFINED.has(b));
      if (bad >= 0)
        return {
          ok: false,
          ...position8(body, bad, cp1252),
          message: `expected UTF-8 or Windows-1252, found byte ${hex(body[bad]!)}, which has no character in either`,
        };
      result = { ok: true, text: cp1252.decode(body), encoding: 'windows-1252' };
    }
  }
  if (!result.ok) return result;
  const control = controlAt(result.text);
  if (control >= 0) {
    const code = result.text.charCodeAt(control);
    const hint =
      code === 0 ? ' (a UTF-16 file without byte-order mark? Save as UTF-8 or "Unicode text")' : '';
    return {
      ok: false,
      ...positionInText(result.text, control),
      message: `expected text, found the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}${hint}`,
    };
  }
  return result;
}

/** Characters Windows-1252 can hold (Excel writes "?" for any other when it saves so). */
export function fitsWindows1252(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) continue;
    if (!CP1252_HIGH.has(c)) return false;
  }
  return true;
}

/** What a Windows-1252 save makes of `s`: every character it cannot hold becomes "?". */
export function asSavedInWindows1252(s: string): string {
  return [...s].map((ch) => (fitsWindows1252(ch) ? ch : '?')).join('');
}

const CP1252_HIGH = new Set(CP1252_80_9F.filter((c) => c > 0xff));
