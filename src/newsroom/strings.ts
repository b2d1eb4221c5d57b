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
  update: {
    title: 'Daten aktualisieren / Update the data',
    hint: 'Die Tabelle herunterladen, in Excel, LibreOffice oder Numbers ändern, speichern und hier ablegen. Sie wird hier im Browser geprüft und mit den aktuellen Daten verglichen; nichts verlässt den Browser. Download the sheet, edit it in a spreadsheet, save it and drop it here; it is checked and compared in this browser, nothing is uploaded.',
    sheets: 'Tabelle zum Bearbeiten / Sheet to edit',
    csvNote: 'CSV für deutsches Excel (Semikolon) / CSV for German Excel (semicolons)',
    choose: 'Datei wählen / Choose a file',
    drop: 'oder hierher ziehen / or drop it here',
    kind: 'Art der Änderung / Kind of change',
    kindUpdate: 'Aktualisierung / update',
    kindCorrection: 'Korrektur / correction',
    merge:
      'Älteren Export zusammenführen (nur die geänderten Zellen übernehmen) / Merge an older export (apply only the cells it changed)',
    reading: 'Wird gelesen und geprüft … / Reading and checking …',
    problems: 'Probleme – nichts wurde übernommen / Problems – nothing was taken',
    stale: 'Seit diesem Export geändert / Changed since this export',
    staleCells:
      'Zellen Ihrer Zeilen, die sich seitdem geändert haben / Cells of your rows changed since',
    noChanges: 'Keine Änderungen gegenüber den aktuellen Daten. / No changes to the current data.',
    changes: 'Änderungen / Changes',
    entry: 'Eintrag für „Was sich geändert hat“ / Changelog entry',
    download: 'Herunterladen / Download',
    publish:
      'Veröffentlichen: die Datei an die Chefin/den Chef vom Dienst geben, die/der sie mit „npm run data:apply -- DATEI“ übernimmt, committet und baut. Eine Datei, die auf einer älteren Version beruht, wird dabei abgelehnt. To publish, hand the file to the desk editor, who applies it with “npm run data:apply -- FILE”, commits and builds; a file based on an older version is refused.',
    basedOn: 'Beruht auf Version / Based on version',
    compareCharts: 'Grafiken vorher – nachher / Charts before – after',
    compareProse: 'Text vorher – nachher / Prose before – after',
    before: 'Vorher / Before',
    after: 'Nachher / After',
    changed: 'geändert / changed',
    unchanged: 'unverändert / unchanged',
    language: 'Sprache / Language',
  },
  columns: {
    id: 'Id',
    kind: 'Art / Kind',
    de: 'Deutsch',
    en: 'English',
    placeholder: 'Platzhalter / Placeholder',
  },
} as const;
