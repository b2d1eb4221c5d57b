import { describe, expect, it } from 'vitest';
import { fitText, textWidth, truncate, wrapText } from '../../src/charts/shared/text.ts';
import {
  dodge,
  findOverlaps,
  overlaps,
  spreadCentred,
  textBox,
  unionBox,
} from '../../src/charts/shared/labels.ts';
import { qualifierMarks } from '../../src/charts/shared/qualifier.ts';
import { placeCallout } from '../../src/charts/shared/callout.ts';

describe('text', () => {
  it('textWidth(text, size) grows with length and size', () => {
    expect(textWidth('11.000', 12)).toBeGreaterThan(0);
    expect(textWidth('über 11.000', 12)).toBeGreaterThan(textWidth('11.000', 12));
    expect(textWidth('Soldaten', 14)).toBeGreaterThan(textWidth('Soldaten', 12));
  });

  it('truncate(text, n) cuts a 10,000-character label and keeps the full text', () => {
    const hostile = 'A'.repeat(10_000);
    const t = truncate(hostile, 40);
    expect([...t.text]).toHaveLength(40);
    expect(t.text.endsWith('…')).toBe(true);
    expect(t.full).toBe(hostile);
    expect(t.truncated).toBe(true);
    expect(truncate('kurz', 40)).toEqual({ text: 'kurz', full: 'kurz', truncated: false });
  });

  it('fitText(text, width, size) fits within the width', () => {
    const f = fitText('Russlands Lieferungen raffinierter Ölprodukte', 100, 13);
    expect(f.truncated).toBe(true);
    expect(textWidth(f.text, 13)).toBeLessThanOrEqual(100);
  });

  it('wrapText(text, width, size, lines) wraps and never exceeds the width or line count', () => {
    const w = wrapText(
      'nach dem Bericht angekündigt: 1.000 Pioniere und 5.000 Bauarbeiter',
      120,
      12,
      3,
    );
    expect(w.lines.length).toBeLessThanOrEqual(3);
    for (const line of w.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    const long = wrapText('x'.repeat(10_000), 120, 12, 2);
    expect(long.lines).toHaveLength(1);
    expect(long.truncated).toBe(true);
    expect(textWidth(long.lines[0] ?? '', 12)).toBeLessThanOrEqual(120);
    const many = wrapText('wort '.repeat(200), 120, 12, 2);
    expect(many.lines).toHaveLength(2);
    expect(many.truncated).toBe(true);
    expect(many.lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('labels', () => {
  it('overlaps(a, b) is false for touching boxes and true for shared area', () => {
    expect(
      overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }),
    ).toBe(false);
    expect(
      overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 }),
    ).toBe(true);
  });

  it('dodge(items) separates stacked labels by gap and keeps them in bounds', () => {
    const items = [
      { y: 50, size: 14 },
      { y: 52, size: 14 },
      { y: 51, size: 14 },
      { y: 95, size: 14 },
    ];
    const ys = dodge(items, { min: 0, max: 100, gap: 2 });
    const boxes = ys.map((y) => ({ x: 0, y, width: 10, height: 14 }));
    expect(findOverlaps(boxes)).toEqual([]);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + 14).toBeLessThanOrEqual(100);
    }
    // order by wanted position is kept
    expect(ys[0]).toBeLessThan(ys[2] ?? 0);
    expect(ys[2]).toBeLessThan(ys[1] ?? 0);
  });

  it('textBox(x, y, w, size, anchor) puts the box around the baseline', () => {
    expect(textBox(100, 20, 40, 10, 'end')).toEqual({ x: 60, y: 12, width: 40, height: 10 });
    expect(textBox(100, 20, 40, 10, 'middle').x).toBe(80);
  });
});

describe('spreadCentred(wanted, step, bounds)', () => {
  it('keeps positions that are far enough apart where they are', () => {
    expect(spreadCentred([10, 30, 50], 5)).toEqual([10, 30, 50]);
  });

  it('spreads a cluster evenly around the mean of what it wants, order kept', () => {
    expect(spreadCentred([20, 20, 20], 4)).toEqual([16, 20, 24]);
    const out = spreadCentred([21, 20], 4); // input order kept, positions sorted by want
    expect(out[1]).toBeLessThan(out[0]!);
    expect(out[0]! - out[1]!).toBe(4);
    expect((out[0]! + out[1]!) / 2).toBe(20.5);
  });

  it('merges clusters that come to touch, never closer than the step', () => {
    const wanted = [10, 11, 12, 16, 17, 40];
    const out = spreadCentred(wanted, 4);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(4 - 1e-9);
    expect(out[5]).toBe(40);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(out.slice(0, 5))).toBeCloseTo(mean(wanted.slice(0, 5)), 9);
  });

  it('stays inside its bounds', () => {
    const out = spreadCentred([1, 1, 1], 4, { min: 0, max: 100 });
    expect(Math.min(...out)).toBe(0);
    expect(spreadCentred([99, 99, 99], 4, { min: 0, max: 100 })).toEqual([92, 96, 100]);
  });
});

describe('unionBox(boxes)', () => {
  it('holds every box given', () => {
    expect(
      unionBox([
        { x: 5, y: 10, width: 10, height: 5 },
        { x: 0, y: 12, width: 3, height: 20 },
      ]),
    ).toEqual({ x: 0, y: 10, width: 15, height: 22 });
    expect(() => unionBox([])).toThrow(/no boxes/);
  });
});

describe('qualifierMarks(quantity)', () => {
  it('"over" and "at least" draw an open end', () => {
    expect(qualifierMarks({ qualifier: 'over', value: 11000 })).toMatchObject({
      openEnd: true,
      approximate: false,
      extent: 11000,
      symbol: '>',
    });
    expect(qualifierMarks({ qualifier: 'at-least', value: 100 }).openEnd).toBe(true);
  });
  it('"about", "nearly" and "up to about" are approximate', () => {
    for (const qualifier of ['about', 'nearly', 'up-to-about'] as const)
      expect(qualifierMarks({ qualifier, value: 3000 }).approximate).toBe(true);
    expect(qualifierMarks({ qualifier: 'up-to-about', value: 9e6 }).ceiling).toBe(true);
    expect(qualifierMarks({ qualifier: 'exact', value: 49 }).approximate).toBe(false);
  });
  it('a range draws from low to high; not quantified has no extent', () => {
    expect(qualifierMarks({ qualifier: 'range', low: 50, high: 70 })).toMatchObject({
      range: { low: 50, high: 70 },
      extent: 70,
    });
    expect(qualifierMarks({ qualifier: 'not-quantified' })).toMatchObject({
      notQuantified: true,
      extent: null,
    });
  });
});

describe('placeCallout(anchor, size, bounds)', () => {
  it('flips left and down to stay inside the chart', () => {
    const box = placeCallout(
      { x: 310, y: 5 },
      { width: 100, height: 40 },
      { width: 320, height: 200 },
    );
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });
});
