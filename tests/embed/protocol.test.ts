import { describe, expect, it } from 'vitest';
import {
  ampMessage,
  clampHeight,
  heightFromMessage,
  heightMessage,
  hostMessage,
  parseHostMessage,
  parsePymMessage,
  pymMessage,
  themeFromMessage,
  widthHint,
} from '../../src/embed/protocol.ts';

describe('messages the child sends', () => {
  it('uses the namespaced JSON, AMP and pym formats', () => {
    expect(heightMessage('troops', 612)).toEqual({
      type: 'msmt-transfers:height',
      chart: 'troops',
      height: 612,
      v: 1,
    });
    expect(ampMessage(612)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 612 });
    expect(pymMessage('pym-0-ab12c', 'height', 612)).toBe('pymxPYMxpym-0-ab12cxPYMxheightxPYMx612');
  });

  it('matches what pym.js parses (its own regex)', () => {
    const id = 'pym-0-ab12c';
    const pymRegex = new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`);
    const m = pymMessage(id, 'height', 612).match(pymRegex);
    expect(m?.[1]).toBe('height');
    expect(m?.[2]).toBe('612');
  });
});

describe('heightFromMessage (host side)', () => {
  it('accepts our message and AMP, clamped', () => {
    expect(heightFromMessage(heightMessage('troops', 612.2))).toBe(613);
    expect(heightFromMessage(ampMessage(700))).toBe(700);
    expect(heightFromMessage(heightMessage('troops', 10))).toBe(50);
    expect(heightFromMessage(heightMessage('troops', 1e9))).toBe(5000);
  });

  it('ignores everything else', () => {
    for (const bad of [
      null,
      undefined,
      612,
      'pymxPYMxidxPYMxheightxPYMx612',
      { type: 'msmt-transfers:height', height: '612', v: 1 },
      { type: 'msmt-transfers:height', height: NaN, v: 1 },
      { type: 'msmt-transfers:height', height: Infinity, v: 1 },
      { type: 'msmt-transfers:height', height: 0, v: 1 },
      { sentinel: 'amp', type: 'embed-size', height: -300 },
      { type: 'msmt-transfers:height', height: 612, v: 2 },
      { type: 'other:height', height: 612, v: 1 },
      { 'datawrapper-height': { abc: 612 } },
      { sentinel: 'amp', type: 'embed-ready', height: 612 },
    ])
      expect(heightFromMessage(bad)).toBeNull();
  });

  it('clamps', () => {
    expect(clampHeight(-5)).toBe(50);
    expect(clampHeight(4999.1)).toBe(5000);
  });
});

describe('pym and theme messages the child receives', () => {
  it('parses pym width for its own id only', () => {
    expect(parsePymMessage('pymxPYMxpym-1xPYMxwidthxPYMx320', 'pym-1')).toEqual({
      type: 'width',
      payload: '320',
    });
    expect(parsePymMessage('pymxPYMxpym-2xPYMxwidthxPYMx320', 'pym-1')).toBeNull();
    expect(parsePymMessage({ type: 'width' }, 'pym-1')).toBeNull();
    expect(parsePymMessage('pymxPYMxpym-1xPYMx', 'pym-1')).toBeNull();
  });

  it('reads the host theme message', () => {
    expect(themeFromMessage({ type: 'msmt-transfers:theme', theme: 'dark' })).toBe('dark');
    expect(themeFromMessage({ type: 'msmt-transfers:theme', theme: 'neon' })).toBeNull();
    expect(themeFromMessage('dark')).toBeNull();
  });
});

describe('the host message the child receives', () => {
  it('round-trips what embed.js sends', () => {
    expect(parseHostMessage(hostMessage(320, 'dark', 'light'))).toEqual({
      width: 320,
      theme: 'dark',
      scheme: 'light',
    });
    expect(parseHostMessage(hostMessage(768.5))).toEqual({
      width: 768.5,
      theme: null,
      scheme: null,
    });
  });

  it('keeps the request but drops absurd or unknown fields', () => {
    for (const width of [NaN, -1, 0, Infinity, 1e12, '320px', null, {}])
      expect(parseHostMessage({ ...hostMessage(1), width })?.width).toBeNull();
    expect(parseHostMessage({ ...hostMessage(1), theme: 'sepia', scheme: 'auto' })).toEqual({
      width: 1,
      theme: null,
      scheme: null,
    });
  });

  it('reads an older embed.js theme message as a request without width', () => {
    expect(parseHostMessage({ type: 'msmt-transfers:theme', theme: 'auto' })).toEqual({
      width: null,
      theme: 'auto',
      scheme: null,
    });
  });

  it('ignores everything else', () => {
    for (const bad of [
      null,
      undefined,
      'msmt-transfers:host',
      { ...hostMessage(320), v: 2 },
      { type: 'msmt-transfers:theme', theme: 'neon' },
      { sentinel: 'amp', type: 'embed-size', height: 3 },
    ])
      expect(parseHostMessage(bad)).toBeNull();
  });

  it('takes width hints from pym strings too, within (0, 10000] px', () => {
    expect(widthHint('320')).toBe(320);
    expect(widthHint(' 320 ')).toBe(320);
    expect(widthHint('10001')).toBeNull();
    expect(widthHint('abc')).toBeNull();
    expect(widthHint('')).toBeNull();
  });
});
