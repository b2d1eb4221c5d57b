/**
 * The newsroom page's words. The page is a tool for the desk, so each label carries both
 * languages ("Stand / Updated"); previews show the readers' words in their own language.
 */
export const S = {
  pageTitle: 'Newsroom: Vorschau, Daten, Einbettung / preview, data, embedding',
  intro:
    'Interne Arbeitsseite, nicht aus der Geschichte verlinkt und nicht für Suchmaschinen. Internal working page: not linked from the story, not indexed.',
  dataset: 'Datensatz / Dataset',
  valid: 'Gültig / Valid',
  checkedBuild: 'Geprüft beim Build / Checked at build',
  checkedDev: 'Geprüft vom Dev-Server beim Laden / Checked by the dev server on load',
  version: 'Version',
  updated: 'Stand / Updated',
  counts: {
    transfers: 'Lieferungen / transfers',
    totals: 'Summen / totals',
    estimates: 'Schätzungen / estimates',
    sources: 'Quellen / sources',
    places: 'Orte / places',
    routes: 'Routen / routes',
  },
  downloads: 'Ganzer Datensatz / Whole dataset',
  changelog: 'Was sich geändert hat / What changed',
  noChanges: 'Noch keine Einträge. / No entries yet.',
  charts: 'Grafiken / Charts',
  chartsHint:
    'Jede Grafik in jedem Zustand, deutsch und englisch, hell und dunkel. Every chart in every state, German and English, light and dark.',
  all: 'Alle / All',
  languages: 'Sprachen / Languages',
  themes: 'Farbschema / Theme',
  both: 'beide / both',
  light: 'hell / light',
  dark: 'dunkel / dark',
  state: 'Zustand / State',
  figures: 'Alle Zahlen / Every figure',
  figuresHint:
    'So stehen die Zahlen im Text; der Platzhalter setzt sie ein. How the figures read in the prose; the placeholder puts them there.',
  filter: 'Filtern / Filter',
  kind: { transfer: 'Lieferung', total: 'Summe', estimate: 'Schätzung' },
  prose: 'Text mit aktuellen Zahlen / Prose with current figures',
  proseHint:
    'Jeder Absatz der Geschichte, der Zahlen nennt, so wie er mit diesen Daten erscheint. Every paragraph of the story that cites figures, as it reads with this data.',
  proseMissing: 'Der Text der Geschichte ist noch nicht da. / The story copy is not there yet.',
  columns: {
    id: 'Id',
    kind: 'Art / Kind',
    de: 'Deutsch',
    en: 'English',
    placeholder: 'Platzhalter / Placeholder',
  },
} as const;
