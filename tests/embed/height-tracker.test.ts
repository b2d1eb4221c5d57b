import { describe, expect, it } from 'vitest';
import { createHeightTracker } from '../../src/embed/height-tracker.ts';

describe('createHeightTracker', () => {
  it('posts the first height, rounded up, then only real changes', () => {
    const t = createHeightTracker();
    expect(t.next(600.3, 0)).toBe(601);
    expect(t.next(601.9, 10)).toBeNull(); // 602 vs 601: ≤ 1 px
    expect(t.next(640, 20)).toBe(640);
    expect(t.next(640, 30)).toBeNull();
    expect(t.next(500, 40)).toBe(500); // shrinking is posted too
    expect(t.last()).toBe(500);
  });

  it('ignores nonsense measurements', () => {
    const t = createHeightTracker();
    expect(t.next(NaN, 0)).toBeNull();
    expect(t.next(-1, 0)).toBeNull();
    expect(t.last()).toBeNull();
  });

  it('stops a runaway growth loop (content that follows the viewport)', () => {
    const t = createHeightTracker({ maxGrowCycles: 5, streakGapMs: 300 });
    let h = 600;
    let posts = 0;
    expect(t.next(h, 0)).toBe(600);
    // Each post makes the parent taller, which makes 100vh content taller, every frame.
    for (let frame = 1; frame <= 100; frame++) {
      h += 40;
      if (t.next(h, frame * 16) !== null) posts++;
    }
    expect(posts).toBe(5);
    expect(t.frozen()).toBe(true);
  });

  it('stops content that follows the viewport after one echo, even when slow', () => {
    const t = createHeightTracker();
    const extra = 700; // content = 100vh + 700 px of chart
    let viewport = 500; // the iframe's initial height
    const posts: number[] = [];
    for (let cycle = 0; cycle < 20; cycle++) {
      const h = t.next(viewport + extra, cycle * 5000, viewport);
      if (h !== null) {
        posts.push(h);
        viewport = h; // the parent applies it
      }
    }
    expect(posts).toEqual([1200, 1900]);
    expect(t.frozen()).toBe(true);
  });

  it('does not mistake content growing on its own for the loop', () => {
    const t = createHeightTracker();
    // Fonts arrive, a <details> opens: the content grows while the viewport catches up.
    expect(t.next(700, 0, 500)).toBe(700);
    expect(t.next(720, 100, 700)).toBe(720);
    expect(t.next(900, 200, 720)).toBe(900);
    expect(t.next(905, 300, 900)).toBe(905);
    expect(t.frozen()).toBe(false);
  });

  it('allows slow, legitimate growth (fonts, images) without freezing', () => {
    const t = createHeightTracker({ maxGrowCycles: 3, streakGapMs: 300 });
    t.next(400, 0);
    for (let i = 1; i <= 10; i++) expect(t.next(400 + i * 20, i * 1000)).toBe(400 + i * 20);
    expect(t.frozen()).toBe(false);
  });

  it('unfreezes when content shrinks or after reset (width change)', () => {
    const t = createHeightTracker({ maxGrowCycles: 1, streakGapMs: 300 });
    t.next(100, 0);
    expect(t.next(200, 10)).toBe(200);
    expect(t.next(300, 20)).toBeNull();
    expect(t.frozen()).toBe(true);
    expect(t.next(150, 30)).toBe(150);
    expect(t.frozen()).toBe(false);
    expect(t.next(250, 40)).toBe(250);
    expect(t.next(350, 50)).toBeNull();
    t.reset();
    expect(t.next(350, 60)).toBe(350);
  });
});
