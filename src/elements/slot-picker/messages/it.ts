import type { itLater } from './it-later.js';
import type { itOffice } from './office.js';
import { plural } from '../../../i18n/plural.js';

export const it = {
  slotPicker: {
    title: 'Prenota un appuntamento',
    steps: {
      office: "Scegli l'ufficio",
      service: 'Scegli lo sportello',
      day: 'Scegli il giorno',
      time: "Scegli l'orario",
      details: 'Motivo e dati personali',
      review: 'Controlla e conferma',
      done: 'Prenotazione confermata',
    },
    serviceNone: 'Questo ufficio non ha sportelli prenotabili online.',
    whatToBring: 'Cosa portare',
    maxActs: plural('it', {
      one: 'Un atto per prenotazione',
      other: 'Fino a # atti per prenotazione',
    }),
    calendar: 'Calendario',
    list: 'Elenco',
    viewAs: 'Mostra i giorni come',
    noFreeDays:
      "Non ci sono giorni liberi nel periodo prenotabile. Riprova nei prossimi giorni o contatta l'ufficio.",
    windowHint: (first: string, last: string) => `Si può prenotare dal ${first} al ${last}.`,
    gridHint: 'Usa le frecce per spostarti tra i giorni, Invio per scegliere.',
    legendFree: 'N = posti liberi',
    legendClosed: 'barrato = non prenotabile',
    dayInfoHint: 'Passa sopra un giorno barrato o toccalo per sapere perché.',
    timesPlaceholder: 'Scegli un giorno: qui compaiono i suoi orari liberi.',
  },
};

/** Every message of the slot picker: the first screen's and those of the steps loaded on demand. */
export type SlotPickerMessages = typeof it & typeof itLater & typeof itOffice;
