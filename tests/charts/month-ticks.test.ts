import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../src/charts/shared/month-ticks.ts';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('monthTicks', () => {
  it('starts at the first month that begins inside the range, and keeps a tick on the end', () => {
    const ticks = monthTicks(Date.UTC(2024, 9, 15), Date.UTC(2025, 1, 1));
    expect(ticks.map(iso)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
  });

  it('keeps a start that falls on the first of a month', () => {
    expect(monthTicks(Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 30)).map(iso)).toEqual([
      '2024-10-01',
      '2024-11-01',
    ]);
  });

  it('steps through months aligned to January, whatever month the range starts in', () => {
    const ticks = monthTicks(Date.UTC(2024, 1, 10), Date.UTC(2025, 6, 1), 3);
    expect(ticks.map(iso)).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ]);
    expect(monthTicks(Date.UTC(2023, 8, 20), Date.UTC(2025, 0, 1), 6).map(iso)).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
    ]);
  });

  it('gives no tick for a range inside one month, and refuses a step below one', () => {
    expect(monthTicks(Date.UTC(2024, 9, 2), Date.UTC(2024, 9, 30))).toEqual([]);
    expect(() => monthTicks(0, Date.UTC(2024, 0, 1), 0)).toThrow(/step/);
  });
});
