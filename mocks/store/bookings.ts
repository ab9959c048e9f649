import type { Booking, BookingRequest, Person } from '../../src/api/types.js';
import { nameLetters, normalizeFiscalCode } from '../../src/internal/fiscal-code.js';
import type { ServiceConfig } from '../data/services.js';
import { isValidFiscalCode } from '../internal/fiscal-code.js';
import { EMAIL_PATTERN, FieldErrors, problem } from '../internal/problem.js';
import { newBookingCode, newToken } from '../internal/random.js';
import { romeIso, weekStart } from '../internal/rome-time.js';
import { signPass } from '../internal/signing.js';
import { bookingWindow, findSlot, freePlaces, type SlotPlan } from './calendar.js';
import { officeKey } from './keys.js';
import type { BookingRecord, DbState } from './state.js';

const HOUR_MS = 3_600_000;

function validate(state: DbState, body: Partial<BookingRequest>) {
  const errors = new FieldErrors();
  const config = state.services.get(String(body.serviceId ?? ''));
  if (!config) errors.add('serviceId', 'invalid', 'Unknown service.');
  const slot = config && findSlot(state, config, String(body.slotId ?? ''));
  if (config && !slot) errors.add('slotId', 'invalid', 'No such slot for this service.');
  const purpose = config?.service.purposes.find((p) => p.id === body.purposeId);
  if (config && !purpose)
    errors.add('purposeId', 'not-allowed', 'Not one of the service purposes.');
  if (purpose?.freeText) errors.requireText('purposeText', body.purposeText, 200);
  else if (typeof body.purposeText === 'string' && body.purposeText.length > 200) {
    errors.add('purposeText', 'too-long', 'At most 200 characters.');
  }
  const maxActs = config?.service.maxActs ?? 1;
  if (!Number.isInteger(body.acts) || (body.acts ?? 0) < 1) errors.add('acts', 'invalid');
  else if ((body.acts ?? 0) > maxActs) errors.add('acts', 'too-many', `At most ${maxActs}.`);
  const person = body.person ?? ({} as Partial<BookingRequest['person']>);
  errors.requireText('person.givenName', person.givenName, 80);
  errors.requireText('person.familyName', person.familyName, 80);
  if (errors.requireText('person.fiscalCode', person.fiscalCode, 16)) {
    if (!isValidFiscalCode(person.fiscalCode)) errors.add('person.fiscalCode', 'invalid');
  }
  if (errors.requireText('person.email', person.email, 254) && !EMAIL_PATTERN.test(person.email!)) {
    errors.add('person.email', 'invalid');
  }
  if (
    person.phone !== undefined &&
    (typeof person.phone !== 'string' || person.phone.length > 30)
  ) {
    errors.add('person.phone', 'invalid');
  }
  if (body.privacyConsent !== true) errors.add('privacyConsent', 'required');
  errors.throwIfAny();
  return { config: config!, slot: slot!, purpose: purpose! };
}

function isActive(state: DbState, booking: BookingRecord): boolean {
  return booking.status === 'confirmed' && booking.end > state.now();
}

function checkQuota(
  state: DbState,
  config: ServiceConfig,
  slot: SlotPlan,
  fiscalCode: string,
  replaced?: BookingRecord,
) {
  const mine = [...state.bookings.values()].filter(
    (b) =>
      b !== replaced &&
      b.person.fiscalCode.toUpperCase() === fiscalCode.toUpperCase() &&
      b.status !== 'cancelled',
  );
  const { activePerPerson, perWeek } = config.service.quota;
  const active = mine.filter((b) => b.serviceId === config.service.id && isActive(state, b));
  if (active.length >= activePerPerson) {
    throw problem(
      429,
      'quota-exceeded',
      `This person already holds ${active.length} active booking(s) for this service (limit ${activePerPerson}). Cancel it to book another time.`,
    );
  }
  const week = weekStart(slot.date);
  const sameWeek = mine.filter(
    (b) => b.officeId === config.service.officeId && weekStart(b.date) === week,
  );
  if (perWeek !== undefined && sameWeek.length >= perWeek) {
    throw problem(
      429,
      'quota-exceeded',
      `At most ${perWeek} bookings per person at this office in the same week.`,
    );
  }
}

/** A change of date keeps the person: the same codice fiscale and names, as the code reads them. */
function checkSameHolder(replaced: BookingRecord, person: Person): void {
  const same =
    normalizeFiscalCode(person.fiscalCode) === normalizeFiscalCode(replaced.person.fiscalCode) &&
    nameLetters(person.givenName) === nameLetters(replaced.person.givenName) &&
    nameLetters(person.familyName) === nameLetters(replaced.person.familyName);
  if (!same) {
    throw problem(
      422,
      'holder-changed',
      'A change of date keeps the holder of the booking it replaces; book for another person with a new booking.',
    );
  }
}

