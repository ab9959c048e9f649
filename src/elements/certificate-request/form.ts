import type { CertificateConfig, IdentityDocumentType } from '../../api/types.js';

export type Collection = 'counter' | 'delegate' | 'pec';
export type Sex = 'F' | 'M';

/** What the citizen types, kept in memory only, across the steps and a way back. */
export interface CertificateForm {
  certificates: string[];
  useId: string;
  urgent: boolean;
  familyName: string;
  givenName: string;
  sex: Sex | '';
  /** As typed: dd/mm/yyyy (or yyyy-mm-dd). */
  birthDate: string;
  fiscalCode: string;
  collection: Collection;
  delegateFamilyName: string;
  delegateGivenName: string;
  documentType: IdentityDocumentType | '';
  documentNumber: string;
  pec: string;
  email: string;
  consent: boolean;
}

export type FormField = keyof CertificateForm | 'birthPlace';

export function emptyForm(): CertificateForm {
  return {
    certificates: [],
    useId: '',
    urgent: false,
    familyName: '',
    givenName: '',
    sex: '',
    birthDate: '',
    fiscalCode: '',
    collection: 'counter',
    delegateFamilyName: '',
    delegateGivenName: '',
    documentType: '',
    documentNumber: '',
    pec: '',
    email: '',
    consent: false,
  };
}

export type Problems = Partial<Record<FormField, string>>;

/** The problems of the "what" step. */
export function whatProblems(form: CertificateForm, config: CertificateConfig): Problems {
  const problems: Problems = {};
  if (!form.certificates.length) problems.certificates = 'certificates';
  else if (form.certificates.some((id) => !config.types.some((type) => type.id === id))) {
    problems.certificates = 'not-allowed';
  }
  if (!config.uses.some((use) => use.id === form.useId)) {
    problems.useId = form.useId ? 'not-allowed' : 'required';
  }
  if (form.urgent && !config.urgentAvailable) problems.urgent = 'not-allowed';
  return problems;
}
