import type { Text } from '../internal/localized.js';

/** A purpose the visitor picks; a true third item asks them to describe it. */
export type PurposeEntry = [id: string, label: Text, freeText?: boolean];

/** A counter an office of some kind opens, with its hours, capacity and purposes. */
export interface Template {
  slug: string;
  name: Text;
  description: Text;
  location: Text;
  purposes: PurposeEntry[];
  whatToBring: Text[];
  maxActs: number;
  slotMinutes: number;
  capacity: number;
  days: number[];
  morning: [string, string];
  afternoon?: { days: number[]; range: [string, string] };
}

export const WEEKDAYS = [1, 2, 3, 4, 5];

/** Texts and purposes the counters of several kinds of office share. */
export const ID_DOCUMENT: Text = {
  it: "Documento d'identità in corso di validità",
  en: 'A valid identity document',
  de: 'Gültiger Ausweis',
};

export const FILING: PurposeEntry = [
  'deposito-atti',
  { it: 'Deposito di atti', en: 'Filing documents', de: 'Einreichung von Schriftstücken' },
];
export const COPIES: PurposeEntry = [
  'copie',
  {
    it: 'Richiesta o ritiro di copie',
    en: 'Requesting or collecting copies',
    de: 'Beantragung oder Abholung von Abschriften',
  },
];
export const PROCEEDINGS_INFO: PurposeEntry = [
  'informazioni',
  {
    it: 'Informazioni su un procedimento',
    en: 'Information on proceedings',
    de: 'Auskunft zu einem Verfahren',
  },
];
export const OTHER: PurposeEntry = [
  'altro',
  { it: 'Altro (specificare)', en: 'Other (please specify)', de: 'Sonstiges (bitte angeben)' },
  true,
];

const GROUND_FLOOR: Text = { it: 'Piano terra', en: 'Ground floor', de: 'Erdgeschoss' };
const FIRST_FLOOR: Text = { it: 'Piano primo', en: 'First floor', de: '1. Stock' };

