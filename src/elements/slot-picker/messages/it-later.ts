import type { FieldProblem, FieldWarning } from '../form-state.js';

/** The Italian of the steps loaded on demand (times, form, review, confirmation). */
export const itLater = {
  slotPicker: {
    conflict:
      "Mentre completavi la prenotazione l'ultimo posto di questo orario è stato preso. I tuoi dati sono salvati: scegli un altro orario.",
    outsideWindow: 'Questo giorno non è più prenotabile. Scegli un altro giorno.',
    quota: (active: number, perWeek: number | undefined) =>
      `Per questo sportello ogni persona può avere ${active === 1 ? 'una sola prenotazione attiva' : `al massimo ${active} prenotazioni attive`}${perWeek ? ` e farne al massimo ${perWeek} a settimana nello stesso ufficio` : ''}. Se ne hai già una, puoi annullarla con il link nella email di conferma e poi prenotare di nuovo.`,
    timeFor: (day: string) => `Orari di ${day}`,
    places: (free: number, capacity: number) =>
      `${free} ${free === 1 ? 'posto' : 'posti'} su ${capacity}`,
    noSlots: 'In questo giorno non ci sono più orari liberi. Scegli un altro giorno.',
    officeTime: "Gli orari sono quelli dell'ufficio (ora italiana).",
    changeDay: 'Cambia giorno',
    purpose: 'Motivo della visita',
    purposeHint: 'La cancelleria lo vede in anticipo per prepararsi.',
    choose: 'Scegli…',
    purposeText: 'Descrivi brevemente il motivo',
    acts: 'Numero di atti',
    actsHint: (max: number) => `Da 1 a ${max}.`,
    givenName: 'Nome',
    familyName: 'Cognome',
    fiscalCode: 'Codice fiscale',
    fiscalCodeHint: '16 caratteri, come sulla tessera sanitaria.',
    email: 'Email',
    emailHint: 'Ti mandiamo la conferma e il link per annullare.',
    phone: 'Telefono',
    consent:
      'Ho letto l’informativa sulla privacy e acconsento al trattamento dei dati per la prenotazione.',
    privacyLink: 'Informativa sulla privacy',
    consentWithoutNotice: 'Acconsento al trattamento dei miei dati per la prenotazione.',
    holderFixed:
      "Nome, cognome e codice fiscale sono quelli della prenotazione che stai spostando. Per prenotare per un'altra persona fai una nuova prenotazione.",
    warnings: {
      'fiscal-name':
        'Il codice fiscale non sembra corrispondere a nome e cognome: controlla, oppure continua se è corretto.',
    } satisfies Record<FieldWarning, string>,
    continue: 'Continua',
    problems: {
      required: 'Questo campo è obbligatorio.',
      'name-too-long': 'Scrivi al massimo 80 caratteri.',
      'text-too-long': 'Scrivi al massimo 200 caratteri.',
      invalid: 'Il valore non è valido.',
      email: 'Scrivi un indirizzo email completo, come nome@esempio.it.',
      phone: 'Scrivi solo cifre, spazi e il prefisso +.',
      acts: 'Il numero di atti non è ammesso per questo sportello.',
      'fiscal-length': 'Il codice fiscale ha 16 caratteri (11 cifre se provvisorio).',
      'fiscal-format': 'Il codice fiscale non ha la forma giusta: controlla lettere e numeri.',
      'fiscal-date': 'La data di nascita contenuta nel codice fiscale non esiste.',
      'fiscal-check':
        'L’ultimo carattere non corrisponde: probabilmente c’è un errore di battitura.',
      consent: 'Per prenotare serve il consenso al trattamento dei dati.',
    } satisfies Record<FieldProblem, string>,
    labels: {
      office: 'Ufficio',
      service: 'Sportello',
      when: 'Quando',
      purpose: 'Motivo',
      acts: 'Atti',
      person: 'Persona',
      contacts: 'Contatti',
    },
    confirm: 'Conferma la prenotazione',
    confirming: 'Invio della prenotazione…',
    doneEmail: 'Ti abbiamo mandato una email con il riepilogo e il link per annullare.',
    doneEmailFinal: 'Ti abbiamo mandato una email con il riepilogo.',
    cancelUntil: (when: string) => `Potrai annullare o cambiare data online fino a ${when}.`,
    cancelClosedTitle: 'Questa prenotazione non si potrà annullare online',
    cancelClosed: (when: string) =>
      `Il termine per annullare o cambiare data online è già passato (${when}). Se confermi e poi non puoi venire, dovrai avvisare l’ufficio per telefono o email.`,
    newBooking: 'Nuova prenotazione',
  },
};
