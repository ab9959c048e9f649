import type { CertificateConfig, Office } from '../../src/api/types.js';

const TYPES: CertificateConfig['types'] = [
  {
    id: 'casellario-generale',
    label: 'Certificato generale del casellario giudiziale',
    description: 'Riporta le iscrizioni penali e civili presenti nel casellario.',
  },
  {
    id: 'casellario-penale',
    label: 'Certificato penale del casellario giudiziale',
    description: 'Riporta le sole iscrizioni relative a condanne e provvedimenti penali.',
  },
  {
    id: 'casellario-civile',
    label: 'Certificato civile del casellario giudiziale',
    description: 'Riporta i provvedimenti civili (interdizione, inabilitazione, fallimento).',
  },
  {
    id: 'carichi-pendenti',
    label: 'Certificato dei carichi pendenti',
    description: 'Riporta i procedimenti penali in corso presso la Procura che lo rilascia.',
  },
  {
    id: 'art-25-bis',
    label: 'Certificato per attività con minori (art. 25-bis)',
    description:
      'Richiesto dal datore di lavoro per attività a contatto diretto e regolare con minori.',
  },
];

const USES: CertificateConfig['uses'] = [
  { id: 'lavoro', label: 'Assunzione o attività lavorativa', exempt: false },
  { id: 'concorso', label: 'Partecipazione a un concorso pubblico', exempt: false },
  { id: 'gara-appalto', label: 'Partecipazione a una gara di appalto', exempt: false },
  { id: 'uso-personale', label: 'Uso personale', exempt: false },
  {
    id: 'adozione',
    label: 'Adozione o affidamento di minori',
    exempt: true,
    legalBasis: 'L. 184/1983, art. 82',
  },
  {
    id: 'controversie-lavoro',
    label: 'Controversie di lavoro e previdenza',
    exempt: true,
    legalBasis: 'L. 533/1973, art. 10',
  },
  {
    id: 'patrocinio',
    label: 'Patrocinio a spese dello Stato',
    exempt: true,
    legalBasis: 'DPR 115/2002, art. 107',
  },
];

/** Every Procura issues certificates; smaller ones do not offer the civil certificate alone. */
export function seedCertificateConfigs(offices: Office[]): CertificateConfig[] {
  return offices
    .filter((office) => office.kind === 'procura')
    .map((office, index) => ({
      officeId: office.id,
      types: index % 3 === 2 ? TYPES.filter((t) => t.id !== 'casellario-civile') : TYPES,
      uses: USES,
      fees: {
        stampDuty: { amount: '16.00', currency: 'EUR' },
        rights: { amount: '3.92', currency: 'EUR' },
        urgency: { amount: '3.92', currency: 'EUR' },
      },
      urgentAvailable: true,
      normalDays: 3,
      collection: ['counter', 'delegate', 'pec'],
      maxBatchRows: 300,
    }));
}
