/**
 * The shape of the story's copy after src/story/content/<lang>.aml is parsed at build time
 * (scripts/vite/story-plugin.ts). Types only, so the page can import them without the parser.
 */
import type { ChartId } from '../../charts/types.ts';
import type { Lang } from '../../lib/i18n.ts';

/** One scrolly step: text in the reading column, a chart state in the sticky graphic. */
export interface StoryStep {
  /** Unique in the file; appears as `data-step-id` and as the step's anchor. */
  id: string;
  /** Which chart the sticky graphic shows while this step is active. */
  chart: ChartId;
  /** The chart's state id; empty means the chart's default state. */
  state: string;
  /** Paragraphs separated by blank lines; lines starting "- " make a list. Placeholders allowed. */
  text: string;
  /** What the graphic shows at this step, for screen readers; empty: the chart's own description. */
  alt: string;
}

export interface StorySection {
  id: string;
  heading: string;
  /** A small label above the heading, e.g. "Einschätzung des Autors"; may be empty. */
  label: string;
  steps: StoryStep[];
}

/** Every interface word of the page, so translators never touch code. */
export interface StoryUi {
  byline: string;
  updated: string;
  changesHeading: string;
  sourcesHeading: string;
  sourcesIntro: string;
  via: string;
  dataHeading: string;
  dataText: string;
  dataJson: string;
  dataCsv: string;
  aboutHeading: string;
  otherLanguage: string;
  otherLanguageName: string;
  graphic: string;
  /** Small label in the bar at the top of the page. */
  masthead: string;
  version: string;
}

export interface StoryContent {
  lang: Lang;
  /** The page's <title>. */
  title: string;
  /** <meta name="description"> and social cards. */
  description: string;
  kicker: string;
  headline: string;
  standfirst: string;
  author: string;
  /** "Über den Autor" text. */
  authorBio: string;
  methodHeading: string;
  /** "Wie wir gezählt haben": paragraphs like a step's text. */
  method: string;
  sections: StorySection[];
  ui: StoryUi;
  /** Path of the content file, for error messages. */
  file: string;
}
