import { plural } from '../../../i18n/plural.js';
import type { itLater } from './it-later.js';

export const it = {
  checkIn: {
    title: 'Verifica all’ingresso',
    entry: 'Codice prenotazione o codice QR',
    entryHint:
      'Leggi il codice QR con il lettore o la fotocamera, oppure scrivi il codice (per esempio ABCD-1234) e premi Invio.',
    check: 'Verifica',
    scan: 'Leggi il QR con la fotocamera',
    stopScan: 'Chiudi la fotocamera',
    camera: 'Inquadratura della fotocamera',
    cameraDenied: 'La fotocamera non è disponibile: scrivi il codice.',
    invalidEntry:
      'Questo non è un codice di prenotazione: ha 8 lettere e cifre, per esempio ABCD-1234.',
    checking: 'Verifica in corso…',
    verdicts: {
      valid: 'Valida: può entrare',
      'too-early': 'Troppo presto',
      'too-late': 'Troppo tardi',
      'other-day': 'Un altro giorno',
      cancelled: 'Annullata',
      'already-checked-in': 'Già entrato',
      'not-found': 'Non trovata',
      forged: 'Non autentica',
      unverified: 'Da verificare',
    },
    explain: {
      valid: 'La prenotazione è per oggi, a quest’ora. Controlla il documento.',
      'too-early': (start: string) => `L’appuntamento è alle ${start}: si entra da mezz’ora prima.`,
      'too-late': (start: string) => `L’appuntamento era alle ${start}.`,
      'other-day': (day: string) => `La prenotazione è per ${day}.`,
      cancelled: 'Questa prenotazione è stata annullata.',
      'already-checked-in': (time: string) =>
        time ? `Ingresso già registrato alle ${time}.` : 'Ingresso già registrato.',
      'not-found': 'Nessuna prenotazione con questo codice. Ricontrolla il codice.',
      forged:
        'La firma del codice QR non è valida: la ricevuta è stata alterata o non è di questo ufficio.',
      unverified:
        'Senza rete un codice scritto non si può controllare: chiedi il codice QR. L’ingresso sarà verificato quando torna la rete.',
    },
    holder: 'Nome sul documento',
    appointment: 'Appuntamento',
    code: 'Codice',
    offline:
      'Verificato sul posto senza rete (firma e orario): l’ingresso sarà registrato quando torna la connessione. Un annullamento recente non si vede.',
    queued: plural('it', {
      one: '# ingresso in attesa di invio',
      other: '# ingressi in attesa di invio',
    }),
    sendNow: 'Invia ora',
    synced: plural('it', { one: '# ingresso inviato', other: '# ingressi inviati' }),
    callBacks: plural('it', {
      one: '# persona da richiamare',
      other: '# persone da richiamare',
    }),
    keyMissing:
      'La chiave per verificare i QR senza rete non è ancora scaricata: serve la connessione.',
  },
};

/** Every message of the desk: the first screen's and those of the outcomes panel. */
export type CheckInMessages = typeof it & typeof itLater;
