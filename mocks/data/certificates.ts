import type { CertificateConfig, Office } from '../../src/api/types.js';
import { italian, type Text } from '../internal/localized.js';

interface TypeEntry {
  id: string;
  label: Text;
  description: Text;
}

const TYPES: TypeEntry[] = [
  {
    id: 'casellario-generale',
    label: {
      it: 'Certificato generale del casellario giudiziale',
      en: 'General criminal record certificate',
      de: 'Allgemeine Strafregisterbescheinigung',
    },
    description: {
      it: 'Riporta le iscrizioni penali e civili presenti nel casellario.',
      en: 'Shows the criminal and civil entries in the record.',
      de: 'Enthält die straf- und zivilrechtlichen Eintragungen im Register.',
    },
  },
  {
    id: 'casellario-penale',
    label: {
      it: 'Certificato penale del casellario giudiziale',
      en: 'Criminal record certificate (criminal entries)',
      de: 'Strafregisterbescheinigung (strafrechtliche Eintragungen)',
    },
    description: {
      it: 'Riporta le sole iscrizioni relative a condanne e provvedimenti penali.',
      en: 'Shows only the entries for convictions and criminal measures.',
      de: 'Enthält nur die Eintragungen zu Verurteilungen und strafrechtlichen Maßnahmen.',
    },
  },
  {
    id: 'casellario-civile',
    label: {
      it: 'Certificato civile del casellario giudiziale',
      en: 'Criminal record certificate (civil entries)',
      de: 'Strafregisterbescheinigung (zivilrechtliche Eintragungen)',
    },
    description: {
      it: 'Riporta i provvedimenti civili (interdizione, inabilitazione, fallimento).',
      en: 'Shows civil measures (incapacitation, partial incapacitation, bankruptcy).',
      de: 'Enthält zivilrechtliche Maßnahmen (Entmündigung, beschränkte Entmündigung, Konkurs).',
    },
  },
  {
    id: 'carichi-pendenti',
    label: {
      it: 'Certificato dei carichi pendenti',
      en: 'Pending criminal charges certificate',
      de: 'Bescheinigung über anhängige Strafverfahren',
    },
    description: {
      it: 'Riporta i procedimenti penali in corso presso la Procura che lo rilascia.',
      en: 'Shows the criminal proceedings pending at the Procura that issues it.',
      de: 'Enthält die bei der ausstellenden Staatsanwaltschaft anhängigen Strafverfahren.',
    },
  },
  {
    id: 'art-25-bis',
    label: {
      it: 'Certificato per attività con minori (art. 25-bis)',
      en: 'Certificate for work with minors (art. 25-bis)',
      de: 'Bescheinigung für Tätigkeiten mit Minderjährigen (Art. 25-bis)',
    },
    description: {
      it: 'Richiesto dal datore di lavoro per attività a contatto diretto e regolare con minori.',
      en: 'Required by employers for work in direct and regular contact with minors.',
      de: 'Vom Arbeitgeber verlangt für Tätigkeiten mit direktem und regelmäßigem Kontakt zu Minderjährigen.',
    },
  },
];

interface UseEntry {
  id: string;
  label: Text;
  exemptions: CertificateConfig['uses'][number]['exemptions'];
  legalBasis?: string;
}

