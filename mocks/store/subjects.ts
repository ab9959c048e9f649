import type { CertificateSubject, FieldError } from '../../src/api/types.js';
import { fiscalCodeMismatches, isValidFiscalCode } from '../internal/fiscal-code.js';
import { validOn } from '../data/places.js';
import { FieldErrors } from '../internal/problem.js';
import { isIsoDate, romeDate } from '../internal/rome-time.js';
import type { DbState } from './state.js';

function places(state: DbState) {
  if (!state.places) throw new Error('The places are not loaded: await db.loadPlaces() first.');
  return state.places;
}

/** Field errors of one person, with paths under `prefix` ('subject.', 'delegate.', or ''). */
export function subjectErrors(
  state: DbState,
  subject: Partial<CertificateSubject> | undefined,
  prefix: string,
): FieldError[] {
  const errors = new FieldErrors();
  const s = subject ?? {};
  errors.requireText(`${prefix}familyName`, s.familyName, 80);
  errors.requireText(`${prefix}givenName`, s.givenName, 80);
  if (s.sex !== 'F' && s.sex !== 'M') errors.add(`${prefix}sex`, s.sex ? 'invalid' : 'required');
  const birthDateOk = isIsoDate(s.birthDate);
  if (!birthDateOk) errors.add(`${prefix}birthDate`, s.birthDate ? 'invalid' : 'required');
  else if (s.birthDate! > romeDate(state.now())) {
    errors.add(`${prefix}birthDate`, 'in-future', 'The date of birth is in the future.');
  } else if (s.birthDate! < '1900-01-01') errors.add(`${prefix}birthDate`, 'invalid');
  if (typeof s.birthPlaceCode !== 'string' || !/^[A-Z]\d{3}$/.test(s.birthPlaceCode)) {
    errors.add(`${prefix}birthPlaceCode`, s.birthPlaceCode ? 'invalid' : 'required');
  } else if (!places(state).byCode(s.birthPlaceCode)) {
    errors.add(`${prefix}birthPlaceCode`, 'unknown', 'No comune or state has this code.');
  } else if (birthDateOk && !validOn(places(state).byCode(s.birthPlaceCode)!, s.birthDate!)) {
    errors.add(
      `${prefix}birthPlaceCode`,
      'not-valid-at-date',
      'The place did not exist on that date.',
    );
  }
  if (s.fiscalCode !== undefined && s.fiscalCode !== '') {
    if (!/^[A-Z0-9]{16}$/i.test(s.fiscalCode) || !isValidFiscalCode(s.fiscalCode)) {
      errors.add(`${prefix}fiscalCode`, 'invalid');
    } else if (!errors.list.length) {
      const parts = fiscalCodeMismatches(s.fiscalCode, s as CertificateSubject);
      if (parts.length) {
        errors.add(`${prefix}fiscalCode`, 'mismatch', `Does not match: ${parts.join(', ')}.`);
      }
    }
  }
  return errors.list;
}
