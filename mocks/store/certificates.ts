import type {
  CertificateConfig,
  CertificateRequest,
  CertificateRequestReceipt,
  Money,
} from '../../src/api/types.js';
import { holidayReason } from '../data/holidays.js';
import { EMAIL_PATTERN, FieldErrors, problem } from '../internal/problem.js';
import { addDays, romeDate, romeIso, weekday } from '../internal/rome-time.js';
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
  if (body.collection !== 'counter' && body.collection !== 'delegate') {
    errors.add('collection', body.collection ? 'not-allowed' : 'required');
  }
  if (body.collection === 'delegate') {
    errors.list.push(...subjectErrors(state, body.delegate, 'delegate.'));
  }
  if (body.privacyConsent !== true) errors.add('privacyConsent', 'required');
  errors.throwIfAny();
  return { config: config!, certificates, exempt: use!.exempt, legalBasis: use!.legalBasis };
}

export function createCertificateRequest(
  state: DbState,
  body: Partial<CertificateRequest>,
): CertificateRequestReceipt {
  const { config, certificates, exempt, legalBasis } = validate(state, body);
  const fees: CertificateRequestReceipt['fees'] = [];
  if (exempt) {
    fees.push({
      label: `Esente da bollo e diritti${legalBasis ? ` (${legalBasis})` : ''}`,
      amount: euros(0),
    });
  } else {
    for (const id of certificates) {
      const label = config.types.find((t) => t.id === id)?.label ?? id;
      fees.push({ label: `Marca da bollo - ${label}`, amount: config.fees.stampDuty });
      fees.push({ label: `Diritti di certificato - ${label}`, amount: config.fees.rights });
      if (body.urgent)
        fees.push({ label: `Diritti di urgenza - ${label}`, amount: config.fees.urgency });
    }
  }
  const office = state.offices.get(config.officeId)!;
  const year = romeDate(state.now()).slice(0, 4);
  const sequence =
    120 + [...state.certificateRequests.values()].filter((r) => r.officeId === office.id).length;
  const receipt: CertificateRequestReceipt = {
    number: `${office.province ?? 'XX'}-${year}-${String(sequence).padStart(6, '0')}`,
    officeId: office.id,
    certificates,
    fees,
    total: euros(fees.reduce((sum, fee) => sum + cents(fee.amount), 0)),
    readyFrom: readyFrom(state, office.id, body.urgent === true, config.normalDays ?? 3),
    createdAt: romeIso(state.now()),
  };
  state.certificateRequests.set(receipt.number, receipt);
  return receipt;
}
