import type { BookingRequest, FieldError, Service } from '../../api/types.js';
import {
  fiscalCodeNameMismatches,
  fiscalCodeProblem,
  normalizeFiscalCode,
} from '../../internal/fiscal-code.js';

import {
  BOOKING_FIELDS,
  type BookingField,
  type BookingForm,
  type FieldProblem,
  type FieldProblems,
  type FieldWarning,
} from './form-state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ()./-]{6,20}$/;

function fiscalProblem(value: string): FieldProblem | undefined {
  const problem = fiscalCodeProblem(value);
  if (problem === undefined) return undefined;
  return problem === 'empty' ? 'required' : `fiscal-${problem}`;
}

function nameProblem(value: string): FieldProblem | undefined {
  if (!value.trim()) return 'required';
  return value.trim().length > 80 ? 'name-too-long' : undefined;
}

/** One field's problem, so that the form can explain it as the visitor types. */
export function fieldProblem(
  form: BookingForm,
  field: BookingField,
  service: Service,
): FieldProblem | undefined {
  const purpose = service.purposes.find((p) => p.id === form.purposeId);
  switch (field) {
    case 'purposeId':
      return purpose ? undefined : 'required';
    case 'purposeText':
      if (!purpose?.freeText) return undefined;
      if (!form.purposeText.trim()) return 'required';
      return form.purposeText.length > 200 ? 'text-too-long' : undefined;
    case 'acts':
      return Number.isInteger(form.acts) && form.acts >= 1 && form.acts <= service.maxActs
        ? undefined
        : 'acts';
    case 'givenName':
    case 'familyName':
      return nameProblem(form[field]);
    case 'fiscalCode':
      return fiscalProblem(form.fiscalCode);
    case 'email':
      if (!form.email.trim()) return 'required';
      return EMAIL.test(form.email.trim()) ? undefined : 'email';
    case 'phone':
      return !form.phone.trim() || PHONE.test(form.phone.trim()) ? undefined : 'phone';
    case 'consent':
      return form.consent ? undefined : 'consent';
  }
}

export function validateBookingForm(form: BookingForm, service: Service): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of BOOKING_FIELDS) {
    const problem = fieldProblem(form, field, service);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/**
 * A codice fiscale that is well formed but whose letters do not match the names: only a warning,
 * as omocodia and foreign names exist; the server's check is the authority.
 */
export function fiscalCodeWarning(form: BookingForm): FieldWarning | undefined {
  if (fiscalProblem(form.fiscalCode) || nameProblem(form.givenName) || nameProblem(form.familyName))
    return undefined;
  return fiscalCodeNameMismatches(form.fiscalCode, form).length ? 'fiscal-name' : undefined;
}

/** Maps the server's field errors (`person.fiscalCode`) onto the form's fields. */
export function problemsFromServer(errors: readonly FieldError[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const error of errors) {
    const name = error.field.split('.').pop() as string;
    const field = (name === 'privacyConsent' ? 'consent' : name) as BookingField;
    if (!BOOKING_FIELDS.includes(field)) continue;
    problems[field] =
      field === 'consent' ? 'consent' : error.code === 'required' ? 'required' : 'invalid';
  }
  return problems;
}

export function bookingRequest(
  form: BookingForm,
  service: Service,
  slotId: string,
): BookingRequest {
  const purpose = service.purposes.find((p) => p.id === form.purposeId);
  return {
    serviceId: service.id,
    slotId,
    purposeId: form.purposeId,
    ...(purpose?.freeText ? { purposeText: form.purposeText.trim() } : {}),
    acts: form.acts,
    person: {
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
      fiscalCode: normalizeFiscalCode(form.fiscalCode),
      email: form.email.trim(),
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
    },
    privacyConsent: true,
  };
}

export {
  BOOKING_FIELDS,
  emptyBookingForm,
  type BookingField,
  type BookingForm,
  type FieldProblem,
  type FieldProblems,
  type FieldWarning,
  type FieldWarnings,
} from './form-state.js';