export const PROCURA: Template[] = [
  {
    slug: 'casellario',
    name: {
      it: 'Ufficio del casellario giudiziale',
      en: 'Criminal records office',
      de: 'Strafregisteramt',
    },
    description: {
      it: 'Richiesta e ritiro dei certificati del casellario e dei carichi pendenti.',
      en: 'Requesting and collecting criminal record and pending charges certificates.',
      de: 'Beantragung und Abholung von Strafregisterbescheinigungen und Bescheinigungen über anhängige Verfahren.',
    },
    location: {
      it: 'Piano terra, sportello 2',
      en: 'Ground floor, counter 2',
      de: 'Erdgeschoss, Schalter 2',
    },
    purposes: [
      [
        'richiesta-certificato',
        {
          it: 'Richiesta di certificato',
          en: 'Requesting a certificate',
          de: 'Antrag auf eine Bescheinigung',
        },
      ],
      [
        'ritiro-certificato',
        {
          it: 'Ritiro di certificato',
          en: 'Collecting a certificate',
          de: 'Abholung einer Bescheinigung',
        },
      ],
      [
        'visura',
        {
          it: 'Visura delle iscrizioni',
          en: 'Inspecting the entries',
          de: 'Einsicht in die Eintragungen',
        },
      ],
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Marca da bollo da 16,00 euro per ogni certificato',
        en: 'A €16.00 revenue stamp for each certificate',
        de: 'Eine Stempelmarke zu 16,00 Euro je Bescheinigung',
      },
      {
        it: 'Delega e documento del delegante, se si ritira per altri',
        en: 'A delegation and the ID of the person delegating, when collecting for someone else',
        de: 'Vollmacht und Ausweis der vollmachtgebenden Person, wenn Sie für andere abholen',
      },
    ],
    maxActs: 2,
    slotMinutes: 15,
    capacity: 5,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'ricezione-atti',
    name: {
      it: 'Ricezione atti e denunce',
      en: 'Filing of documents and criminal complaints',
      de: 'Annahme von Schriftstücken und Anzeigen',
    },
    description: {
      it: 'Deposito di denunce, querele, istanze e memorie.',
      en: 'Filing reports, criminal complaints, applications and briefs.',
      de: 'Einreichung von Anzeigen, Strafanträgen, Anträgen und Schriftsätzen.',
    },
    location: {
      it: 'Piano terra, sportello 1',
      en: 'Ground floor, counter 1',
      de: 'Erdgeschoss, Schalter 1',
    },
    purposes: [
      [
        'querela',
        {
          it: 'Deposito di denuncia o querela',
          en: 'Filing a report or criminal complaint',
          de: 'Erstattung einer Anzeige oder eines Strafantrags',
        },
      ],
      [
        'istanza',
        {
          it: 'Deposito di istanza o memoria',
          en: 'Filing an application or brief',
          de: 'Einreichung eines Antrags oder Schriftsatzes',
        },
      ],
      OTHER,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: "Copia dell'atto da depositare",
        en: 'A copy of the document to file',
        de: 'Kopie des einzureichenden Schriftstücks',
      },
    ],
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
    name: {
      it: 'Ricezione atti da notificare ed eseguire',
      en: 'Documents for service and enforcement',
      de: 'Annahme von Zustellungs- und Vollstreckungsaufträgen',
    },
    description: {
      it: 'Richieste di notifica, pignoramenti, sfratti.',
      en: 'Requests for service, seizures, evictions.',
      de: 'Zustellungsaufträge, Pfändungen, Räumungen.',
    },
    location: { it: 'Sportelli 1-3', en: 'Counters 1-3', de: 'Schalter 1-3' },
    purposes: [
      [
        'notifica',
        { it: 'Richiesta di notifica', en: 'Request for service', de: 'Zustellungsauftrag' },
      ],
      [
        'esecuzione',
        {
          it: 'Richiesta di esecuzione',
          en: 'Request for enforcement',
          de: 'Vollstreckungsauftrag',
        },
      ],
      [
        'urgente',
        { it: 'Atto in scadenza', en: 'Document due shortly', de: 'Fristgebundenes Schriftstück' },
      ],
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Originale e copie degli atti',
        en: 'The originals and copies of the documents',
        de: 'Originale und Abschriften der Schriftstücke',
      },
      {
        it: 'Importo delle spese di notifica',
        en: 'The amount of the service fees',
        de: 'Betrag der Zustellungskosten',
      },
    ],
    maxActs: 3,
    slotMinutes: 15,
    capacity: 4,
    days: WEEKDAYS,
    morning: ['09:00', '11:30'],
  },
  {
    slug: 'restituzione-atti',
    name: {
      it: 'Restituzione atti notificati',
      en: 'Return of served documents',
      de: 'Rückgabe zugestellter Schriftstücke',
    },
    description: {
      it: 'Ritiro degli atti notificati o eseguiti.',
      en: 'Collecting documents that have been served or enforced.',
      de: 'Abholung zugestellter oder vollstreckter Schriftstücke.',
    },
    location: { it: 'Sportello 4', en: 'Counter 4', de: 'Schalter 4' },
    purposes: [
      [
        'ritiro',
        {
          it: 'Ritiro di atti notificati',
          en: 'Collecting served documents',
          de: 'Abholung zugestellter Schriftstücke',
        },
      ],
    ],
    whatToBring: [
      ID_DOCUMENT,
      { it: 'Ricevuta di deposito', en: 'The filing receipt', de: 'Einreichungsbestätigung' },
    ],
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
    name: { it: 'Cancelleria civile', en: 'Civil registry', de: 'Zivilgeschäftsstelle' },
    description: {
      it: 'Cause civili, opposizioni a sanzioni amministrative, decreti ingiuntivi.',
      en: 'Civil cases, objections to administrative fines, payment orders.',
      de: 'Zivilsachen, Einsprüche gegen Verwaltungsstrafen, Mahnbescheide.',
    },
    location: GROUND_FLOOR,
    purposes: [
      FILING,
      [
        'opposizione-sanzione',
        {
          it: 'Opposizione a sanzione amministrativa',
          en: 'Objection to an administrative fine',
          de: 'Einspruch gegen eine Verwaltungsstrafe',
        },
      ],
      COPIES,
      OTHER,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Numero di ruolo, se già assegnato',
        en: 'The register number, if already assigned',
        de: 'Registernummer, falls bereits vergeben',
      },
    ],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'penale',
    name: { it: 'Cancelleria penale', en: 'Criminal registry', de: 'Strafgeschäftsstelle' },
    description: {
      it: 'Procedimenti penali di competenza del Giudice di Pace.',
      en: 'Criminal proceedings heard by the Giudice di Pace (justice of the peace).',
      de: 'Strafverfahren in der Zuständigkeit des Friedensrichters (Giudice di Pace).',
    },
    location: FIRST_FLOOR,
    purposes: [COPIES, PROCEEDINGS_INFO],
    whatToBring: [ID_DOCUMENT],
    maxActs: 1,
    slotMinutes: 20,
    capacity: 1,
    days: [1, 3, 5],
    morning: ['09:00', '12:00'],
  },
];
