import type { itLater } from './it-later.js';
export const it = {
  receipt: {
    title: 'La tua prenotazione',
    missing: 'Manca il codice della prenotazione. Apri il link che trovi nell’email di conferma.',
    notFound:
      'Non troviamo una prenotazione con questo codice. Controlla il link nell’email di conferma: se l’hai copiato a mano, potrebbe mancare una parte.',
    wrongToken:
      'Il link non è valido per questa prenotazione: forse è incompleto. Aprilo di nuovo dall’email di conferma.',
  },
};

/** Every message of the receipt: the first screen's and those of the booking view, loaded on demand. */
export type ReceiptMessages = typeof it & typeof itLater;
