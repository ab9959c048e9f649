import type {
  CertificateConfig,
  CertificateDelegate,
  CertificateRequest,
  CertificateRequestReceipt,
  CertificateRequestStatus,
  Money,
} from '../../src/api/types.js';
import { holidayReason } from '../data/holidays.js';
import { EMAIL_PATTERN, FieldErrors, problem, ProblemError } from '../internal/problem.js';
import { addDays, romeDate, romeInstant, romeIso, weekday } from '../internal/rome-time.js';
import type { DbState } from './state.js';
import { subjectErrors } from './subjects.js';

export function certificateConfig(state: DbState, officeId: string): CertificateConfig {
  const config = state.certificateConfigs.get(officeId);
  if (!config) throw problem(404, 'not-found', 'This office issues no certificates.');
  return config;
}

function cents(money: Money): number {
  return Math.round(Number(money.amount) * 100);
}

export function euros(amountInCents: number): Money {
  return { amount: (amountInCents / 100).toFixed(2), currency: 'EUR' };
}

function isWorkingDay(date: string, town: string): boolean {
  return weekday(date) <= 5 && !holidayReason(date, town);
}

/** Urgent requests are released the same working day; the others after `normalDays` working days. */
function readyFrom(state: DbState, officeId: string, urgent: boolean, normalDays: number): string {
  const town = state.offices.get(officeId)?.town ?? '';
  let date = romeDate(state.now());
  let remaining = urgent ? 0 : normalDays;
  while (!isWorkingDay(date, town) || remaining > 0) {
    if (isWorkingDay(date, town)) remaining -= 1;
    date = addDays(date, 1);
  }
  return date;
}

const DOCUMENT_TYPES = ['carta-identita', 'passaporto', 'patente'];

function delegateErrors(errors: FieldErrors, delegate: Partial<CertificateDelegate> | undefined) {
  errors.requireText('delegate.familyName', delegate?.familyName, 80);
  errors.requireText('delegate.givenName', delegate?.givenName, 80);
  const document = delegate?.document;
  if (!DOCUMENT_TYPES.includes(String(document?.type))) {
    errors.add('delegate.document.type', document?.type ? 'invalid' : 'required');
  }
  if (!/^[A-Za-z0-9]{5,20}$/.test(String(document?.number ?? ''))) {
    errors.add('delegate.document.number', document?.number ? 'invalid' : 'required');
  }
}

function validate(state: DbState, body: Partial<CertificateRequest>) {
  const errors = new FieldErrors();
  const config = state.certificateConfigs.get(String(body.officeId ?? ''));
  if (!config) errors.add('officeId', 'invalid', 'This office issues no certificates.');
  const certificates = Array.isArray(body.certificates) ? body.certificates : [];
  if (!certificates.length) errors.add('certificates', 'required');
  certificates.forEach((id, i) => {
    if (config && !config.types.some((t) => t.id === id))
      errors.add(`certificates.${i}`, 'not-allowed');
  });
  if (new Set(certificates).size !== certificates.length) errors.add('certificates', 'duplicate');
  const use = config?.uses.find((u) => u.id === body.useId);
  if (config && !use) errors.add('useId', body.useId ? 'not-allowed' : 'required');
  if (typeof body.urgent !== 'boolean') errors.add('urgent', 'required');
  else if (body.urgent && config && !config.urgentAvailable) errors.add('urgent', 'not-allowed');
  errors.list.push(...subjectErrors(state, body.subject, 'subject.'));
  if (typeof body.email !== 'string' || !EMAIL_PATTERN.test(body.email)) {
    errors.add('email', body.email ? 'invalid' : 'required');
  }
  if (!body.collection) errors.add('collection', 'required');
  else if (config && !config.collection.includes(body.collection)) {
    errors.add('collection', 'not-allowed');
  }
  if (body.collection === 'delegate') delegateErrors(errors, body.delegate);
  if (
    body.collection === 'pec' &&
    !(typeof body.pec === 'string' && EMAIL_PATTERN.test(body.pec))
  ) {
    errors.add('pec', body.pec ? 'invalid' : 'required');
  }
  if (body.privacyConsent !== true) errors.add('privacyConsent', 'required');
  errors.throwIfAny();
  return { config: config!, certificates, use: use! };
}

