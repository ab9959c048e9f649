/** The counters each kind of office opens, with their hours, capacity and purposes. */
export interface Template {
  slug: string;
  name: string;
  description: string;
  location: string;
  purposes: Array<[string, string, boolean?]>;
  whatToBring: string[];
  maxActs: number;
  slotMinutes: number;
  capacity: number;
  days: number[];
  morning: [string, string];
  afternoon?: { days: number[]; range: [string, string] };
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const ID_DOCUMENT = "Documento d'identità in corso di validità";
const OTHER: [string, string, boolean] = ['altro', 'Altro (specificare)', true];

export const TRIBUNALE: Template[] = [
  {
    slug: 'contenzioso-civile',
    name: 'Cancelleria contenzioso civile',
    description:
      'Deposito di atti non telematici, copie, informazioni sui fascicoli del contenzioso ordinario.',
    location: 'Piano primo, stanza 104',
    purposes: [
      ['deposito-atti', 'Deposito di atti'],
      ['copie', 'Richiesta o ritiro di copie'],
      ['informazioni', 'Informazioni su un fascicolo'],
      OTHER,
    ],
    whatToBring: [
      ID_DOCUMENT,
      'Numero di ruolo generale (RG) del fascicolo',
      'Marca da bollo per i diritti di copia',
    ],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 3,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
    afternoon: { days: [2, 4], range: ['15:00', '16:30'] },
  },
  {
    slug: 'lavoro',
    name: 'Cancelleria lavoro e previdenza',
    description: 'Controversie di lavoro, previdenza e assistenza obbligatoria.',
    location: 'Piano secondo, stanza 210',
    purposes: [
      ['deposito-atti', 'Deposito di atti'],
      ['copie', 'Richiesta o ritiro di copie'],
      ['informazioni', 'Informazioni su un fascicolo'],
    ],
    whatToBring: [ID_DOCUMENT, 'Numero di ruolo generale (RG) del fascicolo'],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'volontaria-giurisdizione',
    name: 'Cancelleria volontaria giurisdizione',
    description:
      'Amministrazioni di sostegno, tutele, eredità, autorizzazioni del giudice tutelare.',
    location: 'Piano terra, stanza 18',
    purposes: [
      ['amministrazione-sostegno', 'Amministrazione di sostegno'],
      ['eredita', "Accettazione o rinuncia all'eredità"],
      ['tutela', 'Tutele e curatele'],
      ['giuramento', 'Giuramento di perizia o traduzione'],
      OTHER,
    ],
    whatToBring: [ID_DOCUMENT, 'Codice fiscale', 'Atti e documenti relativi alla pratica'],
    maxActs: 1,
    slotMinutes: 30,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
    afternoon: { days: [4], range: ['15:00', '16:30'] },
  },
  {
    slug: 'esecuzioni',
    name: 'Cancelleria esecuzioni civili',
    description: 'Esecuzioni mobiliari e immobiliari, pignoramenti presso terzi.',
    location: 'Piano primo, stanza 131',
    purposes: [
      ['deposito-atti', 'Deposito di atti'],
      ['copie', 'Richiesta o ritiro di copie'],
      ['mandati', 'Ritiro mandati di pagamento'],
    ],
    whatToBring: [ID_DOCUMENT, 'Numero di ruolo della procedura esecutiva'],
    maxActs: 2,
    slotMinutes: 15,
    capacity: 3,
    days: [1, 3, 5],
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'fallimenti',
    name: 'Cancelleria procedure concorsuali',
    description: 'Fallimenti, liquidazioni giudiziali, concordati preventivi.',
    location: 'Piano primo, stanza 140',
    purposes: [
      ['deposito-atti', 'Deposito di atti'],
      ['insinuazione', 'Informazioni su una domanda di insinuazione al passivo'],
      ['copie', 'Richiesta o ritiro di copie'],
    ],
    whatToBring: [ID_DOCUMENT, 'Numero della procedura'],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: [2, 4],
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'dibattimento',
    name: 'Cancelleria penale dibattimento',
    description: 'Procedimenti penali in fase dibattimentale, sentenze, impugnazioni.',
    location: 'Piano terra, stanza 6',
    purposes: [
      ['copie', 'Richiesta o ritiro di copie'],
      ['impugnazioni', 'Deposito di impugnazioni'],
      ['informazioni', 'Informazioni su un procedimento'],
      OTHER,
    ],
    whatToBring: [ID_DOCUMENT, 'Numero del procedimento (RG dibattimento)'],
    maxActs: 1,
    slotMinutes: 15,
    capacity: 4,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'gip-gup',
    name: 'Cancelleria GIP/GUP',
    description: 'Giudice per le indagini preliminari e dell’udienza preliminare.',
    location: 'Piano terra, stanza 9',
    purposes: [
      ['copie', 'Richiesta o ritiro di copie'],
      ['opposizioni', 'Deposito di opposizioni'],
      ['informazioni', 'Informazioni su un procedimento'],
    ],
    whatToBring: [ID_DOCUMENT, 'Numero del procedimento (RG GIP)'],
    maxActs: 1,
    slotMinutes: 15,
    capacity: 3,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
];

export const PROCURA: Template[] = [
  {
    slug: 'casellario',
    name: 'Ufficio del casellario giudiziale',
    description: 'Richiesta e ritiro dei certificati del casellario e dei carichi pendenti.',
    location: 'Piano terra, sportello 2',
    purposes: [
      ['richiesta-certificato', 'Richiesta di certificato'],
      ['ritiro-certificato', 'Ritiro di certificato'],
      ['visura', 'Visura delle iscrizioni'],
    ],
    whatToBring: [
      ID_DOCUMENT,
      'Marca da bollo da 16,00 euro per ogni certificato',
      'Delega e documento del delegante, se si ritira per altri',
    ],
    maxActs: 2,
    slotMinutes: 15,
    capacity: 5,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'ricezione-atti',
    name: 'Ricezione atti e denunce',
    description: 'Deposito di denunce, querele, istanze e memorie.',
    location: 'Piano terra, sportello 1',
    purposes: [
      ['querela', 'Deposito di denuncia o querela'],
      ['istanza', 'Deposito di istanza o memoria'],
      OTHER,
    ],
    whatToBring: [ID_DOCUMENT, "Copia dell'atto da depositare"],
    maxActs: 1,
    slotMinutes: 20,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
];

export const UNEP: Template[] = [
  {
    slug: 'ricezione-atti',
    name: 'Ricezione atti da notificare ed eseguire',
    description: 'Richieste di notifica, pignoramenti, sfratti.',
    location: 'Sportelli 1-3',
    purposes: [
      ['notifica', 'Richiesta di notifica'],
      ['esecuzione', 'Richiesta di esecuzione'],
      ['urgente', 'Atto in scadenza'],
    ],
    whatToBring: [ID_DOCUMENT, 'Originale e copie degli atti', 'Importo delle spese di notifica'],
    maxActs: 3,
    slotMinutes: 15,
    capacity: 4,
    days: WEEKDAYS,
    morning: ['09:00', '11:30'],
  },
  {
    slug: 'restituzione-atti',
    name: 'Restituzione atti notificati',
    description: 'Ritiro degli atti notificati o eseguiti.',
    location: 'Sportello 4',
    purposes: [['ritiro', 'Ritiro di atti notificati']],
    whatToBring: [ID_DOCUMENT, 'Ricevuta di deposito'],
    maxActs: 3,
    slotMinutes: 15,
    capacity: 3,
    days: WEEKDAYS,
    morning: ['11:00', '12:30'],
  },
];

export const GDP: Template[] = [
  {
    slug: 'civile',
    name: 'Cancelleria civile',
    description: 'Cause civili, opposizioni a sanzioni amministrative, decreti ingiuntivi.',
    location: 'Piano terra',
    purposes: [
      ['deposito-atti', 'Deposito di atti'],
      ['opposizione-sanzione', 'Opposizione a sanzione amministrativa'],
      ['copie', 'Richiesta o ritiro di copie'],
      OTHER,
    ],
    whatToBring: [ID_DOCUMENT, 'Numero di ruolo, se già assegnato'],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'penale',
    name: 'Cancelleria penale',
    description: 'Procedimenti penali di competenza del Giudice di Pace.',
    location: 'Piano primo',
    purposes: [
      ['copie', 'Richiesta o ritiro di copie'],
      ['informazioni', 'Informazioni su un procedimento'],
    ],
    whatToBring: [ID_DOCUMENT],
    maxActs: 1,
    slotMinutes: 20,
    capacity: 1,
    days: [1, 3, 5],
    morning: ['09:00', '12:00'],
  },
];
