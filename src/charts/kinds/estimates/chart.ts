/**
 * The estimates timeline as a chart of its own: the MSMT figure of one transfer against every
 * other estimate of its topic, in two states (the report's figure, then the estimates). A chart of
 * this kind is a configuration (which transfer, which topic, how grouped parts combine, its words);
 * its description and layout come from here, so two such charts never differ by a copy's drift.
 */
import type { Dataset, Direction, LocalText, Topic } from '../../../data/schema.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { resolveState, type ChartId, type ChartMeta, type LayoutInput } from '../../types.ts';
import { layoutEstimates, type EstimatesLayout, type EstimatesView } from './layout.ts';
import {
  capitalize,
  describeSeries,
  msmtFigure,
  seriesNote,
  seriesRecords,
  seriesSourceLine,
  seriesTable,
} from './meta-helpers.ts';
import { selectSeries, type EstimateSeries } from './select.ts';

/** What the chart's own words are built from. */
export interface EstimatesWordsInput {
  data: Dataset;
  series: EstimateSeries;
  lang: Lang;
  /** The MSMT figure as the report gives it ("mindestens 100 Raketen"). */
  figure: string;
}

export interface EstimatesChartConfig {
  id: ChartId;
  /** The transfer whose MSMT figure the estimates are set against. */
  transferId: string;
  /** Every estimate of this topic is drawn (selected by topic, so new ones need no code). */
  topic: Topic;
  direction: Direction;
  /**
   * How the parts of a grouped estimate combine: `stack` for parts that add up (50 guns + 20
   * launchers), `overlay` for parts that nest (100 supplied, of which about 60 fired).
   */
  groupMode: 'stack' | 'overlay';
  /** The report's figure first (the default state), then the estimates. */
  states: ChartMeta['states'];
  words: {
    title(input: EstimatesWordsInput): string;
    /** Under the title in the report's state. */
    msmtSubtitle(input: EstimatesWordsInput): string;
    /** Under the title in the estimates' state. */
    estimatesSubtitle(input: EstimatesWordsInput): string;
    /** What the chart adds to the kind's note on reading it, if anything. */
    note?: LocalText;
    tableCaption: LocalText;
  };
}

export function defineEstimatesChart(config: EstimatesChartConfig): EstimatesChartConfig {
  return config;
}

export function estimatesSeries(config: EstimatesChartConfig, data: Dataset): EstimateSeries {
  return selectSeries(data, config.transferId, config.topic);
}

/** The state a chart of this kind shows: unknown states fall back to the report's figure. */
export function estimatesView(config: EstimatesChartConfig, state: string): EstimatesView {
  return resolveState(config, state) === 'estimates' ? 'estimates' : 'msmt';
}

export function layoutEstimatesChart(
  config: EstimatesChartConfig,
  data: Dataset,
  { lang, state, width, maxHeight }: LayoutInput,
): EstimatesLayout {
  return layoutEstimates({
    series: estimatesSeries(config, data),
    direction: config.direction,
    width,
    lang,
    view: estimatesView(config, state),
    ...(maxHeight === undefined ? {} : { maxHeight }),
    groupMode: config.groupMode,
  });
}

/** The chart's description (titles, text, table, records), all from its configuration. */
export function estimatesChartMeta(config: EstimatesChartConfig): ChartMeta {
  const { words } = config;
  const input = (data: Dataset, lang: Lang): EstimatesWordsInput => {
    const series = estimatesSeries(config, data);
    return { data, series, lang, figure: msmtFigure(series, lang) };
  };
  return {
    id: config.id,
    states: config.states,
    title: (data, lang) => {
      const known = input(data, lang);
      return words.title({ ...known, figure: capitalize(known.figure) });
    },
    subtitle: (data, lang, state) =>
      estimatesView(config, state) === 'estimates'
        ? words.estimatesSubtitle(input(data, lang))
        : words.msmtSubtitle(input(data, lang)),
    sourceLine: (data, lang) => seriesSourceLine(data, estimatesSeries(config, data), lang),
    note: (_data, lang) =>
      words.note ? `${seriesNote(lang, false)} ${words.note[lang]}` : seriesNote(lang, false),
    describe: (data, lang, state) =>
      describeSeries(estimatesSeries(config, data), lang, state, config.groupMode),
    table: (data, lang) =>
      seriesTable(data, estimatesSeries(config, data), lang, words.tableCaption[lang]),
    records: (data, lang) => seriesRecords(data, estimatesSeries(config, data), lang),
  };
}
