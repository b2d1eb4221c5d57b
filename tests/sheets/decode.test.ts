import { describe, expect, it } from 'vitest';
import {
  asSavedInWindows1252,
  decodeSheetBytes,
  fitsWindows1252,
} from '../../src/data/sheet/decode.ts';

const TEXT = 'kind;label_de\ntransfer;„Südkorea“ – Militärgeheimdienst, Maß, 5 €\n';

/** Windows-1252 bytes, from Python's codec table for the characters used here. */
const CP1252: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 };
function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => CP1252[ch] ?? ch.codePointAt(0)!));
}
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeSheetBytes', () => {
  it('reads UTF-8 with and without byte-order mark', () => {
    expect(decodeSheetBytes(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeSheetBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-16 with byte-order mark, little and big endian', () => {
    expect(decodeSheetBytes(utf16(TEXT, true))).toMatchObject({
      ok: true,
      text: TEXT,
      encoding: 'utf-16le',
    });
    expect(decodeSheetBytes(utf16(TEXT, false))).toMatchObject({
      ok: true,
      text: TEXT,
      encoding: 'utf-16be',
    });
  });

  it('reads Windows-1252, including the quotes, dash and euro of 0x80–0x9F', () => {
    expect(decodeSheetBytes(cp1252(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'windows-1252',
    });
  });

  it('refuses a byte Windows-1252 leaves undefined, at its line and column', () => {
    const bytes = cp1252('a;b\nc;dü\x81x\n');
    expect(decodeSheetBytes(bytes)).toEqual({
      ok: false,
      line: 2,
      column: 5,
      message: expect.stringContaining('byte 0x81') as string,
    });
  });

  it('refuses UTF-8 mixed with Windows-1252 instead of garbling either', () => {
    const bytes = Uint8Array.from([...utf8('a;Süd\n'), ...cp1252('b;Mär')]);
    const result = decodeSheetBytes(bytes);
    expect(result).toMatchObject({ ok: false, line: 2, column: 4 });
    expect(!result.ok && result.message).toContain('mixed');
  });

  it('refuses broken UTF-8 after a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('ab\ncd'), 0xfc]);
    expect(decodeSheetBytes(bytes)).toMatchObject({ ok: false, line: 2, column: 3 });
  });

  it('refuses a lone surrogate and an odd byte count in UTF-16', () => {
    const lone = utf16('ab\nc\uD800d', true);
    expect(decodeSheetBytes(lone)).toMatchObject({ ok: false, line: 2, column: 2 });
    const odd = Uint8Array.from([...utf16('ab', true), 0x41]);
    expect(decodeSheetBytes(odd)).toMatchObject({ ok: false, line: 1, column: 3 });
  });

  it('refuses NUL bytes (UTF-16 without byte-order mark) with a hint', () => {
    const bytes = utf16('kind;id', true).subarray(2);
    const result = decodeSheetBytes(bytes);
    expect(result).toMatchObject({ ok: false, line: 1, column: 2 });
    expect(!result.ok && result.message).toContain('UTF-16');
  });
});

describe('Windows-1252 coverage', () => {
  it('knows which characters a Windows-1252 save keeps', () => {
    expect(fitsWindows1252('„Süd“ – 5 € ß')).toBe(true);
    expect(fitsWindows1252('≥ 5')).toBe(false);
    expect(asSavedInWindows1252('≥ 5 → 6')).toBe('? 5 ? 6');
  });
});
