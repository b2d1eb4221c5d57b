/**
 * @component The newsroom page (dist/newsroom/index.html, noindex, not linked from the story):
 * dataset status and changelog, every chart in every state in both languages and themes with
 * downloads and embed code, every figure as the prose prints it, and the prose itself.
 */
import { useEffect } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../lib/i18n.ts';
import type { StoryContent } from '../story/content/content.ts';
import { ChangelogList } from './ChangelogList.tsx';
import { ChartPreviews, type Selection } from './ChartPreviews.tsx';
import { DatasetStatus, type BuildInfo } from './DatasetStatus.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { ProsePreview } from './ProsePreview.tsx';
import { S } from './strings.ts';
import { UpdatePanel } from './update/UpdatePanel.tsx';

export interface NewsroomAppProps {
  data: Dataset;
  build: BuildInfo;
  story: Partial<Record<Lang, StoryContent>>;
  initialChart?: Selection;
}

export function NewsroomApp({ data, build, story, initialChart }: NewsroomAppProps) {
  // Tests wait for this, as on the story and the embeds.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <main className="newsroom" data-newsroom="">
      <header className="newsroom-header">
        <p className="newsroom-muted">{data.meta.title.de}</p>
        <h1>{S.pageTitle}</h1>
        <p>{S.intro}</p>
        <nav aria-label="Inhalt / Contents">
          <a href="#newsroom-dataset">{S.dataset}</a> ·{' '}
          <a href="#newsroom-update">{S.update.title}</a> ·{' '}
          <a href="#newsroom-changelog">{S.changelog}</a> ·{' '}
          <a href="#newsroom-charts">{S.charts}</a> · <a href="#newsroom-figures">{S.figures}</a> ·{' '}
          <a href="#newsroom-prose">{S.prose}</a>
        </nav>
      </header>
      <DatasetStatus data={data} build={build} />
      <UpdatePanel data={data} story={story} />
      <ChangelogList data={data} />
      <ChartPreviews data={data} initial={initialChart} />
      <FiguresTable data={data} />
      <ProsePreview data={data} story={story} />
    </main>
  );
}
