import { fiscalCodeProblem } from '../../internal/fiscal-code.js';
import type { CertificateForm, Problems } from './form.js';

// The checks of the later steps: they load with them, so the first screen does not carry them.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** "12/04/1985", "12-4-1985" or "1985-04-12" → "1985-04-12"; undefined when it is no real date. */
export function parseBirthDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : italian
      ? [italian[3], italian[2], italian[1]]
      : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const result = date.toISOString().slice(0, 10);
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1
    ? result
    : undefined;
}

/** "1985-04-12" → "12/04/1985", as the field shows it. */
export function showBirthDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function nameProblem(value: string): string | undefined {
  if (!value.trim()) return 'required';
  return value.trim().length > 80 ? 'name-too-long' : undefined;
}

/** The problems of the person's data; `today` is the office's date (YYYY-MM-DD). */
export function whoProblems(form: CertificateForm, today: string): Problems {
  const problems: Problems = {};
  const family = nameProblem(form.familyName);
  if (family) problems.familyName = family;
  const given = nameProblem(form.givenName);
  if (given) problems.givenName = given;
  if (!form.sex) problems.sex = 'required';
  const birthDate = parseBirthDate(form.birthDate);
  if (!form.birthDate.trim()) problems.birthDate = 'required';
  else if (!birthDate) problems.birthDate = 'date-format';
  else if (birthDate > today) problems.birthDate = 'date-future';
  else if (birthDate < '1900-01-01') problems.birthDate = 'date-too-old';
  if (form.fiscalCode.trim()) {
    const problem = fiscalCodeProblem(form.fiscalCode);
    if (problem && problem !== 'empty') problems.fiscalCode = `fiscal-${problem}`;
  }
  return problems;
}

/** The problems of the collection step. */
export function collectionProblems(form: CertificateForm): Problems {
  const problems: Problems = {};
  if (form.collection === 'delegate') {
    const family = nameProblem(form.delegateFamilyName);
    if (family) problems.delegateFamilyName = family;
    const given = nameProblem(form.delegateGivenName);
    if (given) problems.delegateGivenName = given;
    if (!form.documentType) problems.documentType = 'required';
    if (!form.documentNumber.trim()) problems.documentNumber = 'required';
    else if (!/^[A-Za-z0-9]{5,20}$/.test(form.documentNumber.trim())) {
      problems.documentNumber = 'document-number';
    }
  }
  if (form.collection === 'pec') {
    if (!form.pec.trim()) problems.pec = 'required';
    else if (!EMAIL.test(form.pec.trim())) problems.pec = 'email';
  }
  if (!form.email.trim()) problems.email = 'required';
  else if (!EMAIL.test(form.email.trim())) problems.email = 'email';
  return problems;
}
