/** Which step's chart the sticky graphic shows: shared by the React graphic and the DOM islands. */
import type { IndexedStep } from '../content/steps.ts';

/** What the graphic needs of a step (the islands read these back from the step elements). */
export type GraphicStep = Pick<IndexedStep, 'id' | 'chart' | 'resolvedState'>;

/** The step whose chart is up at `index`: the first before the first step, the last past the end. */
export function graphicStepAt<S>(steps: readonly S[], index: number): S | undefined {
  return steps[Math.min(Math.max(index, 0), steps.length - 1)];
}
