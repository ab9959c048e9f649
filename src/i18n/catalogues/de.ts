import { plural } from '../plural.js';
import type { Catalogue } from './it.js';

export const de: Catalogue = {
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    back: 'Zurück',
    next: 'Weiter',
    cancel: 'Abbrechen',
    confirm: 'Bestätigen',
    submit: 'Senden',
    edit: 'Ändern',
    print: 'Drucken',
    logIn: 'Anmelden',
    required: 'Pflichtfeld',
    optional: 'optional',
    today: 'Heute',
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    opensInNewWindow: '(öffnet in einem neuen Fenster)',
    notConfigured: 'Der Dienst ist nicht eingerichtet: Die Adresse des Backends fehlt.',
    errorSummaryTitle: 'Es gibt ein Problem',
    errorCount: plural('de', {
      one: 'Es gibt 1 Fehler zu korrigieren',
      other: 'Es gibt # Fehler zu korrigieren',
    }),
    freeSeats: plural('de', {
      '=0': 'Keine Plätze frei',
      one: '# Platz frei',
      other: '# Plätze frei',
    }),
    results: plural('de', { '=0': 'Keine Ergebnisse', one: '# Ergebnis', other: '# Ergebnisse' }),
    stepOf: (step, total) => `Schritt ${step} von ${total}`,
    slowTitle: 'Das dauert länger als gewöhnlich',
    slowText:
      'Der Dienst des Gerichts antwortet langsam. Sie können noch warten, es erneut versuchen oder aufgeben.',
    wait: 'Weiter warten',
    giveUp: 'Aufgeben',
    help: 'Wenn Sie Hilfe brauchen:',
  },
  status: {
    info: 'Information',
    success: 'Erfolgreich',
    warning: 'Achtung',
    error: 'Fehler',
  },
  apiErrors: {
    offline:
      'Ihr Gerät ist nicht mit dem Internet verbunden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    unreachable:
      'Der Dienst des Gerichts antwortet nicht. Das liegt nicht an Ihnen: Versuchen Sie es in einigen Minuten erneut.',
    timeout: 'Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.',
    conflict:
      'Die Daten haben sich inzwischen geändert. Aktualisieren Sie und versuchen Sie es erneut.',
    validation: 'Einige Angaben sind nicht gültig. Prüfen Sie sie und versuchen Sie es erneut.',
    'not-found': 'Wir haben nicht gefunden, was Sie gesucht haben.',
    unauthorized: 'Um fortzufahren, melden Sie sich mit SPID, CIE oder CNS an.',
    forbidden: 'Sie haben keine Berechtigung für diesen Vorgang.',
    quota: 'Sie haben die höchstzulässige Anzahl an Anfragen erreicht.',
    server: 'Der Dienst ist derzeit nicht verfügbar. Versuchen Sie es später erneut.',
    malformed: 'Der Dienst hat eine ungültige Antwort gesendet. Versuchen Sie es später erneut.',
    aborted: 'Sie haben das Warten beendet. Sie können es jetzt oder später erneut versuchen.',
  },
  dayStatus: {
    open: 'verfügbar',
    full: 'ausgebucht',
    closed: 'geschlossen',
    holiday: 'Feiertag',
    'outside-window': 'nicht buchbar',
  },
};
