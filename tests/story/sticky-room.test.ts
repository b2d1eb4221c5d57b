import { describe, expect, it } from 'vitest';
import {
  FIGURE_HEADER,
  figureHeaderHeight,
  lineCount,
} from '../../src/charts/shared/figure-header.ts';
import {
  FIGURE_CHROME,
  stickyDrawingHeight,
  MIN_DRAWING_SHARE,
  stickyHeader,
} from '../../src/story/components/sticky-size.ts';

const SHORT = 'Soldaten';
const LONG = 'Bis zu rund 9 Mio. Schuss in einem Jahr: Nordkoreas Munition für Russland';

describe('figure header height (text metrics, no DOM)', () => {
  it('wraps greedily: more words or a narrower box give more lines, never fewer', () => {
    expect(lineCount(SHORT, 288, FIGURE_HEADER.titleSize, true)).toBe(1);
    const narrow = lineCount(LONG, 288, FIGURE_HEADER.titleSize, true);
    const wide = lineCount(LONG, 900, FIGURE_HEADER.titleSize, true);
    expect(narrow).toBeGreaterThanOrEqual(3);
    expect(wide).toBe(1);
  });

  it('keeps room for two subtitle lines even when the subtitle is shorter', () => {
    expect(figureHeaderHeight(SHORT, '', 288)).toBe(figureHeaderHeight(SHORT, 'Kurz.', 288));
    expect(figureHeaderHeight(SHORT, `${LONG} ${LONG} ${LONG}`, 288)).toBeGreaterThan(
      figureHeaderHeight(SHORT, 'Kurz.', 288),
    );
  });
});

describe('the sticky header and drawing heights', () => {
  const shortState = { title: SHORT, subtitle: 'Kurz.' };
  const longState = { title: SHORT, subtitle: `${LONG} ${LONG}` };

  it("reserve the tallest header of all of a chart's states, whichever is shown", () => {
    const tallest = figureHeaderHeight(SHORT, `${LONG} ${LONG}`, 288);
    const reserved = stickyHeader([shortState, longState], shortState, 288, 600);
    expect(reserved).toEqual({ height: tallest, reserved: true });
    expect(stickyHeader([shortState, longState], longState, 288, 600)).toEqual(reserved);
  });

  it("keep only the current state's header where the tallest would crowd out the drawing", () => {
    const tallest = figureHeaderHeight(SHORT, `${LONG} ${LONG}`, 288);
    const tight = Math.floor(tallest / (1 - MIN_DRAWING_SHARE)) - 1;
    expect(stickyHeader([shortState, longState], shortState, 288, tight)).toEqual({
      height: figureHeaderHeight(SHORT, 'Kurz.', 288),
      reserved: false,
    });
    expect(stickyHeader([shortState, longState], longState, 288, tight).height).toBe(tallest);
  });

  it('on a phone, a chart with a taller header gets a shorter drawing', () => {
    const room = { height: 364, phone: true };
    const short = stickyDrawingHeight(
      room,
      stickyHeader([shortState], shortState, 288, 364).height,
    );
    const long = stickyDrawingHeight(room, stickyHeader([longState], longState, 288, 364).height);
    expect(long).toBeLessThan(short);
    expect(short).toBe(Math.floor(364 - figureHeaderHeight(SHORT, 'Kurz.', 288)));
  });

  it('in wide layouts the header, source line and buttons keep their fixed room', () => {
    const room = { height: 700, phone: false };
    const header = figureHeaderHeight(LONG, LONG, 549);
    expect(stickyDrawingHeight(room, header)).toBe(700 - FIGURE_CHROME);
  });
});
