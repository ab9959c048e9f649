import { plural } from '../../../i18n/plural.js';
import type { CertificateStatusMessages } from './it.js';

export const de: CertificateStatusMessages = {
  certificateStatus: {
    title: 'Wie weit ist mein Antrag auf eine Bescheinigung',
    intro:
      'Geben Sie die Nummer ein, die Sie mit dem Antrag erhalten haben, und das Geburtsdatum der Person.',
    number: 'Antragsnummer',
    numberHint: 'Wie LU-2026-000123: Sie steht in der Bestätigung des Antrags.',
    birthDate: 'Geburtsdatum der Person, die die Bescheinigung betrifft',
    birthDateHint: 'Wie 12/04/1985 (Tag/Monat/Jahr).',
    check: 'Prüfen',
    checking: 'Wird geprüft…',
    states: {
      received: 'Antrag eingegangen',
      'in-preparation': 'In Bearbeitung',
      ready: 'Bereit',
      collected: 'Abgeholt',
      cancelled: 'Storniert',
    },
    explain: {
      received: 'Antrag eingegangen: Das Amt wird ihn bearbeiten.',
      'in-preparation': (readyFrom: string) =>
        `In Bearbeitung: Das Amt stellt die Bescheinigung aus, bereit ab ${readyFrom}.`,
      ready: (readyFrom: string) => `Bereit: Sie können sie ab ${readyFrom} abholen.`,
      collected: 'Abgeholt: Die Bescheinigung wurde bereits ausgehändigt.',
      cancelled:
        'Storniert: Der Antrag gilt nicht mehr. Wenn Sie die Bescheinigung brauchen, stellen Sie einen neuen.',
    },
    numberLine: (number: string) => `Antrag ${number}`,
    certificates: plural('de', {
      one: '1 Bescheinigung beantragt.',
      other: '# Bescheinigungen beantragt.',
    }),
    updated: (date: string) => `Letzte Änderung: ${date}.`,
    notFound:
      'Wir finden keinen Antrag mit dieser Nummer und diesem Geburtsdatum: Prüfen Sie die Angaben.',
    tooMany: 'Zu viele Versuche mit falschen Angaben. Versuchen Sie es später noch einmal.',
    tooManyMinutes: plural('de', {
      one: 'Zu viele Versuche mit falschen Angaben. Versuchen Sie es in 1 Minute noch einmal.',
      other: 'Zu viele Versuche mit falschen Angaben. Versuchen Sie es in # Minuten noch einmal.',
    }),
    problems: {
      required: 'Dieses Feld ist erforderlich.',
      'number-format':
        'Geben Sie die Nummer wie in der Bestätigung ein, zum Beispiel LU-2026-000123.',
      'date-format': 'Geben Sie ein echtes Datum ein, wie 12/04/1985.',
      'date-future': 'Das Geburtsdatum kann nicht in der Zukunft liegen.',
    },
  },
};
