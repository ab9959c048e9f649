import type { ApiErrorKind } from '../../api/errors.js';
import type { DayStatus } from '../../api/types.js';
import { plural } from '../plural.js';

/**
 * Italian, the default language and the source of the keys: every other catalogue has the same
 * shape (`Catalogue`). One section per element; what several elements say lives in `common`.
 */
export const it = {
  common: {
    loading: 'Caricamento in corso…',
    retry: 'Riprova',
    close: 'Chiudi',
    back: 'Indietro',
    next: 'Avanti',
    cancel: 'Annulla',
    confirm: 'Conferma',
    submit: 'Invia',
    edit: 'Modifica',
    print: 'Stampa',
    logIn: 'Accedi',
    required: 'obbligatorio',
    optional: 'facoltativo',
    today: 'Oggi',
    previousMonth: 'Mese precedente',
    nextMonth: 'Mese successivo',
    opensInNewWindow: '(si apre in una nuova finestra)',
    notConfigured: 'Il servizio non è configurato: manca l’indirizzo del backend.',
    errorSummaryTitle: 'C’è un problema',
    errorCount: plural('it', {
      one: 'C’è un errore da correggere',
      other: 'Ci sono # errori da correggere',
    }),
    freeSeats: plural('it', {
      '=0': 'Nessun posto libero',
      one: '# posto libero',
      other: '# posti liberi',
    }),
    results: plural('it', { '=0': 'Nessun risultato', one: '# risultato', other: '# risultati' }),
    stepOf: (step: number, total: number) => `Passo ${step} di ${total}`,
    slowTitle: 'Ci vuole più del solito',
    slowText:
      'Il servizio del tribunale è lento a rispondere. Puoi aspettare ancora, riprovare o lasciar perdere.',
    wait: 'Aspetta ancora',
    giveUp: 'Lascia perdere',
    help: 'Se hai bisogno di aiuto:',
  },
  status: {
    info: 'Informazione',
    success: 'Operazione riuscita',
    warning: 'Attenzione',
    error: 'Errore',
  },
  /** One message for each kind of failure the api client reports. */
  apiErrors: {
    offline: 'Il tuo dispositivo non è connesso a internet. Controlla la connessione e riprova.',
    unreachable:
      'Il servizio del tribunale non risponde. Non dipende da te: riprova tra qualche minuto.',
    timeout: 'Il servizio non ha risposto in tempo. Riprova tra qualche istante.',
    conflict: 'Nel frattempo i dati sono cambiati. Aggiorna e riprova.',
    validation: 'Alcuni dati non sono corretti. Controllali e riprova.',
    'not-found': 'Non abbiamo trovato quello che cercavi.',
    unauthorized: 'Per continuare devi accedere con SPID, CIE o CNS.',
    forbidden: 'Non hai i permessi per questa operazione.',
    quota: 'Hai raggiunto il numero massimo di richieste consentite.',
    server: 'Il servizio non è al momento disponibile. Riprova più tardi.',
    malformed: 'Il servizio ha inviato una risposta non valida. Riprova più tardi.',
    aborted: 'Hai interrotto l’attesa. Puoi riprovare ora o più tardi.',
  } satisfies Record<ApiErrorKind, string>,
  dayStatus: {
    open: 'disponibile',
    full: 'completo',
    closed: 'chiuso',
    holiday: 'festivo',
    'outside-window': 'non prenotabile',
  } satisfies Record<DayStatus, string>,
};

export type Catalogue = typeof it;
