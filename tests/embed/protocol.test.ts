import { describe, expect, it } from 'vitest';
import {
  ampMessage,
  clampHeight,
  heightFromMessage,
  heightMessage,
  parsePymMessage,
  pymMessage,
  themeFromMessage,
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
