import {
  COPIES,
  FILING,
  ID_DOCUMENT,
  OTHER,
  PROCEEDINGS_INFO,
  WEEKDAYS,
  type PurposeEntry,
  type Template,
} from './counter-templates.js';
import type { Text } from '../internal/localized.js';

const CASE_NUMBER: Text = {
  it: 'Numero di ruolo generale (RG) del fascicolo',
  en: 'General register number (RG) of the case file',
  de: 'Nummer der Akte im allgemeinen Register (RG)',
};

const FILE_INFO: PurposeEntry = [
  'informazioni',
  {
    it: 'Informazioni su un fascicolo',
    en: 'Information on a case file',
    de: 'Auskunft zu einer Akte',
  },
];

/** The registries of a Tribunale, civil and criminal. */
export const TRIBUNALE: Template[] = [
  {
    slug: 'contenzioso-civile',
    name: {
      it: 'Cancelleria contenzioso civile',
      en: 'Civil litigation registry',
      de: 'Geschäftsstelle für streitige Zivilsachen',
    },
    description: {
      it: 'Deposito di atti non telematici, copie, informazioni sui fascicoli del contenzioso ordinario.',
      en: 'Filing of paper documents, copies, information on the files of ordinary civil litigation.',
      de: 'Einreichung von Schriftstücken in Papierform, Abschriften, Auskünfte zu Akten streitiger Zivilverfahren.',
    },
    location: {
      it: 'Piano primo, stanza 104',
      en: 'First floor, room 104',
      de: '1. Stock, Raum 104',
    },
    purposes: [FILING, COPIES, FILE_INFO, OTHER],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Marca da bollo per i diritti di copia',
        en: 'A revenue stamp for the copy fees',
        de: 'Stempelmarke für die Abschriftgebühren',
      },
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
    name: {
      it: 'Cancelleria lavoro e previdenza',
      en: 'Employment and social security registry',
      de: 'Geschäftsstelle für Arbeits- und Sozialversicherungssachen',
    },
    description: {
      it: 'Controversie di lavoro, previdenza e assistenza obbligatoria.',
      en: 'Employment, social security and compulsory welfare disputes.',
      de: 'Streitigkeiten in Arbeits-, Sozialversicherungs- und Fürsorgesachen.',
    },
    location: {
      it: 'Piano secondo, stanza 210',
      en: 'Second floor, room 210',
      de: '2. Stock, Raum 210',
    },
    purposes: [FILING, COPIES, FILE_INFO],
    whatToBring: [ID_DOCUMENT, CASE_NUMBER],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'volontaria-giurisdizione',
    name: {
      it: 'Cancelleria volontaria giurisdizione',
      en: 'Non-contentious proceedings registry',
      de: 'Geschäftsstelle der freiwilligen Gerichtsbarkeit',
    },
    description: {
      it: 'Amministrazioni di sostegno, tutele, eredità, autorizzazioni del giudice tutelare.',
      en: 'Support administration, guardianship, inheritance, authorisations of the guardianship judge.',
      de: 'Sachwalterschaften, Vormundschaften, Erbschaften, Genehmigungen des Vormundschaftsrichters.',
    },
    location: {
      it: 'Piano terra, stanza 18',
      en: 'Ground floor, room 18',
      de: 'Erdgeschoss, Raum 18',
    },
    purposes: [
      [
        'amministrazione-sostegno',
        { it: 'Amministrazione di sostegno', en: 'Support administration', de: 'Sachwalterschaft' },
      ],
      [
        'eredita',
        {
          it: "Accettazione o rinuncia all'eredità",
          en: 'Accepting or renouncing an inheritance',
          de: 'Annahme oder Ausschlagung einer Erbschaft',
        },
      ],
      [
        'tutela',
        {
          it: 'Tutele e curatele',
          en: 'Guardianship and curatorship',
          de: 'Vormundschaften und Pflegschaften',
        },
      ],
      [
        'giuramento',
        {
          it: 'Giuramento di perizia o traduzione',
          en: 'Swearing an expert report or translation',
          de: 'Beeidigung eines Gutachtens oder einer Übersetzung',
        },
      ],
      OTHER,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Codice fiscale',
        en: 'Tax code (codice fiscale)',
        de: 'Steuernummer (codice fiscale)',
      },
      {
        it: 'Atti e documenti relativi alla pratica',
        en: 'The deeds and documents of the matter',
        de: 'Unterlagen und Dokumente zur Angelegenheit',
      },
    ],
    maxActs: 1,
    slotMinutes: 30,
    capacity: 2,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
    afternoon: { days: [4], range: ['15:00', '16:30'] },
  },
  {
    slug: 'esecuzioni',
    name: {
      it: 'Cancelleria esecuzioni civili',
      en: 'Civil enforcement registry',
      de: 'Geschäftsstelle für Zwangsvollstreckungen',
    },
    description: {
      it: 'Esecuzioni mobiliari e immobiliari, pignoramenti presso terzi.',
      en: 'Enforcement against movable and immovable property, attachment of debts owed by third parties.',
      de: 'Zwangsvollstreckung in bewegliches und unbewegliches Vermögen, Pfändungen bei Dritten.',
    },
    location: {
      it: 'Piano primo, stanza 131',
      en: 'First floor, room 131',
      de: '1. Stock, Raum 131',
    },
    purposes: [
      FILING,
      COPIES,
      [
        'mandati',
        {
          it: 'Ritiro mandati di pagamento',
          en: 'Collecting payment orders',
          de: 'Abholung von Zahlungsanweisungen',
        },
      ],
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Numero di ruolo della procedura esecutiva',
        en: 'Register number of the enforcement proceedings',
        de: 'Registernummer des Vollstreckungsverfahrens',
      },
    ],
    maxActs: 2,
    slotMinutes: 15,
    capacity: 3,
    days: [1, 3, 5],
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'fallimenti',
    name: {
      it: 'Cancelleria procedure concorsuali',
      en: 'Insolvency registry',
      de: 'Geschäftsstelle für Insolvenzverfahren',
    },
    description: {
      it: 'Fallimenti, liquidazioni giudiziali, concordati preventivi.',
      en: 'Bankruptcies, judicial liquidations, arrangements with creditors.',
      de: 'Konkurse, gerichtliche Liquidationen, Vergleichsverfahren.',
    },
    location: {
      it: 'Piano primo, stanza 140',
      en: 'First floor, room 140',
      de: '1. Stock, Raum 140',
    },
    purposes: [
      FILING,
      [
        'insinuazione',
        {
          it: 'Informazioni su una domanda di insinuazione al passivo',
          en: 'Information on a proof of claim',
          de: 'Auskunft zu einer Forderungsanmeldung',
        },
      ],
      COPIES,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Numero della procedura',
        en: 'Number of the proceedings',
        de: 'Nummer des Verfahrens',
      },
    ],
    maxActs: 2,
    slotMinutes: 20,
    capacity: 2,
    days: [2, 4],
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'dibattimento',
    name: {
      it: 'Cancelleria penale dibattimento',
      en: 'Criminal trials registry',
      de: 'Geschäftsstelle für Strafsachen (Hauptverfahren)',
    },
    description: {
      it: 'Procedimenti penali in fase dibattimentale, sentenze, impugnazioni.',
      en: 'Criminal proceedings at trial, judgments, appeals.',
      de: 'Strafverfahren in der Hauptverhandlung, Urteile, Rechtsmittel.',
    },
    location: {
      it: 'Piano terra, stanza 6',
      en: 'Ground floor, room 6',
      de: 'Erdgeschoss, Raum 6',
    },
    purposes: [
      COPIES,
      [
        'impugnazioni',
        { it: 'Deposito di impugnazioni', en: 'Filing appeals', de: 'Einlegung von Rechtsmitteln' },
      ],
      PROCEEDINGS_INFO,
      OTHER,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Numero del procedimento (RG dibattimento)',
        en: 'Number of the proceedings (RG dibattimento)',
        de: 'Verfahrensnummer (RG dibattimento)',
      },
    ],
    maxActs: 1,
    slotMinutes: 15,
    capacity: 4,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
  {
    slug: 'gip-gup',
    name: {
      it: 'Cancelleria GIP/GUP',
      en: 'Preliminary investigations and hearings registry (GIP/GUP)',
      de: 'Geschäftsstelle für Ermittlungs- und Vorverhandlungsrichter (GIP/GUP)',
    },
    description: {
      it: 'Giudice per le indagini preliminari e dell’udienza preliminare.',
      en: 'Judge for the preliminary investigations and of the preliminary hearing.',
      de: 'Richter für die Vorerhebungen und für die Vorverhandlung.',
    },
    location: {
      it: 'Piano terra, stanza 9',
      en: 'Ground floor, room 9',
      de: 'Erdgeschoss, Raum 9',
    },
    purposes: [
      COPIES,
      [
        'opposizioni',
        {
          it: 'Deposito di opposizioni',
          en: 'Filing objections',
          de: 'Einreichung von Einsprüchen',
        },
      ],
      PROCEEDINGS_INFO,
    ],
    whatToBring: [
      ID_DOCUMENT,
      {
        it: 'Numero del procedimento (RG GIP)',
        en: 'Number of the proceedings (RG GIP)',
        de: 'Verfahrensnummer (RG GIP)',
      },
    ],
    maxActs: 1,
    slotMinutes: 15,
    capacity: 3,
    days: WEEKDAYS,
    morning: ['09:00', '12:00'],
  },
];
