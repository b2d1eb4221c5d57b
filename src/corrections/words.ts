/** The words of correction notices, in both languages, shared by the story and the embeds. */
import type { Lang } from '../lib/i18n.ts';

export const CORRECTION_WORDS = {
  de: {
    heading: 'Korrekturen',
    intro:
      'Was wir falsch veröffentlicht hatten und richtiggestellt haben. Aktualisierungen mit neuen Zahlen stehen unter „Was sich geändert hat“.',
    corrected: 'Korrigiert am',
    wrong: 'Falsch war:',
    right: 'Richtig ist:',
    records: 'Datensätze:',
    removed: 'entfernt:',
    seeAll: 'Zu den Korrekturen',
    count: (n: number) => (n === 1 ? 'eine Korrektur' : `${n} Korrekturen`),
    details: 'Was falsch war, was richtig ist',
    kind: { correction: 'Korrektur', update: 'Aktualisierung' },
  },
  en: {
    heading: 'Corrections',
    intro:
      'What we had published wrongly and have set right. Updates with new figures are listed under “What changed”.',
    corrected: 'Corrected on',
    wrong: 'What was wrong:',
    right: 'What is right:',
    records: 'Records:',
    removed: 'removed:',
    seeAll: 'See the corrections',
    count: (n: number) => (n === 1 ? 'one correction' : `${n} corrections`),
    details: 'What was wrong, what is right',
    kind: { correction: 'Correction', update: 'Update' },
  },
} as const satisfies Record<Lang, unknown>;
