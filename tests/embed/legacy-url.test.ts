import { describe, expect, it } from 'vitest';
import { legacyTarget, type ShownPage } from '../../src/embed/legacy-url.ts';

const states = ['phase-1', 'phase-2', 'phase-3', 'estimates'];
const germanDefault: ShownPage = {
  chart: 'troops',
  lang: 'de',
  state: 'phase-1',
  states,
  root: '../../',
};

describe('old query URLs', () => {
  it('move to the page of the language and state they ask for, keeping the rest of the query', () => {
    expect(legacyTarget('?lang=en', germanDefault)).toBe('../../embed/troops/en/');
    expect(legacyTarget('?lang=en&theme=dark&state=phase-2&childId=pym-0', germanDefault)).toBe(
      '../../embed/troops/en/phase-2/?theme=dark&childId=pym-0',
    );
    expect(legacyTarget('?state=ESTIMATES', germanDefault)).toBe('../../embed/troops/estimates/');
    expect(
      legacyTarget('?lang=de', {
        ...germanDefault,
        lang: 'en',
        state: 'phase-3',
        root: '../../../../',
      }),
    ).toBe('../../../../embed/troops/phase-3/');
  });

  it('stay where they are when the page already is the one asked for, or asks for nothing', () => {
    expect(legacyTarget('', germanDefault)).toBeNull();
    expect(legacyTarget('?theme=dark&childId=x', germanDefault)).toBeNull();
    expect(legacyTarget('?lang=de&state=phase-1', germanDefault)).toBeNull();
    expect(
      legacyTarget('?lang=en', { ...germanDefault, lang: 'en', root: '../../../' }),
    ).toBeNull();
  });

  it('ignore values that are not a language or a state of the chart', () => {
    expect(legacyTarget('?lang=xx&state=nope', germanDefault)).toBeNull();
    expect(legacyTarget('?lang=%3Cscript%3E&state=phase-2', germanDefault)).toBe(
      '../../embed/troops/phase-2/',
    );
    expect(legacyTarget('?state=../../evil', germanDefault)).toBeNull();
  });
});
