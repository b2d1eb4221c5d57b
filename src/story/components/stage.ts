/**
 * Which charts the sticky graphic keeps on its stage: pure, no React (StickyGraphic.tsx renders it).
 */
import type { GraphicStep } from '../startup/graphic-step.ts';

/** The charts on the stage: the active step's, and the one it replaced (faded out, kept). */
export interface Stage {
  current: GraphicStep;
  /** Null until the first chart change; from then on, a chart that mounts fades in. */
  previous: GraphicStep | null;
}

/**
 * The stage after a step change. The chart a new one replaces stays mounted, faded out and inert,
 * until the next chart change, and is removed inside that change's render. Removing it when its
 * fade ends would cost the reader's scroll a frame of its own for the removal's layout; keeping
 * it also makes scrolling back to it a fade, not a fresh render.
 */
export function nextStage(stage: Stage, step: GraphicStep): Stage {
  if (step === stage.current) return stage;
  if (step.chart === stage.current.chart) return { ...stage, current: step };
  return { current: step, previous: stage.current };
}

/**
 * The figures to render, in a fixed order (by chart id): a chart that comes back is then not
 * moved in the DOM, which would lay it out again from scratch; the two overlap only while fading.
 */
export function stageLayers(stage: Stage): GraphicStep[] {
  return stage.previous
    ? [stage.previous, stage.current].sort((a, b) => a.chart.localeCompare(b.chart))
    : [stage.current];
}
