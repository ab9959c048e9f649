/**
 * The steps after the first screen: the person, the collection, the review and the end. Loaded
 * with import() once the citizen turns to the widget, so that the first screen does not wait.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { getOffice } from '../../api/operations/booking.js';
import type { ApiClient } from '../../api/client.js';
import { searchPlaces } from '../../api/operations/certificates.js';
import type {
  CertificateConfig,
  CertificateRequest,
  FieldError,
  Office,
  Place,
} from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { todayInOffice } from '../../internal/dates.js';
import { decodeFiscalCode, normalizeFiscalCode } from '../../internal/fiscal-code.js';
import { fiscalMismatches } from './fiscal-check.js';
import { unmarkPrintTarget } from '../../internal/print.js';
import type { CertificateStep } from './events.js';
import { whatProblems, type CertificateForm, type FormField, type Problems } from './form.js';
import { collectionProblems, showBirthDate, whoProblems } from './person-form.js';
import type { CertificateRequestMessages } from './messages/it.js';
import { PlaceField } from './place-field.js';
import { laterStyles } from './later-steps.styles.js';
export { laterStyles };
export { laterMessages } from './messages/later.js';
export { renderLaterStep } from './later-views.js';
export { CertificateSender } from './sender.js';

type T = LocalizeController<CertificateRequestMessages>;

export { birthDateOf } from './fiscal-check.js';
import { birthDateOf } from './fiscal-check.js';

/** The office in effect, for the review's row and the end's address. */
export function createOfficeTask(
  host: ReactiveControllerHost,
  options: {
    api: () => ApiClient | undefined;
    officeId: () => string;
    signal: (signal: AbortSignal) => AbortSignal;
  },
): Task<readonly unknown[], Office | undefined> {
  return new Task(host, {
    task: ([api, officeId], { signal }) =>
      api && officeId ? getOffice(api, officeId, { signal: options.signal(signal) }) : undefined,
    args: () => [options.api(), options.officeId()],
  });
}

export function createPlaceField(
  host: ReactiveControllerHost & HTMLElement,
  options: {
    t: T;
    api: () => ApiClient | undefined;
    birthDate: () => string | undefined;
    onChange: () => void;
    signal: (signal: AbortSignal) => AbortSignal;
  },
): PlaceField {
  return new PlaceField(host, {
    api: options.api,
    birthDate: options.birthDate,
    messages: () => options.t.m.certificateRequest.place,
    locale: () => options.t.locale,
    onChange: options.onChange,
    signal: options.signal,
    id: 'field-birthPlace',
  });
}

/**
 * When the codice fiscale is typed before the birth data, fills in what it holds: date, sex and
 * place (asked for by its code, at that date). Returns the change to the form, if any.
 */
export async function fillFromFiscalCode(
  api: ApiClient | undefined,
  form: CertificateForm,
  place: PlaceField,
): Promise<Partial<CertificateForm> | undefined> {
  if (form.birthDate.trim() || form.sex || place.code) return undefined;
  const decoded = decodeFiscalCode(form.fiscalCode, todayInOffice());
  if (!decoded) return undefined;
  if (api) {
    const found: Place[] = await searchPlaces(api, {
      code: decoded.birthPlaceCode,
      date: decoded.birthDate,
    }).catch(() => []);
    if (found[0]) place.select(found[0]);
  }
  return { birthDate: showBirthDate(decoded.birthDate), sex: decoded.sex };
}

/** What stops the citizen on a step; the review checks every step and the consent. */
export function problemsOf(
  step: CertificateStep,
  form: CertificateForm,
  config: CertificateConfig,
  place: PlaceField,
): Problems {
  const who = (): Problems => {
    const problems = whoProblems(form, todayInOffice());
    if (place.problem) problems.birthPlace = place.problem;
    else if (!place.code) problems.birthPlace = 'required';
    if (!problems.fiscalCode && form.fiscalCode.trim() && fiscalMismatches(form, place).length) {
      problems.fiscalCode = 'mismatch';
    }
    return problems;
  };
  if (step === 'who') return who();
  if (step === 'collection') return collectionProblems(form);
  if (step !== 'review') return {};
  return {
    ...whatProblems(form, config),
    ...who(),
    ...collectionProblems(form),
    ...(form.consent ? {} : { consent: 'consent' }),
  };
}