const USES: UseEntry[] = [
  {
    id: 'lavoro',
    label: {
      it: 'Assunzione o attività lavorativa',
      en: 'Employment or work',
      de: 'Einstellung oder Erwerbstätigkeit',
    },
    exemptions: [],
  },
  {
    id: 'concorso',
    label: {
      it: 'Partecipazione a un concorso pubblico',
      en: 'Taking part in a public recruitment competition',
      de: 'Teilnahme an einem öffentlichen Auswahlverfahren',
    },
    exemptions: [],
  },
  {
    id: 'gara-appalto',
    label: {
      it: 'Partecipazione a una gara di appalto',
      en: 'Taking part in a public tender',
      de: 'Teilnahme an einer öffentlichen Ausschreibung',
    },
    exemptions: [],
  },
  {
    id: 'uso-personale',
    label: { it: 'Uso personale', en: 'Personal use', de: 'Persönlicher Gebrauch' },
    exemptions: [],
  },
  {
    id: 'onlus',
    label: {
      it: 'Attività di una ONLUS o di un ente del Terzo settore',
      en: 'Activities of a non-profit organisation (ONLUS, Third Sector)',
      de: 'Tätigkeit einer gemeinnützigen Organisation (ONLUS, Dritter Sektor)',
    },
    exemptions: ['stamp-duty'],
    legalBasis: 'DPR 642/1972, allegato B, art. 27-bis',
  },
  {
    id: 'adozione',
    label: {
      it: 'Adozione o affidamento di minori',
      en: 'Adoption or foster care of minors',
      de: 'Adoption oder Pflegeanvertrauung Minderjähriger',
    },
    exemptions: ['stamp-duty', 'rights'],
    legalBasis: 'L. 184/1983, art. 82',
  },
  {
    id: 'controversie-lavoro',
    label: {
      it: 'Controversie di lavoro e previdenza',
      en: 'Employment and social security disputes',
      de: 'Arbeits- und Sozialversicherungsstreitigkeiten',
    },
    exemptions: ['stamp-duty', 'rights'],
    legalBasis: 'L. 533/1973, art. 10',
  },
  {
    id: 'patrocinio',
    label: {
      it: 'Patrocinio a spese dello Stato',
      en: 'Legal aid at the State’s expense',
      de: 'Rechtsbeistand auf Staatskosten',
    },
    exemptions: ['stamp-duty', 'rights'],
    legalBasis: 'DPR 115/2002, art. 107',
  },
];

/** The words the fee lines of a receipt are made of ("Marca da bollo - <certificate>"). */
const FEE_WORDS: Text[] = [
  { it: 'Marca da bollo', en: 'Revenue stamp', de: 'Stempelmarke' },
  { it: 'Diritti di certificato', en: 'Certificate fee', de: 'Bescheinigungsgebühr' },
  { it: 'Diritti di urgenza', en: 'Urgency fee', de: 'Dringlichkeitsgebühr' },
  {
    it: 'Esente da bollo e diritti',
    en: 'Exempt from revenue stamp and fees',
    de: 'Befreit von Stempelmarke und Gebühren',
  },
  { it: 'Esente da bollo', en: 'Exempt from revenue stamp', de: 'Befreit von der Stempelmarke' },
  { it: 'Esente da diritti', en: 'Exempt from fees', de: 'Befreit von Gebühren' },
];

const PLACE: Text = {
  it: 'Ufficio del casellario, piano terra',
  en: 'Criminal records office, ground floor',
  de: 'Strafregisteramt, Erdgeschoss',
};

/** Every Procura issues certificates; smaller ones do not offer the civil certificate alone. */
export function seedCertificateConfigs(offices: Office[]): CertificateConfig[] {
  FEE_WORDS.forEach(italian);
  const types: CertificateConfig['types'] = TYPES.map((type) => ({
    id: type.id,
    label: italian(type.label),
    description: italian(type.description),
  }));
  const uses: CertificateConfig['uses'] = USES.map((use) => ({
    ...use,
    label: italian(use.label),
  }));
  return offices
    .filter((office) => office.kind === 'procura')
    .map((office, index) => ({
      officeId: office.id,
      types: index % 3 === 2 ? types.filter((t) => t.id !== 'casellario-civile') : types,
      uses,
      fees: {
        stampDuty: { amount: '16.00', currency: 'EUR' },
        rights: { amount: '3.92', currency: 'EUR' },
        urgency: { amount: '3.92', currency: 'EUR' },
      },
      urgentAvailable: true,
      normalDays: 3,
      collection: ['counter', 'delegate', 'pec'],
      // Lucca takes the diritti through pagoPA; every other office alternates.
      rightsPaidWith: office.id === 'procura-lucca' || index % 2 === 1 ? 'pagopa' : 'counter',
      collectionPlace: italian(PLACE),
      collectionHours: [
        { days: [1, 2, 3, 4, 5], from: '09:00', to: '12:00' },
        { days: [2, 4], from: '15:00', to: '16:30' },
      ],
      maxOpenRequests: 3,
      maxBatchRows: 300,
    }));
}
