import { plural } from '../../../i18n/plural.js';
import type { SlotPickerMessages } from './it.js';

export const de: SlotPickerMessages = {
  slotPicker: {
    title: 'Termin buchen',
    steps: {
      office: 'Amt wählen',
      service: 'Schalter wählen',
      day: 'Tag wählen',
      time: 'Uhrzeit wählen',
      details: 'Anliegen und persönliche Daten',
      review: 'Prüfen und bestätigen',
      done: 'Buchung bestätigt',
    },
    officeSearch: 'Nach Name oder Ort suchen',
    officeNone: 'Kein Amt entspricht der Suche.',
    officeKinds: {
      tribunale: 'Landesgerichte',
      procura: 'Staatsanwaltschaften',
      unep: 'Gerichtsvollzieher (UNEP)',
      'giudice-di-pace': 'Friedensgerichte',
      'corte-appello': 'Oberlandesgerichte',
      comune: 'Gemeinden',
    },
    serviceNone: 'Dieses Amt hat keine online buchbaren Schalter.',
    whatToBring: 'Mitzubringen',
    maxActs: plural('de', {
      one: 'Ein Schriftstück pro Buchung',
      other: 'Bis zu # Schriftstücke pro Buchung',
    }),
    calendar: 'Kalender',
    list: 'Liste',
    viewAs: 'Tage anzeigen als',
    noFreeDays:
      'Im buchbaren Zeitraum gibt es keine freien Tage. Versuchen Sie es in einigen Tagen erneut oder wenden Sie sich an das Amt.',
    windowHint: (first: string, last: string) => `Buchbar vom ${first} bis ${last}.`,
    gridHint: 'Mit den Pfeiltasten zwischen den Tagen wechseln, mit Eingabe wählen.',
    timeFor: (day: string) => `Uhrzeiten am ${day}`,
    places: (free: number, capacity: number) =>
      `${free} von ${capacity} ${capacity === 1 ? 'Platz' : 'Plätzen'} frei`,
    noSlots:
      'An diesem Tag gibt es keine freien Uhrzeiten mehr. Bitte wählen Sie einen anderen Tag.',
    officeTime: 'Die Uhrzeiten sind die des Amtes (italienische Zeit).',
    changeDay: 'Tag ändern',
    purpose: 'Anliegen',
    purposeHint: 'Die Kanzlei sieht es vorab und kann sich vorbereiten.',
    choose: 'Bitte wählen…',
    purposeText: 'Beschreiben Sie kurz Ihr Anliegen',
    acts: 'Anzahl der Schriftstücke',
    actsHint: (max: number) => `Von 1 bis ${max}.`,
    givenName: 'Vorname',
    familyName: 'Nachname',
    fiscalCode: 'Steuernummer (codice fiscale)',
    fiscalCodeHint: '16 Zeichen, wie auf der Gesundheitskarte.',
    email: 'E-Mail',
    emailHint: 'Wir senden Ihnen die Bestätigung und einen Link zum Stornieren.',
    phone: 'Telefon',
    consent:
      'Ich habe die Datenschutzerklärung gelesen und willige in die Verarbeitung meiner Daten für die Buchung ein.',
    privacyLink: 'Datenschutzerklärung',
    continue: 'Weiter',
    problems: {
      required: 'Dieses Feld ist erforderlich.',
      'too-long': 'Der Text ist zu lang.',
      invalid: 'Der Wert ist ungültig.',
      email: 'Geben Sie eine vollständige E-Mail-Adresse ein, z. B. name@beispiel.it.',
      phone: 'Nur Ziffern, Leerzeichen und ein führendes + verwenden.',
      acts: 'Diese Anzahl an Schriftstücken ist an diesem Schalter nicht zulässig.',
      'fiscal-length': 'Die Steuernummer hat 16 Zeichen (11 Ziffern, wenn vorläufig).',
      'fiscal-format':
        'Die Steuernummer hat nicht die richtige Form: Buchstaben und Ziffern prüfen.',
      'fiscal-date': 'Das Geburtsdatum in der Steuernummer existiert nicht.',
      'fiscal-check': 'Das letzte Zeichen passt nicht: wahrscheinlich ein Tippfehler.',
      consent: 'Für die Buchung ist die Einwilligung in die Datenverarbeitung nötig.',
    },
    labels: {
      office: 'Amt',
      service: 'Schalter',
      when: 'Wann',
      purpose: 'Anliegen',
      acts: 'Schriftstücke',
      person: 'Person',
      contacts: 'Kontakt',
    },
    confirm: 'Buchung bestätigen',
    confirming: 'Buchung wird gesendet…',
    doneEmail:
      'Wir haben Ihnen eine E-Mail mit der Übersicht und einem Link zum Stornieren gesendet.',
    newBooking: 'Neue Buchung',
    conflict:
      'Während Sie die Buchung abgeschlossen haben, wurde der letzte Platz zu dieser Uhrzeit vergeben. Ihre Daten sind gespeichert: Bitte wählen Sie eine andere Uhrzeit.',
    outsideWindow: 'Dieser Tag ist nicht mehr buchbar. Bitte wählen Sie einen anderen Tag.',
    quota: (active: number, perWeek: number | undefined) =>
      `An diesem Schalter darf jede Person ${active === 1 ? 'nur eine aktive Buchung' : `höchstens ${active} aktive Buchungen`} haben${perWeek ? ` und höchstens ${perWeek} pro Woche beim selben Amt vornehmen` : ''}. Wenn Sie bereits eine haben, können Sie sie über den Link in der Bestätigungs-E-Mail stornieren und dann neu buchen.`,
  },
};
