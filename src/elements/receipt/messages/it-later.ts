import { plural } from '../../../i18n/plural.js';

/** The Italian of the booking view, loaded on demand with it. */
export const itLater = {
  receipt: {
    status: {
      confirmed: 'Prenotazione confermata',
      cancelled: 'Prenotazione annullata',
      'checked-in': 'Ingresso già registrato',
      past: 'Appuntamento passato',
    },
    statusHint: {
      confirmed: 'Mostra questa ricevuta all’ingresso, stampata o sul telefono, con un documento.',
      cancelled: 'Il posto è stato liberato. Questa ricevuta non vale più per entrare.',
      'checked-in': 'Questa ricevuta è già stata usata all’ingresso.',
      past: 'La data di questo appuntamento è passata.',
    },
    cancelledOn: (when: string) => `Annullata il ${when}.`,
    checkedInAt: (when: string) => `Ingresso registrato alle ${when}.`,
    code: 'Codice prenotazione',
    holder: 'Intestata a',
    holderHint: 'All’ingresso ti chiederanno un documento con questo nome.',
    when: 'Data e ora',
    timeRange: (start: string, end: string) => `dalle ${start} alle ${end}`,
    officeTime: 'Ora italiana, quella dell’ufficio.',
    where: 'Dove',
    counter: 'Sportello',
    howToReach: 'Come arrivare',
    purpose: 'Motivo',
    acts: plural('it', { one: '# atto', other: '# atti' }),
    whatToBring: 'Cosa portare',
    contacts: 'Contatti dell’ufficio',
    phone: 'Telefono',
    qrLabel: 'Codice QR per l’ingresso',
    qrHint: 'All’ingresso il personale legge questo codice. Se non funziona, detta il codice.',
    actions: 'Cosa puoi fare',
    print: 'Stampa la ricevuta',
    addToCalendar: 'Aggiungi al calendario',
    changeDate: 'Cambia data',
    cancel: 'Annulla la prenotazione',
    cancelUntil: (when: string) => `Puoi annullare o cambiare data fino a ${when}.`,
    cancelClosed: (when: string) =>
      `Non è più possibile annullare o cambiare data online (il termine era ${when}): contatta l’ufficio.`,
    confirmTitle: 'Vuoi annullare la prenotazione?',
    confirmText: (code: string, when: string) =>
      `La prenotazione ${code} del ${when} sarà annullata e il posto sarà dato ad altri. Non si può tornare indietro.`,
    confirmYes: 'Sì, annulla la prenotazione',
    confirmNo: 'No, tienila',
    cancelling: 'Annullamento in corso…',
    cancelledNow: 'Prenotazione annullata. Il posto è stato liberato.',
    tooLateToCancel: 'Il termine per annullare online è scaduto. Per disdire contatta l’ufficio.',
    bookAgain: 'Prenota un nuovo appuntamento',
    changeTitle: 'Scegli la nuova data',
    changeHint:
      'La prenotazione attuale resta valida finché non confermi quella nuova: solo allora sarà annullata.',
    keepCurrent: 'Lascia la prenotazione com’è',
    changedNow: (oldCode: string) =>
      `Data cambiata. La prenotazione ${oldCode} è stata annullata; questa è la nuova ricevuta. Ti abbiamo mandato anche una email con il nuovo link.`,
    calendarSummary: (service: string) => `Appuntamento: ${service}`,
    calendarDescription: (code: string, purpose: string, until: string) =>
      `Codice prenotazione: ${code}\nMotivo: ${purpose}\nPorta la ricevuta con il codice QR e un documento.\nPer annullare o cambiare data apri il link dell’email di conferma, entro ${until}.`,
  },
};
