import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../src/charts/meta.ts';
import { splitBlocks } from '../../src/story/content/blocks.ts';
import type { StoryStep } from '../../src/story/content/content.ts';
import { indexSteps } from '../../src/story/content/steps.ts';

describe('splitBlocks()', () => {
  it('splits paragraphs on blank lines and joins soft line breaks', () => {
    expect(splitBlocks('Eins\nzwei.\n\n  \nDrei.')).toEqual([
      { kind: 'paragraph', text: 'Eins zwei.' },
      { kind: 'paragraph', text: 'Drei.' },
    ]);
  });
  it('makes a list of a block whose lines all start with "- "', () => {
    expect(splitBlocks('Vorher:\n\n- eins\n- zwei {q-over}\n\nNachher')).toEqual([
      { kind: 'paragraph', text: 'Vorher:' },
      { kind: 'list', items: ['eins', 'zwei {q-over}'] },
      { kind: 'paragraph', text: 'Nachher' },
    ]);
    expect(splitBlocks('- eins\nkein Punkt')).toEqual([
      { kind: 'paragraph', text: '- eins kein Punkt' },
    ]);
  });
  it('returns nothing for empty text', () => {
    expect(splitBlocks('  \n\n ')).toEqual([]);
  });
});

describe('indexSteps()', () => {
  const step = (id: string, chart: StoryStep['chart'], state = ''): StoryStep => ({
    id,
    chart,
    state,
    text: id,
    alt: '',
  });
  const troopsDefault = chartMeta.troops.states[0]?.id;
  const missilesSecond = chartMeta.missiles.states[1]?.id ?? '';

  it('numbers steps across sections and resolves empty or unknown states to the default', () => {
    const steps = indexSteps({
      sections: [
        {
          id: 'a',
          heading: 'A',
          label: '',
          steps: [step('s1', 'troops'), step('s2', 'troops', 'nope')],
        },
        { id: 'b', heading: 'B', label: '', steps: [step('s3', 'missiles', missilesSecond)] },
      ],
    });
    expect(steps.map((s) => [s.index, s.id, s.sectionId, s.resolvedState])).toEqual([
      [0, 's1', 'a', troopsDefault],
      [1, 's2', 'a', troopsDefault],
      [2, 's3', 'b', missilesSecond],
    ]);
  });

  it('puts a static figure after the first step of each run of one chart state', () => {
    const steps = indexSteps({
      sections: [
        {
          id: 'a',
          heading: 'A',
          label: '',
          steps: [
            step('s1', 'troops'),
            step('s2', 'troops'),
            step('s3', 'missiles'),
            step('s4', 'troops'),
          ],
        },
      ],
    });
    expect(steps.map((s) => s.showsNewFigure)).toEqual([true, false, true, true]);
    // The `#<chart id>` anchor embeds link to sits on the first step of each chart only.
    expect(steps.map((s) => s.firstOfChart)).toEqual([true, false, true, false]);
  });
});
