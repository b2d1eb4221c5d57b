import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { storyCopy } from '../../src/story/content/copy.ts';
import { storyHead, storyJsonLd } from '../../src/story/startup/head.ts';
import { storyPages } from '../../src/story/startup/pages.tsx';
import { STICKY_LAYOUT_WIDTHS } from '../../src/story/components/sticky-size.ts';
import { staticFigurePath } from '../../src/story/startup/figure-path.ts';
import { resolveToPlainText } from '../../src/story/content/placeholders.ts';
import { indexSteps } from '../../src/story/content/steps.ts';
import { Story } from '../../src/story/components/Story.tsx';

const data = loadDatasetFile(resolve(import.meta.dirname, '../../data/transfers.json'));

/** The prerendered page, as the build writes it (without the template). */
const render = (lang: 'de' | 'en', d = data) =>
  renderToString(<Story data={d} lang={lang} content={storyCopy[lang]} root="./" />);

/** Text content of an HTML string, entities decoded, tags and comments dropped. */
function textOf(html: string): string {
  return html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('storyPages()', () => {
  it('gives dist/index.html in German and dist/en/index.html in English, from the story template', () => {
    const pages = storyPages(data);
    expect(pages.map((p) => [p.out, p.template])).toEqual([
      ['index.html', 'index.html'],
      ['en/index.html', 'index.html'],
    ]);
    expect(pages.map((p) => p.render().lang)).toEqual(['de', 'en']);
  });
});

describe('the prerendered article', () => {
  for (const lang of ['de', 'en'] as const) {
    const content = storyCopy[lang];
    const html = render(lang);
    const text = textOf(html);
    const steps = indexSteps(content);

    it(`${lang}: contains the whole text — headline, every section and every step`, () => {
      expect(text).toContain(content.headline);
      expect(text).toContain(content.standfirst);
      expect(text).toContain(content.author);
      for (const section of content.sections) expect(text).toContain(section.heading);
      for (const step of steps) {
        const plain = resolveToPlainText(step.text, data, lang).split(/\n\s*\n/)[0] ?? '';
        expect(text, step.id).toContain(plain.replace(/\s*\n\s*/g, ' '));
      }
      expect(text).toContain(content.authorBio);
    });

    it(`${lang}: numbers every step for the scroll engine and tests`, () => {
      const found = [...html.matchAll(/data-step-index="(\d+)" data-step-id="([a-z0-9-]+)"/g)];
      expect(found.map((m) => [Number(m[1]), m[2]])).toEqual(steps.map((s) => [s.index, s.id]));
      // Every step is a tab stop (charts may add their own focusable marks; not counted here).
      expect(html.match(/<div class="step[^"]*"[^>]*tabindex="0"/g)?.length).toBe(steps.length);
    });

    it(`${lang}: marks the sticky graphic with the first step's chart and state`, () => {
      const first = steps[0];
      expect(first).toBeDefined();
      expect(html).toContain(`data-active-chart="${first?.chart}"`);
      expect(html).toContain(`data-active-state="${first?.resolvedState}"`);
    });

    it(`${lang}: has a static figure (its drawing a lazily loaded SVG file) for every new chart state, for print and no-JS`, () => {
      const figures = [...html.matchAll(/data-step-figure="(\d+)"/g)].map((m) => Number(m[1]));
      const shown = steps.filter((s) => s.showsNewFigure);
      expect(figures).toEqual(shown.map((s) => s.index));
      expect(html.split('class="chart-figure step-figure"').length - 1).toBe(figures.length);
      const images = [
        ...html.matchAll(/<img class="chart-figure__image" src="([^"]+)" alt="([^"]*)"[^>]*>/g),
      ];
      expect(images.map((m) => m[1])).toEqual(
        shown.map((s) => `./${staticFigurePath(lang, s.chart, s.resolvedState)}`),
      );
      for (const m of images) {
        expect(m[0]).toContain('loading="lazy"');
        expect(m[2]!.length, `alt of ${m[1]}`).toBeGreaterThan(40);
      }
      // The drawings themselves are not in the page (that was half its bytes); the inline
      // drawings are the sticky graphic's first figure, once per layout width its box can have.
      expect(html.split('class="chart-svg"').length - 1).toBe(STICKY_LAYOUT_WIDTHS.length);
      expect(html).toMatch(
        /class="scrolly__figure scrolly__figure--static[^"]*"[\s\S]*?class="chart-svg"/,
      );
    });

    it(`${lang}: gives each step a text alternative of the graphic`, () => {
      for (const step of steps) {
        const alt = step.alt
          ? resolveToPlainText(step.alt, data, lang)
          : chartMeta[step.chart].describe(data, lang, step.resolvedState);
        expect(text).toContain(`${content.ui.graphic}: ${alt}`);
      }
    });

    it(`${lang}: links every figure to an entry of the source list`, () => {
      const targets = [...html.matchAll(/href="#quelle-([a-z0-9-]+)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(10);
      for (const id of new Set(targets)) expect(html).toContain(`id="quelle-${id}"`);
      expect(html.match(/id="quelle-/g)?.length).toBe(data.sources.length);
    });

    it(`${lang}: has the downloads, the language switch and the date line`, () => {
      expect(html).toContain('href="./data/transfers.json"');
      expect(html).toContain('href="./data/transfers.csv"');
      const other = lang === 'de' ? 'en' : 'de';
      const switchHref = other === 'en' ? './en/index.html' : './index.html';
      expect(html).toContain(`href="${switchHref}" hrefLang="${other}" lang="${other}"`);
      expect(html).toContain(`dateTime="${data.meta.updated}"`);
      expect(text).toContain(`${content.ui.updated}: `);
    });
  }

  it('keeps the seed order: sections, then sources, then about the author', () => {
    const html = render('de');
    // The sticky graphic's figure title (an h2 before the sections) is not part of the text order.
    const headings = [...html.matchAll(/<h2(?![^>]*chart-figure__title)[^>]*>(.*?)<\/h2>/g)].map(
      (m) => textOf(m[1] ?? ''),
    );
    expect(headings).toEqual([
      'Einleitung',
      'Hintergrund und Umfang der Militärhilfe',
      'Technologische Kooperation und Rückwirkungen',
      'Auswirkungen auf die europäischen Märkte',
      'Schlussfolgerung',
      'Wie wir gezählt haben',
      'Korrekturen',
      'Was sich geändert hat',
      'Quellen',
      'Die Daten',
      'Über den Autor',
    ]);
  });

  it('lists changes newest first, and leaves the list out when there are none', () => {
    const changelog = [
      {
        version: 1,
        date: '2025-06-01',
        kind: 'update' as const,
        de: 'Erste Fassung.',
        en: 'First version.',
      },
      {
        version: 2,
        date: data.meta.updated,
        kind: 'update' as const,
        de: 'Zahlen ergänzt.',
        en: 'Figures added.',
      },
    ];
    const text = textOf(render('de', { ...data, meta: { ...data.meta, version: 2, changelog } }));
    expect(text).toContain('Was sich geändert hat');
    expect(text.indexOf('Zahlen ergänzt.')).toBeGreaterThan(-1);
    expect(text.indexOf('Zahlen ergänzt.')).toBeLessThan(text.indexOf('Erste Fassung.'));
    const none = textOf(render('de', { ...data, meta: { ...data.meta, changelog: [] } }));
    expect(none).not.toContain('Was sich geändert hat');
  });
});

describe('corrections on the story', () => {
  it('prints every correction near the end, apart from updates, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const html = render(lang);
      const text = textOf(html);
      const w =
        lang === 'de'
          ? ['Korrekturen', 'Falsch war:', 'Richtig ist:']
          : ['Corrections', 'What was wrong:', 'What is right:'];
      for (const word of w) expect(text, lang).toContain(word);
      const fixes = data.meta.changelog.flatMap((e) => e.corrections ?? []);
      for (const fix of fixes) expect(text, lang).toContain(fix.right[lang]);
      // After the article and before the changelog, which marks each entry's kind.
      expect(html.indexOf('id="korrekturen"')).toBeGreaterThan(html.indexOf('class="scrolly'));
      expect(html.indexOf('id="korrekturen"')).toBeLessThan(html.indexOf('aenderungen-heading'));
      expect(text).toContain(lang === 'de' ? 'Korrektur:' : 'Correction:');
      expect(text).toContain(lang === 'de' ? 'Aktualisierung:' : 'Update:');
    }
  });

  it('puts a line under the headline while the latest correction is recent, linking to the list', () => {
    const headerOf = (html: string) => {
      const start = html.indexOf('class="story-header"');
      return html.slice(start, html.indexOf('</header>', start));
    };
    const html = render('de');
    expect(headerOf(html)).toContain('story-header__correction');
    expect(headerOf(html)).toContain('href="#korrekturen"');
    const later = structuredClone(data);
    later.meta.updated = '2027-06-01';
    const old = render('de', later);
    expect(headerOf(old)).not.toContain('story-header__correction');
    expect(old).toContain('id="korrekturen"');
  });
});

describe('storyHead()', () => {
  it('writes absolute canonical and hreflang links only when given SITE_URL', () => {
    const head = storyHead(data, storyCopy.en, 'en', 'https://example.org/msmt');
    expect(head).toContain('<link rel="canonical" href="https://example.org/msmt/en/" />');
    expect(head).toContain(
      '<link rel="alternate" hreflang="de" href="https://example.org/msmt/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="en" href="https://example.org/msmt/en/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://example.org/msmt/" />',
    );
    // The share card and og:url are absolute too: social networks need both.
    expect(head).toContain(
      '<meta property="og:image" content="https://example.org/msmt/share/overview-en.png" />',
    );
    expect(head).toContain(
      '<meta name="twitter:image" content="https://example.org/msmt/share/overview-en.png" />',
    );
    expect(head).toContain('<meta property="og:url" content="https://example.org/msmt/en/" />');
    expect(storyJsonLd(data, storyCopy.de, 'de', 'https://example.org/msmt/').image).toEqual([
      'https://example.org/msmt/share/overview-de.png',
    ]);
    expect(() => storyHead(data, storyCopy.en, 'en', 'example.org')).toThrow(/SITE_URL/);
    expect(() => storyHead(data, storyCopy.en, 'en', 'javascript:alert(1)//')).toThrow(/SITE_URL/);
  });

  it('has title, description, alternates, share image and JSON-LD with dateModified', () => {
    const head = storyHead(data, storyCopy.en, 'en');
    expect(head).toContain(`<title>${storyCopy.en.title}</title>`);
    // Without SITE_URL no canonical/hreflang: relative ones are invalid (Lighthouse SEO).
    expect(head).not.toContain('rel="canonical"');
    expect(head).not.toContain('hreflang');
    expect(head).not.toContain('og:url');
    expect(head).toContain('<meta property="og:image" content="../share/overview-en.png" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const json = head.match(/<script type="application\/ld\+json">(.*)<\/script>/)?.[1];
    expect(json).toBeDefined();
    const ld = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      dateModified: data.meta.updated,
      inLanguage: 'en',
      headline: storyCopy.en.headline,
    });
    expect(storyJsonLd(data, storyCopy.de, 'de').image).toEqual(['./share/overview-de.png']);
  });

  it('escapes text so no content can break out of an attribute or the JSON-LD block', () => {
    const content = {
      ...storyCopy.de,
      title: 'A <b>"x"</b>',
      headline: '</script><script>alert(1)</script>',
    };
    const head = storyHead(data, content, 'de');
    expect(head).toContain('<title>A &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>');
    expect(head).not.toContain('</script><script>');
    expect(head.match(/<\/script>/g)?.length).toBe(1);
  });
});
