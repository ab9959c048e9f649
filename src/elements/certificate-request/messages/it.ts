import { plural } from '../../../i18n/plural.js';
import type { itLater } from './it-later.js';
import type { itOffice } from './office.js';

/** The first screen's Italian: the office, what to ask for and what it costs. */
export const it = {
  certificateRequest: {
    title: 'Richiedi un certificato del casellario',
    steps: {
      office: "Scegli l'ufficio",
      what: 'Quale certificato ti serve',
      who: 'Per chi è il certificato',
      collection: 'Come lo ritiri',
      review: 'Controlla e conferma',
      done: 'Richiesta inviata',
    },
    noCertificates: 'Questo ufficio non rilascia certificati online.',
    types: 'Certificati',
    typesHint: 'Puoi sceglierne più di uno: ognuno ha il suo costo.',
    use: 'Per quale uso ti serve',
    useHint: "L'uso dichiarato può esentarti dal bollo o dai diritti.",
    choose: 'Scegli…',
    urgent: 'Urgente: pronto il giorno stesso',
    urgentHint: (fee: string) => `Costa ${fee} in più per ogni certificato.`,
    normalHint: plural('it', {
      one: 'Senza urgenza è pronto dopo 1 giorno lavorativo.',
      other: 'Senza urgenza è pronto dopo # giorni lavorativi.',
    }),
    feesTitle: 'Quanto costa',
    feesNone: 'Scegli almeno un certificato per vedere quanto costa.',
    stampLine: (count: number, each: string, total: string) =>
      `${count === 1 ? '1 marca da bollo' : `${count} marche da bollo`} da ${each}: ${total}`,
    rightsLine: (count: number, each: string, total: string) =>
      `Diritti di certificato, ${count} × ${each}: ${total}`,
    urgencyLine: (count: number, each: string, total: string) =>
      `Diritti di urgenza, ${count} × ${each}: ${total}`,
    exemptStamp: 'Esente dalla marca da bollo',
    exemptRights: 'Esente dai diritti',
    exemptBoth: 'Esente da bollo e diritti',
    total: (total: string) => `Totale da pagare: ${total}`,
    totalParts: (parts: string[]) => `(${parts.join(' + ')})`,
    stampPart: (count: number, each: string) =>
      `${count === 1 ? '1 marca da bollo' : `${count} marche da bollo`} da ${each}`,
    rightsPart: (amount: string) => `diritti ${amount}`,
    urgencyPart: (amount: string) => `urgenza ${amount}`,
    nothingToPay: 'Non c’è niente da pagare.',
    stampToBring:
      'La marca da bollo si compra in tabaccheria e si porta allo sportello: non si paga online.',
    rightsPagoPa: 'I diritti si pagano con pagoPA: riceverai l’avviso dopo la conferma.',
    rightsCounter: 'I diritti si pagano allo sportello al ritiro.',
    next: 'Continua',
    /** Each part's problems have a section of their own: parts merge one level deep. */
    whatProblems: {
      required: 'Questo campo è obbligatorio.',
      certificates: 'Scegli almeno un certificato.',
      'not-allowed': 'Questa scelta non è più disponibile presso l’ufficio.',
    },
  },
};

/** Every message of the certificate request: the first screen's and the later steps'. */
export type CertificateRequestMessages = typeof it & typeof itLater & typeof itOffice;
