import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { loadDatasetFile } from '../../src/data/load-file.ts';
import { ContentError, parseStoryContent } from '../../src/story/content/parse-content.ts';
import de from '../../src/story/content/de.aml';
import en from '../../src/story/content/en.aml';
import { fixture } from './fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const data = loadDatasetFile(resolve(root, 'data/transfers.json'));
const read = (lang: 'de' | 'en') =>
  readFileSync(resolve(root, `src/story/content/${lang}.aml`), 'utf8');

describe('the story copy', () => {
  it('parses and checks against data/transfers.json in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const content = parseStoryContent(read(lang), { file: `${lang}.aml`, lang, data });
      expect(content.lang).toBe(lang);
      expect(content.sections.length).toBeGreaterThan(0);
    }
  });

  it('reaches the page through the Vite plugin as parsed JSON', () => {
    expect(de.lang).toBe('de');
    expect(en.lang).toBe('en');
    expect(de.file).toBe('src/story/content/de.aml');
    expect(de.author).toBe('Lukas Schneider');
  });

  it('keeps the sections of the seed article, in its order', () => {
    expect(de.sections.map((s) => s.heading)).toEqual([
      'Einleitung',
      'Hintergrund und Umfang der Militärhilfe',
      'Technologische Kooperation und Rückwirkungen',
      'Auswirkungen auf die europäischen Märkte',
      'Schlussfolgerung',
    ]);
    expect(en.sections.map((s) => s.heading)).toEqual([
      'Introduction',
      'Background and scale of the military aid',
      'Technological cooperation and its repercussions',
      'Consequences for European markets',
      'Conclusion',
    ]);
  });

  it('has the same steps, charts and states in English as in German', () => {
    const shape = (c: typeof de) =>
      c.sections.map((s) => s.steps.map((st) => `${st.chart}/${st.state}`));
    expect(shape(en)).toEqual(shape(de));
  });

  it('names only charts and chart states that exist', () => {
    for (const content of [de, en])
      for (const step of content.sections.flatMap((s) => s.steps)) {
        const states = chartMeta[step.chart].states.map((s) => s.id);
        if (step.state) expect(states, `${content.lang} step ${step.id}`).toContain(step.state);
      }
  });

  it('has unique step ids', () => {
    for (const content of [de, en]) {
      const ids = content.sections.flatMap((s) => s.steps.map((st) => st.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('marks the European markets section as the author’s assessment', () => {
    expect(de.sections[3]?.label).toBe('Einschätzung des Autors');
    expect(en.sections[3]?.label).toBe('The author’s assessment');
  });
});

/** A minimal valid file with `step` as the only step's body lines. */
function file(stepLines: string, extra = ''): string {
  return `lang: de
title: T
description: D
kicker: K
headline: H
standfirst: S
author: A
authorBio: B
methodHeading: M
method: Text {q-over}.
:end
{ui}
${Object.keys(de.ui)
  .map((k) => `${k}: x`)
  .join('\n')}
{}
${extra}
[.sections]
id: eins
heading: Eins
[.steps]
${stepLines}
[]
[]
`;
}

function problems(text: string): string[] {
  try {
    parseStoryContent(text, { file: 'src/story/content/de.aml', lang: 'de', data: fixture });
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => `${p.line ?? '?'}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseStoryContent(): problems a journalist can fix', () => {
  it('accepts a minimal valid file', () => {
    expect(problems(file('id: a\nchart: troops\ntext: Es kamen {q-over} an.\n:end'))).toEqual([]);
  });

  it('names file, line and id of a placeholder with no figure', () => {
    const text = file(
      'id: a\nchart: troops\ntext: Es kamen\n{q-over} und {troops-nowhere} an.\n:end',
    );
    const line = text.split('\n').findIndex((l) => l.includes('troops-nowhere')) + 1;
    try {
      parseStoryContent(text, { file: 'src/story/content/de.aml', lang: 'de', data: fixture });
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toContain(
        `src/story/content/de.aml:${line}: placeholder {troops-nowhere}: no figure or source with the id "troops-nowhere"`,
      );
    }
  });

  it('refuses a line that starts with a placeholder (ArchieML would swallow it)', () => {
    const found = problems(file('id: a\nchart: troops\ntext: Erst.\n\n{q-over} kamen.\n:end'));
    expect(found.some((p) => p.includes('must not start with a placeholder'))).toBe(true);
  });

  it('explains a "Word:" line that ArchieML read as a key', () => {
    const found = problems(file('id: a\nchart: troops\ntext: Erst.\nHinweis: etwas.\n:end'));
    expect(found.join('\n')).toMatch(/unknown key\(s\) "Hinweis".*backslash/);
  });

  it('refuses unknown charts and states, duplicate step ids and a wrong lang', () => {
    expect(problems(file('id: a\nchart: pie\ntext: x\n:end')).join('\n')).toMatch(
      /chart must be one of: overview, troops/,
    );
    expect(problems(file('id: a\nchart: missiles\nstate: nope\ntext: x\n:end')).join('\n')).toMatch(
      /chart "missiles" has no state "nope" \(states: /,
    );
    expect(
      problems(
        file('id: a\nchart: troops\ntext: x\n:end\nid: a\nchart: troops\ntext: y\n:end'),
      ).join('\n'),
    ).toMatch(/step id "a" is used twice/);
    expect(
      problems(file('id: a\nchart: troops\ntext: x\n:end').replace('lang: de', 'lang: en')).join(
        '\n',
      ),
    ).toMatch(/lang is "en", expected "de"/);
  });

  it('reports a missing required text', () => {
    const found = problems(
      file('id: a\nchart: troops\ntext: x\n:end').replace('headline: H\n', ''),
    );
    expect(found).toContain('?: headline is missing');
  });
});
