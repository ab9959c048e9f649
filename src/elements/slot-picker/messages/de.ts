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
    legendFree: 'N = freie Plätze',
    legendClosed: 'durchgestrichen = nicht buchbar',
    dayInfoHint:
      'Zeigen Sie auf einen durchgestrichenen Tag oder tippen Sie darauf, um den Grund zu sehen.',
    timesPlaceholder: 'Wählen Sie einen Tag: Hier erscheinen seine freien Uhrzeiten.',
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
    consentWithoutNotice: 'Ich willige in die Verarbeitung meiner Daten für die Buchung ein.',
    holderFixed:
      'Vorname, Nachname und Steuernummer sind die der Buchung, die Sie verschieben. Um für eine andere Person zu buchen, machen Sie bitte eine neue Buchung.',
    warnings: {
      'fiscal-name':
        'Die Steuernummer scheint nicht zu Vor- und Nachname zu passen: Bitte prüfen Sie sie, oder fahren Sie fort, wenn sie stimmt.',
    },
    continue: 'Weiter',
    problems: {
      required: 'Dieses Feld ist erforderlich.',
      'name-too-long': 'Schreiben Sie höchstens 80 Zeichen.',
      'text-too-long': 'Schreiben Sie höchstens 200 Zeichen.',
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
    doneEmailFinal: 'Wir haben Ihnen eine E-Mail mit der Übersicht gesendet.',
    cancelUntil: (when: string) =>
      `Sie können die Buchung bis ${when} online stornieren oder das Datum ändern.`,
    cancelClosedTitle: 'Diese Buchung kann nicht online storniert werden',
    cancelClosed: (when: string) =>
      `Die Frist zum Stornieren oder Ändern online ist bereits abgelaufen (${when}). Wenn Sie bestätigen und dann nicht kommen können, müssen Sie das Amt telefonisch oder per E-Mail benachrichtigen.`,
    newBooking: 'Neue Buchung',
    conflict:
      'Während Sie die Buchung abgeschlossen haben, wurde der letzte Platz zu dieser Uhrzeit vergeben. Ihre Daten sind gespeichert: Bitte wählen Sie eine andere Uhrzeit.',
    outsideWindow: 'Dieser Tag ist nicht mehr buchbar. Bitte wählen Sie einen anderen Tag.',
    quota: (active: number, perWeek: number | undefined) =>
      `An diesem Schalter darf jede Person ${active === 1 ? 'nur eine aktive Buchung' : `höchstens ${active} aktive Buchungen`} haben${perWeek ? ` und höchstens ${perWeek} pro Woche beim selben Amt vornehmen` : ''}. Wenn Sie bereits eine haben, können Sie sie über den Link in der Bestätigungs-E-Mail stornieren und dann neu buchen.`,
  },
};