export function requestBody(
  form: CertificateForm,
  officeId: string,
  place: PlaceField,
): CertificateRequest {
  const fiscalCode = normalizeFiscalCode(form.fiscalCode);
  return {
    officeId,
    certificates: form.certificates,
    useId: form.useId,
    urgent: form.urgent,
    subject: {
      familyName: form.familyName.trim(),
      givenName: form.givenName.trim(),
      sex: form.sex as 'F' | 'M',
      birthDate: birthDateOf(form)!,
      birthPlaceCode: place.code!,
      ...(fiscalCode ? { fiscalCode } : {}),
    },
    email: form.email.trim(),
    collection: form.collection,
    ...(form.collection === 'delegate'
      ? {
          delegate: {
            familyName: form.delegateFamilyName.trim(),
            givenName: form.delegateGivenName.trim(),
            document: {
              type: form.documentType as 'carta-identita',
              number: form.documentNumber.trim().toUpperCase(),
            },
          },
        }
      : {}),
    ...(form.collection === 'pec' ? { pec: form.pec.trim() } : {}),
    privacyConsent: true,
  };
}

const SERVER_FIELDS: Record<string, [FormField, CertificateStep]> = {
  certificates: ['certificates', 'what'],
  useId: ['useId', 'what'],
  urgent: ['urgent', 'what'],
  'subject.familyName': ['familyName', 'who'],
  'subject.givenName': ['givenName', 'who'],
  'subject.sex': ['sex', 'who'],
  'subject.birthDate': ['birthDate', 'who'],
  'subject.birthPlaceCode': ['birthPlace', 'who'],
  'subject.fiscalCode': ['fiscalCode', 'who'],
  collection: ['collection', 'collection'],
  'delegate.familyName': ['delegateFamilyName', 'collection'],
  'delegate.givenName': ['delegateGivenName', 'collection'],
  'delegate.document.type': ['documentType', 'collection'],
  'delegate.document.number': ['documentNumber', 'collection'],
  pec: ['pec', 'collection'],
  email: ['email', 'collection'],
  privacyConsent: ['consent', 'review'],
};

const SERVER_CODES: Record<string, string> = {
  required: 'required',
  'not-allowed': 'not-allowed',
  'in-future': 'date-future',
  'not-valid-at-date': 'not-valid-at-date',
  unknown: 'unknown',
  mismatch: 'mismatch',
  'too-long': 'name-too-long',
};

/**
 * The server's field errors on the form's fields, and the earliest step that holds one: the
 * citizen is taken there with the summary. An office that changed its offer meanwhile is the
 * "what" step's (`certificates.0 not-allowed`).
 */
export function placeServerErrors(
  errors: readonly FieldError[],
  steps: readonly CertificateStep[],
): { step: CertificateStep; problems: Problems } {
  const problems: Problems = {};
  let step: CertificateStep = 'review';
  for (const error of errors) {
    const key = error.field.replace(/^certificates\.\d+$/, 'certificates');
    const known = SERVER_FIELDS[key];
    if (!known) continue;
    const [field, where] = known;
    problems[field] ??= SERVER_CODES[error.code] ?? 'invalid';
    if (steps.indexOf(where) < steps.indexOf(step)) step = where;
  }
  return { step, problems };
}

/** The printable forms are no longer what the page prints. */
export function unmarkForms(host: HTMLElement): void {
  for (const form of host.shadowRoot?.querySelectorAll('.print-form') ?? []) {
    unmarkPrintTarget(form);
  }
}