/** What the office keeps of a request: the receipt, and whose it is (to look it up and count it). */
export interface CertificateRequestRecord {
  receipt: CertificateRequestReceipt;
  birthDate: string;
  /** The codice fiscale, or the names and birth data when none was given. */
  person: string;
  /** When a status lookup gave a wrong date of birth (store clock, ms). */
  misses?: number[];
}

/** Wrong dates of birth allowed per number in a window, so that none can be guessed. */
const MAX_LOOKUP_MISSES = 5;
const LOOKUP_WINDOW_MS = 15 * 60 * 1000;

/** How long a request waits before the office starts preparing it. */
const PREPARED_AFTER_MS = 60 * 60 * 1000;

function personKey(subject: CertificateRequest['subject']): string {
  if (subject.fiscalCode) return subject.fiscalCode.toUpperCase();
  const name = `${subject.familyName}|${subject.givenName}`.toUpperCase().replace(/\s+/g, ' ');
  return `${name}|${subject.birthDate}|${subject.birthPlaceCode}`;
}

function stateOf(state: DbState, record: CertificateRequestRecord) {
  const { receipt } = record;
  if (receipt.status === 'collected' || receipt.status === 'cancelled') return receipt.status;
  const now = state.now();
  if (romeDate(now) >= receipt.readyFrom) return 'ready' as const;
  return now.getTime() - Date.parse(receipt.createdAt) >= PREPARED_AFTER_MS
    ? ('in-preparation' as const)
    : ('received' as const);
}

function checkQuota(state: DbState, config: CertificateConfig, person: string): void {
  const limit = config.maxOpenRequests;
  if (limit === undefined) return;
  const open = [...state.certificateRequests.values()].filter(
    (record) =>
      record.person === person &&
      record.receipt.officeId === config.officeId &&
      !['collected', 'cancelled'].includes(stateOf(state, record)),
  );
  if (open.length >= limit) {
    throw problem(
      429,
      'quota-exceeded',
      `This person already has ${open.length} open request(s) at this office (limit ${limit}).`,
    );
  }
}

function feeLines(
  config: CertificateConfig,
  certificates: string[],
  urgent: boolean,
  use: CertificateConfig['uses'][number],
): CertificateRequestReceipt['fees'] {
  const noStamp = use.exemptions.includes('stamp-duty');
  const noRights = use.exemptions.includes('rights');
  const fees: CertificateRequestReceipt['fees'] = [];
  if (noStamp || noRights) {
    const what =
      noStamp && noRights
        ? 'Esente da bollo e diritti'
        : noStamp
          ? 'Esente da bollo'
          : 'Esente da diritti';
    const label = use.legalBasis ? `${what} (${use.legalBasis})` : what;
    fees.push({ kind: 'exemption', label, amount: euros(0) });
  }
  for (const id of certificates) {
    const name = config.types.find((t) => t.id === id)?.label ?? id;
    if (!noStamp) {
      fees.push({
        kind: 'stamp-duty',
        label: `Marca da bollo - ${name}`,
        amount: config.fees.stampDuty,
      });
    }
    if (noRights) continue;
    fees.push({
      kind: 'rights',
      label: `Diritti di certificato - ${name}`,
      amount: config.fees.rights,
    });
    if (urgent) {
      fees.push({
        kind: 'urgency',
        label: `Diritti di urgenza - ${name}`,
        amount: config.fees.urgency,
      });
    }
  }
  return fees;
}

