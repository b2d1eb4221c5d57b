/**
 * Hover is paused while the page scrolls under a resting mouse pointer. Otherwise every link
 * that passes under the pointer takes `:hover` and gives it up a few frames later, and each change
 * repaints the part of the page around it: in the bench's scroll (4× CPU) the source list's links
 * alone made a third of the slow frames. A class on the root element (story.css turns pointer
 * events off under it) is set at the first wheel event and removed once the wheel has been still
 * for HOVER_RESUME_MS, or at once when the pointer moves (the reader reaches for something). Wheel,
 * not scroll: scrolls the reader did not make with the pointer (scroll anchoring as steps are laid
 * out, a jump to a link) must not swallow a click. Only for a pointer that hovers: touch has no
 * hover to pause. React-free; clock and timers are passed in.
 */

import { whenStill, type StillClock } from '../../lib/when-still.ts';

/** On the root element while the page scrolls; story.css: no pointer events under it. */
export const SCROLLING_CLASS = 'is-scrolling';

/** Hover and clicks come back this long (ms) after the last wheel event. */
export const HOVER_RESUME_MS = 150;

export interface HoverPauseEnvironment extends StillClock {
  root: Pick<Element, 'classList'>;
}

export interface HoverPause {
  /** Call on every wheel event. */
  onWheel(): void;
  /** Call on every pointer movement: hover comes back at once. */
  onPointerMove(): void;
}

export function pauseHoverWhileScrolling(env: HoverPauseEnvironment): HoverPause {
  const resume = () => env.root.classList.remove(SCROLLING_CLASS);
  const resumeWhenStill = whenStill(HOVER_RESUME_MS, resume, env);
  return {
    onPointerMove() {
      resumeWhenStill.cancel();
      resume();
    },
    onWheel() {
      env.root.classList.add(SCROLLING_CLASS);
      resumeWhenStill.poke();
    },
  };
}
