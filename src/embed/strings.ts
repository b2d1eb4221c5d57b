/** The interface words of embeds, their actions and the embed dialog, in both languages. */
import type { Lang } from '../lib/i18n.ts';

export const EMBED_STRINGS = {
  de: {
    updated: 'Stand',
    changes: 'Was sich geändert hat',
    story: 'Zur ganzen Geschichte',
    newWindow: '(öffnet in neuem Fenster)',
    getData: 'Daten herunterladen',
    saveImage: 'Bild speichern',
    imageFailed: 'Das Bild konnte nicht erstellt werden.',
    embed: 'Einbetten',
    embedTitle: 'Grafik einbetten',
    embedIntro:
      'Kopieren Sie den Code in Ihr CMS. Die Grafik passt ihre Höhe selbst an und folgt Sprache, Farbschema und Zustand, die Sie hier wählen.',
    language: 'Sprache',
    theme: 'Farbschema',
    themes: {
      host: 'wie die Seite (hell, wenn sie nichts angibt)',
      light: 'immer hell',
      dark: 'immer dunkel',
      auto: 'wie das Gerät der Leser',
    },
    state: 'Zustand',
    snippet: 'Code mit automatischer Höhe (empfohlen)',
    fallback: 'Nur iframe, feste Höhe (falls Ihr CMS Skripte entfernt)',
    amp: 'Für AMP-Seiten (amp-iframe, nur mit https)',
    ampWords: { more: 'Ganze Grafik zeigen', loading: 'Grafik wird geladen …' },
    copy: 'Kopieren',
    copied: 'Code kopiert.',
    copyFailed: 'Kopieren nicht möglich: Bitte markieren und selbst kopieren.',
    close: 'Schließen',
    preview: 'Vorschau',
    heightNote: (px: number) =>
      `Feste Höhe ${px} px: Bei jeder Breite von 280 bis 1280 px wird nichts abgeschnitten.`,
    langNames: { de: 'Deutsch', en: 'Englisch' },
    siteTitle: 'Grafik',
  },
  en: {
    updated: 'Updated',
    changes: 'What changed',
    story: 'Read the full story',
    newWindow: '(opens in a new window)',
    getData: 'Get the data',
    saveImage: 'Save image',
    imageFailed: 'The image could not be created.',
    embed: 'Embed',
    embedTitle: 'Embed this chart',
    embedIntro:
      'Copy the code into your CMS. The chart sizes its own height and keeps the language, theme and state you choose here.',
    language: 'Language',
    theme: 'Theme',
    themes: {
      host: 'like the page (light unless it says otherwise)',
      light: 'always light',
      dark: 'always dark',
      auto: "follow the reader's device",
    },
    state: 'State',
    snippet: 'Code with automatic height (recommended)',
    fallback: 'iframe only, fixed height (if your CMS strips scripts)',
    amp: 'For AMP pages (amp-iframe, https only)',
    ampWords: { more: 'Show the whole chart', loading: 'Loading the chart …' },
    copy: 'Copy',
    copied: 'Code copied.',
    copyFailed: 'Copying failed: please select the code and copy it yourself.',
    close: 'Close',
    preview: 'Preview',
    heightNote: (px: number) =>
      `Fixed height ${px} px: nothing is cut off at any width from 280 to 1280 px.`,
    langNames: { de: 'German', en: 'English' },
    siteTitle: 'Chart',
  },
} as const satisfies Record<Lang, unknown>;

export type EmbedStrings = (typeof EMBED_STRINGS)[Lang];
