import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/schema.ts';
import {
  findPlaceholders,
  placeholderProblems,
  PlaceholderError,
  resolvePlaceholders,
  resolveToPlainText,
} from '../../src/story/content/placeholders.ts';
import { fixture } from './fixture.ts';

const plain = (text: string, lang: 'de' | 'en') => resolveToPlainText(text, fixture, lang);

describe('the fixture', () => {
  it('is a valid dataset', () => {
    expect(dataset.safeParse(fixture).success).toBe(true);
  });
});

describe('resolvePlaceholders(): every qualifier, German and English', () => {
  const cases: [string, string, string][] = [
    ['q-exact', '49 Schiffsfahrten', '49 voyages'],
    ['q-about', 'rund 3.000 Soldaten', 'about 3,000 soldiers'],
    ['q-at-least', 'mindestens 100 Raketen', 'at least 100 missiles'],
    ['q-over', 'über 11.000 Soldaten', 'over 11,000 soldiers'],
    ['q-up-to', 'bis zu 4,8 Mio. Schuss', 'up to 4.8 million rounds'],
    ['q-up-to-about', 'bis zu rund 9 Mio. Schuss', 'as many as 9 million rounds'],
    ['q-nearly', 'fast 2.000 Soldaten', 'nearly 2,000 soldiers'],
    ['q-range', '10.000 bis 12.000 Soldaten', '10,000 to 12,000 soldiers'],
    ['q-none', 'nicht beziffert', 'not quantified'],
  ];
  for (const [id, de, en] of cases) {
    it(`{${id}} → "${de}" / "${en}"`, () => {
      expect(plain(`x {${id}} y`, 'de')).toBe(`x ${de} y`);
      expect(plain(`x {${id}} y`, 'en')).toBe(`x ${en} y`);
    });
  }

  it('sums totals with an honest qualifier ("over" + "about" = "about")', () => {
    expect(plain('x {q-total} y', 'de')).toBe('x rund 14.000 Soldaten y');
    expect(plain('x {q-total} y', 'en')).toBe('x about 14,000 soldiers y');
  });

  it('formats estimates and their units', () => {
    expect(plain('x {e-oil-cap}', 'de')).toBe('x 500.000 Barrel pro Jahr');
    expect(plain('x {e-oil-cap}', 'en')).toBe('x 500,000 barrels a year');
  });
});

describe('resolvePlaceholders(): fields', () => {
  it('.amount drops the unit, .value drops the qualifier too', () => {
    expect(plain('x {q-over.amount}', 'de')).toBe('x über 11.000');
    expect(plain('x {q-up-to-about.amount}', 'en')).toBe('x as many as 9 million');
    expect(plain('x {q-over.value}', 'de')).toBe('x 11.000');
    expect(plain('x {q-up-to-about.value}', 'de')).toBe('x 9 Mio.');
    expect(plain('x {q-total.value}', 'en')).toBe('x 14,000');
  });
  it('.period, .date and {report.date}', () => {
    expect(plain('x {q-over.period}', 'de')).toBe('x Oktober bis Dezember 2024');
    expect(plain('x {q-over.period}', 'en')).toBe('x October to December 2024');
    expect(plain('x {q-announced.date}', 'de')).toBe('x 17. Juni 2025');
    expect(plain('x {e-oil-cap.date}', 'en')).toBe('x 22 December 2017');
    expect(plain('am {report.date}', 'de')).toBe('am 29. Mai 2025');
    expect(plain('on {report.date}', 'en')).toBe('on 29 May 2025');
  });
});

