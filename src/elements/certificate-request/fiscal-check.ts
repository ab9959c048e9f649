import { explainFiscalCode } from '../../internal/fiscal-code.js';
import type { CertificateForm } from './form.js';
import { parseBirthDate } from './person-form.js';
import type { PlaceField } from './place-field.js';

export function birthDateOf(form: CertificateForm): string | undefined {
  return parseBirthDate(form.birthDate);
}

/** The codice fiscale's parts that disagree with what was typed, place included. */
export function fiscalMismatches(form: CertificateForm, place: PlaceField) {
  return explainFiscalCode(form.fiscalCode, {
    familyName: form.familyName,
    givenName: form.givenName,
    ...(form.sex ? { sex: form.sex } : {}),
    ...(birthDateOf(form) ? { birthDate: birthDateOf(form) } : {}),
    ...(place.code ? { birthPlaceCode: place.code } : {}),
  });
}
