import { plural } from '../../../i18n/plural.js';

/** The Italian of the status check. */
export const it = {
  certificateStatus: {
    title: 'A che punto è la mia richiesta di certificato',
    intro: 'Scrivi il numero che hai ricevuto con la richiesta e la data di nascita della persona.',
    number: 'Numero della richiesta',
    numberHint: 'Come LU-2026-000123: lo trovi nella conferma della richiesta.',
    birthDate: 'Data di nascita della persona del certificato',
    birthDateHint: 'Come 12/04/1985.',
    check: 'Controlla',
    checking: 'Controllo in corso…',
    states: {
      received: 'Richiesta ricevuta',
      'in-preparation': 'In preparazione',
      ready: 'Pronto',
      collected: 'Ritirato',
      cancelled: 'Annullata',
    },
    explain: {
      received: "Richiesta ricevuta: l'ufficio la prenderà in carico.",
      'in-preparation': (readyFrom: string) =>
        `In preparazione: l'ufficio sta preparando il certificato, che sarà pronto dal ${readyFrom}.`,
      ready: (readyFrom: string) => `Pronto: puoi ritirarlo dal ${readyFrom}.`,
      collected: 'Ritirato: il certificato è già stato consegnato.',
      cancelled:
        'Annullata: la richiesta non è più valida. Se ti serve il certificato, fanne una nuova.',
    },
    numberLine: (number: string) => `Richiesta ${number}`,
    certificates: plural('it', {
      one: '1 certificato richiesto.',
      other: '# certificati richiesti.',
    }),
    updated: (date: string) => `Ultimo aggiornamento: ${date}.`,
    notFound:
      'Non troviamo una richiesta con questo numero e questa data di nascita: controlla i dati.',
    tooMany: 'Troppi tentativi con dati sbagliati. Riprova più tardi.',
    tooManyMinutes: plural('it', {
      one: 'Troppi tentativi con dati sbagliati. Riprova tra 1 minuto.',
      other: 'Troppi tentativi con dati sbagliati. Riprova tra # minuti.',
    }),
    problems: {
      required: 'Questo campo è obbligatorio.',
      'number-format': 'Scrivi il numero come nella conferma, per esempio LU-2026-000123.',
      'date-format': 'Scrivi una data vera, come 12/04/1985.',
      'date-future': 'La data di nascita non può essere nel futuro.',
    },
  },
};

export type CertificateStatusMessages = typeof it;
