import { plural } from '../../../i18n/plural.js';
import type { CheckInMessages } from './it.js';

export const de: CheckInMessages = {
  checkIn: {
    title: 'Kontrolle am Eingang',
    entry: 'Buchungscode oder QR-Code',
    entryHint:
      'Lesen Sie den QR-Code mit dem Scanner oder der Kamera, oder geben Sie den Code ein (zum Beispiel ABCD-1234) und drücken Sie die Eingabetaste.',
    check: 'Prüfen',
    scan: 'QR mit der Kamera lesen',
    stopScan: 'Kamera schließen',
    camera: 'Kamerabild',
    cameraDenied: 'Die Kamera ist nicht verfügbar: geben Sie den Code ein.',
    invalidEntry:
      'Das ist kein Buchungscode: er hat 8 Buchstaben und Ziffern, zum Beispiel ABCD-1234.',
    checking: 'Wird geprüft…',
    verdicts: {
      valid: 'Gültig: Eintritt erlaubt',
      'too-early': 'Zu früh',
      'too-late': 'Zu spät',
      'other-day': 'Anderer Tag',
      cancelled: 'Storniert',
      'already-checked-in': 'Bereits eingetreten',
      'not-found': 'Nicht gefunden',
      forged: 'Nicht echt',
      unverified: 'Zu prüfen',
    },
    explain: {
      valid: 'Die Buchung gilt für heute, zu dieser Uhrzeit. Prüfen Sie den Ausweis.',
      'too-early': (start: string) =>
        `Der Termin ist um ${start} Uhr: Eintritt ab einer halben Stunde vorher.`,
      'too-late': (start: string) => `Der Termin war um ${start} Uhr.`,
      'other-day': (day: string) => `Die Buchung gilt für ${day}.`,
      cancelled: 'Diese Buchung wurde storniert.',
      'already-checked-in': (time: string) =>
        time ? `Eintritt bereits um ${time} Uhr erfasst.` : 'Eintritt bereits erfasst.',
      'not-found': 'Keine Buchung mit diesem Code. Prüfen Sie den Code erneut.',
      forged:
        'Die Signatur des QR-Codes ist ungültig: Die Bestätigung wurde verändert oder stammt nicht von diesem Amt.',
      unverified:
        'Ohne Netz kann ein eingegebener Code nicht geprüft werden: verlangen Sie den QR-Code. Der Eintritt wird geprüft, sobald das Netz zurück ist.',
    },
    holder: 'Name auf dem Ausweis',
    appointment: 'Termin',
    code: 'Code',
    offline:
      'Hier ohne Netz geprüft (Signatur und Uhrzeit): Der Eintritt wird erfasst, sobald die Verbindung zurück ist. Eine kürzliche Stornierung ist nicht sichtbar.',
    queued: plural('de', {
      one: '# Eintritt wartet auf Übermittlung',
      other: '# Eintritte warten auf Übermittlung',
    }),
    sendNow: 'Jetzt senden',
    synced: plural('de', { one: '# Eintritt übermittelt', other: '# Eintritte übermittelt' }),
    callBacks: plural('de', {
      one: '# Person zurückrufen',
      other: '# Personen zurückrufen',
    }),
    sent: {
      title: 'Eintritte ohne Netz: das Ergebnis',
      intro:
        'Das Netz ist zurück: Das ist das Ergebnis jedes Eintritts. Ist ein Eintritt nicht gültig, rufen Sie die Person an den Schalter zurück.',
      at: (time: string) => `um ${time} Uhr`,
      recorded: 'Erfasst',
      refused: 'Nicht erfasst',
      callBack: 'Person zurückrufen',
      dismiss: 'Liste schließen',
    },
    keyMissing:
      'Der Schlüssel zur Offline-Prüfung der QR-Codes ist noch nicht geladen: eine Verbindung ist nötig.',
  },
};
