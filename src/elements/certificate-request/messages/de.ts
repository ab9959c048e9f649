import { plural } from '../../../i18n/plural.js';
import { placeFieldMessagesDe } from '../place-field-messages.js';
import type { CertificateRequestMessages } from './it.js';

export const de: CertificateRequestMessages = {
  certificateRequest: {
    title: 'Bescheinigung aus dem Strafregister beantragen',
    steps: {
      office: 'Amt wählen',
      what: 'Welche Bescheinigung Sie brauchen',
      who: 'Für wen die Bescheinigung ist',
      collection: 'Wie Sie sie erhalten',
      review: 'Prüfen und bestätigen',
      done: 'Antrag gesendet',
    },
    officeSearch: 'Nach Name oder Ort suchen',
    officeNone: 'Keine Staatsanwaltschaft (Procura) entspricht der Suche.',
    noCertificates: 'Dieses Amt stellt keine Bescheinigungen online aus.',
    types: 'Bescheinigungen',
    typesHint: 'Sie können mehrere wählen: Jede hat ihre eigenen Kosten.',
    use: 'Wofür Sie die Bescheinigung brauchen',
    useHint:
      'Je nach angegebenem Zweck müssen Sie die Stempelmarke (marca da bollo) oder die Gebühren eventuell nicht bezahlen.',
    choose: 'Bitte wählen…',
    urgent: 'Dringend: noch am selben Tag fertig',
    urgentHint: (fee: string) => `Das kostet ${fee} mehr pro Bescheinigung.`,
    normalHint: plural('de', {
      one: 'Ohne Dringlichkeit ist sie nach 1 Arbeitstag fertig.',
      other: 'Ohne Dringlichkeit ist sie nach # Arbeitstagen fertig.',
    }),
    feesTitle: 'Was es kostet',
    feesNone: 'Wählen Sie mindestens eine Bescheinigung, um die Kosten zu sehen.',
    stampLine: (count: number, each: string, total: string) =>
      `${count === 1 ? '1 Stempelmarke (marca da bollo)' : `${count} Stempelmarken (marche da bollo)`} zu ${each}: ${total}`,
    rightsLine: (count: number, each: string, total: string) =>
      `Gebühren für die Bescheinigung, ${count} × ${each}: ${total}`,
    urgencyLine: (count: number, each: string, total: string) =>
      `Gebühren für die Dringlichkeit, ${count} × ${each}: ${total}`,
    exemptStamp: 'Keine Stempelmarke nötig',
    exemptRights: 'Keine Gebühren zu zahlen',
    exemptBoth: 'Keine Stempelmarke und keine Gebühren',
    total: (total: string) => `Insgesamt zu zahlen: ${total}`,
    totalParts: (parts: string[]) => `(${parts.join(' + ')})`,
    stampPart: (count: number, each: string) =>
      `${count === 1 ? '1 Stempelmarke' : `${count} Stempelmarken`} zu ${each}`,
    rightsPart: (amount: string) => `Gebühren ${amount}`,
    urgencyPart: (amount: string) => `Dringlichkeit ${amount}`,
    nothingToPay: 'Es ist nichts zu bezahlen.',
    stampToBring:
      'Die Stempelmarke kaufen Sie im Tabakladen (tabaccheria) und bringen sie zum Schalter mit: Sie kann nicht online bezahlt werden.',
    rightsPagoPa:
      'Die Gebühren zahlen Sie mit pagoPA: Die Zahlungsmitteilung erhalten Sie nach der Bestätigung.',
    rightsCounter: 'Die Gebühren zahlen Sie bei der Abholung am Schalter.',
    next: 'Weiter',
    place: placeFieldMessagesDe,
    whoHint: 'Die Daten der Person, auf die sich die Bescheinigung bezieht, wie im Ausweis.',
    familyName: 'Nachname',
    givenName: 'Vorname',
    sex: 'Geschlecht',
    sexes: { F: 'Weiblich', M: 'Männlich' },
    birthDate: 'Geburtsdatum',
    birthDateHint: 'Tag.Monat.Jahr, zum Beispiel 12.04.1985.',
    fiscalCode: 'Codice fiscale (Steuernummer)',
    fiscalCodeHint: 'Freiwillige Angabe. 16 Zeichen, wie auf der Gesundheitskarte.',
    filledFromCode:
      'Geburtsdatum, Geschlecht und Geburtsort haben wir aus dem Codice fiscale ergänzt.',
    mismatch: {
      familyName: (name: string, expected: string) =>
        `Die Buchstaben des Nachnamens passen nicht: Für ${name} erwarten wir ${expected}.`,
      givenName: (name: string, expected: string) =>
        `Die Buchstaben des Vornamens passen nicht: Für ${name} erwarten wir ${expected}.`,
      birthDate: (expected: string, found: string) =>
        `Das Geburtsdatum passt nicht: Wir erwarten ${expected}, im Code steht ${found}.`,
      sex: 'Das Geschlecht passt nicht: Bei Frauen ist im Code der Geburtstag um 40 erhöht.',
      birthPlaceCode: (expected: string, found: string) =>
        `Der Geburtsort passt nicht: Wir erwarten den Code ${expected}, im Codice fiscale steht ${found}.`,
    },
    collectionHint: 'Wählen Sie, wie Sie die Bescheinigung erhalten möchten.',
    collectionKinds: {
      counter: 'Ich hole sie selbst am Schalter ab',
      delegate: 'Eine andere Person holt sie mit meiner Vollmacht ab',
      pec: 'Ich erhalte sie per zertifizierter E-Mail (PEC)',
    },
    delegate: 'Die bevollmächtigte Person',
    delegateFamilyName: 'Nachname der bevollmächtigten Person',
    delegateGivenName: 'Vorname der bevollmächtigten Person',
    documentType: 'Ausweis, den sie vorzeigen wird',
    documentTypes: {
      'carta-identita': 'Personalausweis',
      passaporto: 'Reisepass',
      patente: 'Führerschein',
    },
    documentNumber: 'Nummer des Ausweises',
    pec: 'Adresse der zertifizierten E-Mail (PEC)',
    pecHint: 'Ein zertifiziertes E-Mail-Postfach, zum Beispiel name@pec.it.',
    email: 'Ihre E-Mail-Adresse',
    emailHint: 'Wir senden Ihnen die Bestätigung mit der Antragsnummer.',
    consent:
      'Ich habe die Datenschutzerklärung gelesen und willige in die Verarbeitung der Daten für den Antrag ein.',
    consentWithoutNotice: 'Ich willige in die Verarbeitung der Daten für den Antrag ein.',
    privacyLink: 'Datenschutzerklärung',
    labels: {
      office: 'Amt',
      certificates: 'Bescheinigungen',
      use: 'Zweck',
      urgent: 'Dringend',
      person: 'Person',
      collection: 'Erhalt',
      email: 'E-Mail',
      fees: 'Kosten',
    },
    yes: 'Ja',
    no: 'Nein',
    edit: 'Ändern',
    confirm: 'Antrag bestätigen',
    confirming: 'Antrag wird gesendet…',
    number: 'Antragsnummer',
    readyFrom: (date: string) => `Bereit ab ${date}.`,
    where: 'Wo Sie sie abholen',
    hours: 'Öffnungszeiten',
    hoursLine: (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
    bring: 'Mitzubringen',
    bringId: 'Ein gültiger Ausweis der Person, die abholt.',
    bringStamps: (count: number, each: string) =>
      `${count === 1 ? 'Eine Stempelmarke (marca da bollo)' : `${count} Stempelmarken (marche da bollo)`} zu ${each}.`,
    bringDelegation:
      'Die unterschriebene Vollmacht und eine Kopie des Ausweises der Person, die sie unterschrieben hat.',
    bringRights: (amount: string) => `${amount} für die Gebühren, zu zahlen am Schalter.`,
    pecSent: (pec: string) => `Die Bescheinigung wird an ${pec} gesendet.`,
    payment: 'Zahlung der Gebühren mit pagoPA',
    noticeCode: 'Code der Zahlungsmitteilung',
    dueDate: (date: string) => `Zu zahlen bis zum ${date}.`,
    pay: (amount: string) => `${amount} mit pagoPA bezahlen`,
    printRequest: 'Antragsformular drucken',
    printDelegation: 'Vollmacht zum Unterschreiben drucken',
    requestForm: 'Antrag auf eine Bescheinigung aus dem Strafregister',
    delegationForm: 'Vollmacht zur Abholung der Bescheinigung',
    delegationText: (holder: string, delegate: string, document: string) =>
      `Ich, ${holder}, bevollmächtige ${delegate}, ${document}, die unten angegebenen Bescheinigungen in meinem Namen abzuholen.`,
    signature: 'Unterschrift',
    placeAndDate: 'Ort und Datum',
    newRequest: 'Neuer Antrag',
    whatProblems: {
      required: 'Dieses Feld ist erforderlich.',
      certificates: 'Wählen Sie mindestens eine Bescheinigung.',
      'not-allowed': 'Diese Auswahl ist bei diesem Amt nicht mehr verfügbar.',
    },
    problems: {
      required: 'Dieses Feld ist erforderlich.',
      'name-too-long': 'Schreiben Sie höchstens 80 Zeichen.',
      'date-format': 'Schreiben Sie das Datum als Tag.Monat.Jahr, zum Beispiel 12.04.1985.',
      'date-future': 'Das Geburtsdatum kann nicht in der Zukunft liegen.',
      'date-too-old': 'Prüfen Sie das Geburtsjahr.',
      'not-valid-at-date':
        'Diesen Ort gab es am Geburtsdatum nicht: Suchen Sie den Namen, den er damals hatte.',
      unknown: 'Diesen Ort kennen wir nicht: Prüfen Sie den Namen oder den Code.',
      email: 'Geben Sie eine vollständige E-Mail-Adresse ein, z. B. name@beispiel.it.',
      'document-number': 'Geben Sie die Nummer des Ausweises ein: 5 bis 20 Buchstaben und Ziffern.',
      'fiscal-length': 'Der Codice fiscale hat 16 Zeichen.',
      'fiscal-format':
        'Der Codice fiscale hat nicht die richtige Form: Prüfen Sie Buchstaben und Ziffern.',
      'fiscal-date': 'Das Geburtsdatum im Codice fiscale existiert nicht.',
      'fiscal-check': 'Das letzte Zeichen passt nicht: Wahrscheinlich ist es ein Tippfehler.',
      mismatch: 'Der Codice fiscale passt nicht zu den anderen Angaben.',
      invalid: 'Der Wert ist ungültig.',
      consent: 'Um den Antrag zu senden, ist die Einwilligung in die Datenverarbeitung nötig.',
      quota:
        'Diese Person hat bei diesem Amt bereits zu viele offene Anträge: Holen Sie zuerst die fertigen ab, bevor Sie neue stellen.',
      changed: 'Das Amt hat sein Angebot geändert: Prüfen Sie Ihre Auswahl bitte erneut.',
    },
  },
};
