/**
 * The story's steps in reading order, numbered across sections (the scroll engine's index), each
 * with its chart state resolved, and whether a static figure follows it (for print and for
 * readers without JavaScript): after the first step of each run of steps showing the same state.
 */
import { chartMeta } from '../../charts/meta.ts';
import { resolveState, type ChartId } from '../../charts/types.ts';
import type { StoryContent, StoryStep } from './content.ts';

export interface IndexedStep extends StoryStep {
  index: number;
  sectionId: string;
  /** The state the chart will actually show (unknown or empty → the chart's default). */
  resolvedState: string;
  /** True when this step starts showing a chart state the previous step did not show. */
  showsNewFigure: boolean;
  /** True for the first step showing its chart: it carries the `#<chart id>` anchor embeds link to. */
  firstOfChart: boolean;
}

export function indexSteps(content: Pick<StoryContent, 'sections'>): IndexedStep[] {
  const steps: IndexedStep[] = [];
  let previous: { chart: ChartId; state: string } | undefined;
  const seenCharts = new Set<ChartId>();
  for (const section of content.sections)
    for (const step of section.steps) {
      const resolvedState = resolveState(chartMeta[step.chart], step.state);
      const showsNewFigure =
        !previous || previous.chart !== step.chart || previous.state !== resolvedState;
      steps.push({
        ...step,
        index: steps.length,
        sectionId: section.id,
        resolvedState,
        showsNewFigure,
        firstOfChart: !seenCharts.has(step.chart),
      });
      seenCharts.add(step.chart);
      previous = { chart: step.chart, state: resolvedState };
    }
  return steps;
}