function uniqueCode(state: DbState): string {
  let code = newBookingCode();
  while (state.bookings.has(code)) code = newBookingCode();
  return code;
}

export async function createBooking(
  state: DbState,
  body: Partial<BookingRequest>,
): Promise<Booking> {
  const { config, slot, purpose } = validate(state, body);
  const window = bookingWindow(state, config);
  if (slot.date < window.first || slot.date > window.last) {
    throw problem(
      422,
      'outside-window',
      `Bookable dates run from ${window.first} to ${window.last}.`,
    );
  }
  const person = body.person!;
  const replaced = body.replaces
    ? cancellableRecord(state, String(body.replaces.code), String(body.replaces.token))
    : undefined;
  if (replaced) checkSameHolder(replaced, person);
  checkQuota(state, config, slot, person.fiscalCode, replaced);
  if (freePlaces(state, slot) < 1)
    throw problem(409, 'slot-full', 'This slot has no free places left.');
  const code = uniqueCode(state);
  const key = await officeKey(state, config.service.officeId);
  const record: BookingRecord = {
    code,
    token: newToken(),
    officeId: config.service.officeId,
    serviceId: config.service.id,
    slotId: slot.id,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    purposeId: purpose.id,
    ...(purpose.freeText && body.purposeText ? { purposeText: body.purposeText } : {}),
    acts: body.acts!,
    person: { ...person, fiscalCode: person.fiscalCode.toUpperCase() },
    status: 'confirmed',
    createdAt: state.now(),
    checkIn: await signPass(key, {
      v: 1,
      c: code,
      o: config.service.officeId,
      s: config.service.id,
      t: romeIso(slot.start),
      e: romeIso(slot.end),
    }),
  };
  state.bookings.set(code, record);
  if (replaced) {
    replaced.status = 'cancelled';
    replaced.cancelledAt = state.now();
  }
  return { ...toBooking(state, record), token: record.token };
}

export function toBooking(state: DbState, record: BookingRecord): Booking {
  const config = state.services.get(record.serviceId)!;
  const purpose = config.service.purposes.find((p) => p.id === record.purposeId)!;
  const cancellableUntil = new Date(
    record.start.getTime() - (config.service.cancellationDeadlineHours ?? 0) * HOUR_MS,
  );
  const past = record.status === 'confirmed' && record.end <= state.now();
  return {
    code: record.code,
    status: past ? 'past' : record.status,
    office: state.offices.get(record.officeId)!,
    service: {
      id: config.service.id,
      name: config.service.name,
      ...(config.service.location ? { location: config.service.location } : {}),
      whatToBring: config.service.whatToBring,
    },
    slotId: record.slotId,
    start: romeIso(record.start),
    end: romeIso(record.end),
    purpose: {
      id: purpose.id,
      label: purpose.label,
      ...(record.purposeText ? { text: record.purposeText } : {}),
    },
    acts: record.acts,
    holderName: `${record.person.givenName} ${record.person.familyName}`,
    cancellableUntil: romeIso(cancellableUntil),
    ...(record.cancelledAt ? { cancelledAt: romeIso(record.cancelledAt) } : {}),
    ...(record.checkedInAt ? { checkedInAt: romeIso(record.checkedInAt) } : {}),
    createdAt: romeIso(record.createdAt),
    checkIn: record.checkIn,
  };
}

function authorizedRecord(state: DbState, code: string, token: string | null): BookingRecord {
  const record = state.bookings.get(code.toUpperCase());
  if (!record) throw problem(404, 'not-found', 'No booking with this code.');
  if (token !== record.token)
    throw problem(403, 'wrong-token', 'The booking token does not match.');
  return record;
}

/** The booking as its holder reads it, with their own data: the token proves who is asking. */
export function getBooking(state: DbState, code: string, token: string | null): Booking {
  const record = authorizedRecord(state, code, token);
  return { ...toBooking(state, record), holder: { ...record.person } };
}

/** The record behind a code and token, when it may still be cancelled (or replaced). */
function cancellableRecord(state: DbState, code: string, token: string | null): BookingRecord {
  const record = authorizedRecord(state, code, token);
  if (record.status === 'cancelled') throw problem(409, 'already-cancelled', 'Already cancelled.');
  const booking = toBooking(state, record);
  const deadline = Date.parse(booking.cancellableUntil!);
  if (record.status === 'checked-in' || state.now().getTime() > deadline) {
    throw problem(409, 'too-late-to-cancel', `Cancellation closed at ${booking.cancellableUntil}.`);
  }
  return record;
}

export function cancelBooking(state: DbState, code: string, token: string | null): Booking {
  const record = cancellableRecord(state, code, token);
  record.status = 'cancelled';
  record.cancelledAt = state.now();
  return toBooking(state, record);
}
