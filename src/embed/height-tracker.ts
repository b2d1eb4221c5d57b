/**
 * Decides when the child posts its height: only on a real change (> 1 px), and with a loop guard.
 * A child whose content follows its viewport (100vh, height:100%) grows every time the parent
 * applies the height it posted; iframe-resizer and pym users know the result (a page that grows
 * forever). Two guards freeze growth until the content shrinks or the width changes (`reset`):
 *  - feedback: when, twice in a row, the content grew by just as much as the viewport did since the
 *    last measurement, the content is following the viewport (a loop, not new content);
 *  - runaway: more than `maxGrowCycles` growth posts in quick succession.
 * Pure: time and viewport height come in as arguments.
 */
export interface HeightTrackerOptions {
  /** Consecutive quick growth posts allowed before growth is frozen. */
  maxGrowCycles?: number;
  /** Growth posts closer together than this (ms) count as one runaway streak. */
  streakGapMs?: number;
}

export interface HeightTracker {
  /**
   * The height to post for a measurement, or null to stay quiet. `viewport` is the frame's own
   * height (innerHeight) at the time, for the feedback guard.
   */
  next(measured: number, now: number, viewport?: number): number | null;
  /** The last posted height (to answer pym's width messages), or null before the first post. */
  last(): number | null;
  /** Forget the streak (e.g. the width changed, so growth is expected). */
  reset(): void;
  frozen(): boolean;
}

export function createHeightTracker({
  maxGrowCycles = 12,
  streakGapMs = 300,
}: HeightTrackerOptions = {}): HeightTracker {
  let posted: number | null = null;
  let lastGrowAt = -Infinity;
  let streak = 0;
  let isFrozen = false;
  let lastMeasured: number | null = null;
  let lastViewport: number | null = null;
  let followed = 0;

  return {
    next(measured, now, viewport) {
      if (!Number.isFinite(measured) || measured < 0) return null;
      const height = Math.ceil(measured);
      // Feedback guard: compare this measurement with the previous one, posted or not.
      if (viewport !== undefined && lastMeasured !== null && lastViewport !== null) {
        const grewBy = height - lastMeasured;
        const viewportGrewBy = viewport - lastViewport;
        followed = viewportGrewBy > 1 && Math.abs(grewBy - viewportGrewBy) <= 2 ? followed + 1 : 0;
      }
      lastMeasured = height;
      if (viewport !== undefined) lastViewport = viewport;
      if (posted !== null && Math.abs(height - posted) <= 1) return null;
      if (posted !== null && height > posted) {
        if (isFrozen) return null;
        streak = now - lastGrowAt <= streakGapMs ? streak + 1 : 1;
        lastGrowAt = now;
        if (streak > maxGrowCycles || followed >= 2) {
          isFrozen = true;
          return null;
        }
      } else if (posted !== null) {
        // Shrinking content cannot be a runaway loop.
        streak = 0;
        followed = 0;
        isFrozen = false;
      }
      posted = height;
      return height;
    },
    last: () => posted,
    reset() {
      streak = 0;
      followed = 0;
      isFrozen = false;
      lastGrowAt = -Infinity;
    },
    frozen: () => isFrozen,
  };
}
