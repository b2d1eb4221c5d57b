/**
 * Fuzzed postMessage payloads against the embed protocol (adds to tests/embed/protocol.test.ts,
 * which lists known bad shapes): whatever arrives, the parsers never throw, a height is either
 * refused or clamped into the sane range, and a theme is one of the known ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_TYPE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  HOST_TYPE,
  THEME_TYPE,
  heightFromMessage,
  parseHostMessage,
  parsePymMessage,
  themeFromMessage,
} from '../../src/embed/protocol.ts';

/** Shapes close to real messages (so the parsers' deeper branches run), plus anything at all. */
const message = fc.oneof(
  fc.anything(),
  fc.record({
    type: fc.constantFrom(HEIGHT_TYPE, THEME_TYPE, HOST_TYPE, 'embed-size', 'other'),
    sentinel: fc.option(fc.constantFrom('amp', 'pym', '')),
    chart: fc.option(fc.string()),
    height: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.object()),
    theme: fc.oneof(fc.string(), fc.constantFrom('dark', 'light', 'auto', 'evil')),
    scheme: fc.oneof(fc.string(), fc.constantFrom('dark', 'light', 'auto')),
    width: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null)),
    v: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
  }),
  fc
    .tuple(fc.string(), fc.constantFrom('height', 'width', 'navigateTo', ''), fc.string())
    .map(([id, type, payload]) => `pymxPYMx${id}xPYMx${type}xPYMx${payload}`),
  // Prototype-pollution shaped payloads.
  fc.constant(JSON.parse('{"__proto__": {"height": 612}, "type": "msmt-transfers:height"}')),
);

describe('embed protocol under fuzzed messages', () => {
  it('heightFromMessage: null or a clamped finite height, never a throw', () => {
    fc.assert(
      fc.property(message, (data) => {
        const h = heightFromMessage(data);
        if (h !== null) {
          expect(Number.isFinite(h)).toBe(true);
          expect(h).toBeGreaterThanOrEqual(MIN_HEIGHT);
          expect(h).toBeLessThanOrEqual(MAX_HEIGHT);
        }
      }),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).height).toBeUndefined();
  });

  it('themeFromMessage: a known theme or null', () => {
    fc.assert(
      fc.property(message, (data) => {
        expect([null, 'auto', 'light', 'dark']).toContain(themeFromMessage(data));
      }),
      { numRuns: 2000 },
    );
  });

  it('parseHostMessage: null or known themes and a sane width hint, never a throw', () => {
    fc.assert(
      fc.property(message, (data) => {
        const r = parseHostMessage(data);
        if (r === null) return;
        expect([null, 'auto', 'light', 'dark']).toContain(r.theme);
        expect([null, 'light', 'dark']).toContain(r.scheme);
        if (r.width !== null) {
          expect(Number.isFinite(r.width)).toBe(true);
          expect(r.width).toBeGreaterThan(0);
          expect(r.width).toBeLessThanOrEqual(10_000);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parsePymMessage: only its own child id, never a throw', () => {
    fc.assert(
      fc.property(message, fc.string({ minLength: 1 }), (data, id) => {
        const parsed = parsePymMessage(data, id);
        if (parsed !== null) expect(typeof data === 'string' && data.includes(id)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