/** An 18-digit pagoPA notice code: aux digit 3, then the office's and the request's digits. */
function noticeCode(number: string, officeIndex: number): string {
  const digits = number.replace(/\D/g, '');
  const body = `3${String(officeIndex).padStart(2, '0')}${digits}`.padEnd(16, '0').slice(0, 16);
  return body + String(Number(BigInt(body) % 93n)).padStart(2, '0');
}

export function createCertificateRequest(
  state: DbState,
  body: Partial<CertificateRequest>,
): CertificateRequestReceipt {
  const { config, certificates, use } = validate(state, body);
  const subject = body.subject!;
  const person = personKey(subject);
  checkQuota(state, config, person);
  const urgent = body.urgent === true;
  const fees = feeLines(config, certificates, urgent, use);
  const office = state.offices.get(config.officeId)!;
  const now = state.now();
  const year = romeDate(now).slice(0, 4);
  const sequence =
    120 +
    [...state.certificateRequests.values()].filter((r) => r.receipt.officeId === office.id).length;
  const number = `${office.province ?? 'XX'}-${year}-${String(sequence).padStart(6, '0')}`;
  const rights = fees
    .filter((fee) => fee.kind === 'rights' || fee.kind === 'urgency')
    .reduce((sum, fee) => sum + cents(fee.amount), 0);
  const officeIndex = [...state.certificateConfigs.keys()].indexOf(office.id);
  const receipt: CertificateRequestReceipt = {
    number,
    officeId: office.id,
    certificates,
    fees,
    total: euros(fees.reduce((sum, fee) => sum + cents(fee.amount), 0)),
    ...(config.rightsPaidWith === 'pagopa' && rights > 0
      ? {
          payment: {
            noticeCode: noticeCode(number, officeIndex),
            amount: euros(rights),
            dueDate: addDays(romeDate(now), 30),
            url: 'https://checkout.pagopa.it/',
          },
        }
      : {}),
    readyFrom: readyFrom(state, office.id, urgent, config.normalDays ?? 3),
    createdAt: romeIso(now),
    status: 'received',
  };
  state.certificateRequests.set(number, { receipt, birthDate: subject.birthDate, person });
  return receipt;
}

/** The request as it is now, for whoever knows its number and the holder's date of birth. */
export function certificateRequestStatus(
  state: DbState,
  number: string,
  body: { birthDate?: unknown } | undefined,
): CertificateRequestStatus {
  const birthDate = body?.birthDate;
  if (typeof birthDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    const errors = new FieldErrors();
    errors.add('birthDate', birthDate ? 'invalid' : 'required');
    errors.throwIfAny();
  }
  const record = state.certificateRequests.get(number);
  const now = state.now().getTime();
  const misses = (record?.misses ?? []).filter((at) => now - at < LOOKUP_WINDOW_MS);
  if (record && misses.length >= MAX_LOOKUP_MISSES) {
    const retryAfter = Math.ceil((misses[0]! + LOOKUP_WINDOW_MS - now) / 1000);
    throw new ProblemError(
      {
        ...problem(429, 'too-many-attempts', 'Too many wrong dates of birth for this number.')
          .problem,
      },
      { 'Retry-After': String(retryAfter) },
    );
  }
  // The same answer for an unknown number and a wrong date of birth.
  if (!record || record.birthDate !== birthDate) {
    if (record) record.misses = [...misses, now];
    throw problem(404, 'not-found', 'No request has this number and date of birth.');
  }
  const status = stateOf(state, record);
  const { receipt } = record;
  const changedAt =
    status === 'ready'
      ? romeInstant(receipt.readyFrom, '00:00')
      : status === 'in-preparation'
        ? new Date(Date.parse(receipt.createdAt) + PREPARED_AFTER_MS)
        : new Date(receipt.createdAt);
  return {
    number,
    officeId: receipt.officeId,
    certificates: receipt.certificates,
    status,
    readyFrom: receipt.readyFrom,
    updatedAt: romeIso(changedAt),
  };
}
