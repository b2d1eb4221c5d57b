/** @component Links to the dataset the page is built from (written to dist/data/ by the build). */
import type { StoryUi } from '../content/content.ts';

export function Downloads({ ui, root }: { ui: StoryUi; root: string }) {
  return (
    <section className="story-appendix downloads" aria-labelledby="daten-heading">
      <h2 id="daten-heading" className="story-appendix__heading">
        {ui.dataHeading}
      </h2>
      <p>{ui.dataText}</p>
      <ul className="downloads__list">
        <li>
          <a href={`${root}data/transfers.json`} download type="application/json">
            {ui.dataJson}
          </a>{' '}
          <span className="downloads__format">JSON</span>
        </li>
        <li>
          <a href={`${root}data/transfers.csv`} download type="text/csv">
            {ui.dataCsv}
          </a>{' '}
          <span className="downloads__format">CSV</span>
        </li>
      </ul>
    </section>
  );
}