describe('resolvePlaceholders(): segments and links', () => {
  it('returns text and figure segments, each figure with its first source', () => {
    expect(resolvePlaceholders('Es kamen {q-over} an, dazu {q-exact}.', fixture, 'de')).toEqual([
      { kind: 'text', text: 'Es kamen ' },
      { kind: 'figure', text: 'über 11.000 Soldaten', figureId: 'q-over', sourceId: 'src-a' },
      { kind: 'text', text: ' an, dazu ' },
      { kind: 'figure', text: '49 Schiffsfahrten', figureId: 'q-exact', sourceId: 'src-b' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('links {report.date} to the report', () => {
    const [, figure] = resolvePlaceholders('am {report.date}', fixture, 'de');
    expect(figure).toMatchObject({ kind: 'figure', sourceId: 'src-report' });
  });
  it('capitalises a figure that starts a sentence, and only then', () => {
    expect(plain('{q-over} kamen.', 'de')).toBe('Über 11.000 Soldaten kamen.');
    expect(plain('Erst das. {q-about} folgten.', 'de')).toBe(
      'Erst das. Rund 3.000 Soldaten folgten.',
    );
    expect(plain('First. {q-at-least} were sent.', 'en')).toBe(
      'First. At least 100 missiles were sent.',
    );
    expect(plain('und {q-about} folgten', 'de')).toBe('und rund 3.000 Soldaten folgten');
  });
  it('leaves text without placeholders alone', () => {
    expect(resolvePlaceholders('Kein {Platzhalter} hier, {} auch nicht.', fixture, 'de')).toEqual([
      { kind: 'text', text: 'Kein {Platzhalter} hier, {} auch nicht.' },
    ]);
  });
});

describe('resolvePlaceholders(): numbers as words, open periods, citations', () => {
  it('sets whole numbers up to twelve as words, as newspapers do, and larger ones as digits', () => {
    expect(plain('x {q-one} y', 'de')).toBe('x mindestens ein System y');
    expect(plain('x {q-one.amount} y', 'en')).toBe('x at least one y');
    expect(plain('x {q-twelve}', 'de')).toBe('x zwölf Raketen');
    expect(plain('x {q-twelve.value}', 'en')).toBe('x twelve');
    expect(plain('x {q-thirteen}', 'en')).toBe('x 13 missiles');
  });
  it('prints a period the source gives only a start for as "since …"', () => {
    expect(plain('x {q-since.period}', 'de')).toBe('x seit September 2023');
    expect(plain('x {q-since.period}', 'en')).toBe('x since September 2023');
  });
  it('{source.cite} names the source, "via" its copy, and links to it', () => {
    expect(plain('(laut {src-a.cite})', 'de')).toBe('(laut Agency A)');
    expect(plain('({src-b.cite})', 'en')).toBe('(Agency B, via Mirror)');
    const [, cite] = resolvePlaceholders('x {src-a.cite}', fixture, 'de');
    expect(cite).toMatchObject({ kind: 'figure', sourceId: 'src-a' });
    expect(() => resolvePlaceholders('{src-a} x', fixture, 'de')).toThrow(/cite it as/);
    expect(() => resolvePlaceholders('x {q-over.cite}', fixture, 'de')).toThrow(/source id/);
  });
});

describe('missing or wrong placeholders', () => {
  it('throw an error naming where, the placeholder and the missing id', () => {
    const run = () =>
      resolvePlaceholders(
        'Es kamen {troops-nowhere} an.',
        fixture,
        'de',
        'src/story/content/de.aml, step x',
      );
    expect(run).toThrow(PlaceholderError);
    expect(run).toThrow(
      'src/story/content/de.aml, step x: placeholder {troops-nowhere}: no figure or source with the id "troops-nowhere" in data/transfers.json',
    );
  });
  it('report unknown fields, numbers of unquantified figures and missing periods', () => {
    const problems = placeholderProblems(
      '{q-over.colour} {q-none.value} {q-about.period} {q-about.date} {report.title} {q-over}',
      fixture,
      'en',
    );
    expect(problems.map((p) => [p.placeholder.raw, p.message])).toEqual([
      [
        '{q-over.colour}',
        'unknown field ".colour" (use one of: .amount, .value, .period, .date, .cite, or none)',
      ],
      ['{q-none.value}', 'figure "q-none" has no number (it is not quantified)'],
      ['{q-about.period}', 'figure "q-about" has no period'],
      [
        '{q-about.date}',
        'figure "q-about" has no date (estimates have one; transfers only when announced)',
      ],
      ['{report.title}', '"report" has only the field ".date" ({report.date})'],
    ]);
  });
  it('findPlaceholders() gives offsets for error positions', () => {
    expect(findPlaceholders('ab {q-over} {x.value}')).toEqual([
      { raw: '{q-over}', id: 'q-over', field: undefined, offset: 3 },
      { raw: '{x.value}', id: 'x', field: 'value', offset: 12 },
    ]);
  });
});
