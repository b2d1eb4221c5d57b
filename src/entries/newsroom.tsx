/**
 * Client entry of the newsroom page. Built: hydrate the prerendered page with the build's facts
 * from the data island. Dev (`npm run dev`, no prerender): render from scratch, and when
 * data/transfers.json changes and still validates, re-render with the new data in place (tab,
 * filters and scroll position stay); an invalid edit never reaches this module (the dataset
 * plugin shows the checker's messages in the overlay and keeps serving the last valid data).
 */
import '../styles/tokens.css';
import '../styles/global.css';
import '../styles/charts.css';
import '../styles/layouts.css';
import '../styles/chart-actions.css';
import '../styles/newsroom.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import data from 'virtual:dataset';
import type { Dataset } from '../data/schema.ts';
import de from '../story/content/de.aml';
import en from '../story/content/en.aml';
import type { BuildInfo } from '../newsroom/DatasetStatus.tsx';
import { APP_ID, BUILD_INFO_ID } from '../newsroom/dom-ids.ts';
import { NewsroomApp } from '../newsroom/NewsroomApp.tsx';
import { PREVIEW_STYLE_ID, previewThemeCss } from '../newsroom/theme-css.ts';

function buildInfo(): BuildInfo {
  const island = document.getElementById(BUILD_INFO_ID);
  if (island?.textContent) return JSON.parse(island.textContent) as BuildInfo;
  return { checkedAt: new Date().toISOString(), mode: 'dev' };
}

if (!document.getElementById(PREVIEW_STYLE_ID)) {
  const style = document.createElement('style');
  style.id = PREVIEW_STYLE_ID;
  style.textContent = previewThemeCss();
  document.head.append(style);
}

const build = buildInfo();
const app = (d: Dataset) => (
  <StrictMode>
    <NewsroomApp data={d} build={build} story={{ de, en }} />
  </StrictMode>
);

let container = document.getElementById(APP_ID);
let root: Root;
if (container?.hasChildNodes()) {
  root = hydrateRoot(container, app(data));
} else {
  container ??= document.getElementById('root')?.appendChild(document.createElement('div')) ?? null;
  if (!container) throw new Error('newsroom: no #root element');
  container.id = APP_ID;
  root = createRoot(container);
  root.render(app(data));
}

if (import.meta.hot)
  import.meta.hot.accept('virtual:dataset', (next) => {
    const d = (next as { default?: Dataset } | undefined)?.default;
    if (d) root.render(app(d));
  });
