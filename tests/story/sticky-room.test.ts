import { describe, expect, it } from 'vitest';
import {
  FIGURE_HEADER,
  figureHeaderHeight,
  lineCount,
} from '../../src/charts/shared/figure-header.ts';
import { FIGURE_CHROME, stickyDrawingHeight } from '../../src/story/sticky-size.ts';

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

describe('the sticky drawing height', () => {
  it('on a phone, a chart with a taller header gets a shorter drawing', () => {
    const room = { height: 364, phone: true };
    const short = stickyDrawingHeight(room, { title: SHORT, subtitle: 'Kurz.', width: 288 });
    const long = stickyDrawingHeight(room, {
      title: LONG,
      subtitle: `${LONG} ${LONG}`,
      width: 288,
    });
    expect(long).toBeLessThan(short);
    expect(short).toBe(Math.floor(364 - figureHeaderHeight(SHORT, 'Kurz.', 288)));
  });

  it('in wide layouts the header, source line and buttons keep their fixed room', () => {
    const room = { height: 700, phone: false };
    expect(stickyDrawingHeight(room, { title: LONG, subtitle: LONG, width: 549 })).toBe(
      700 - FIGURE_CHROME,
    );
  });
});
