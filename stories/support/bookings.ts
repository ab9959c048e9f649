import type { Db } from '../../mocks/index.js';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import type { Booking, BookingRequest } from '../../src/api/types.js';

/** The counter most stories book: Tribunale di Pistoia, contenzioso civile (20-minute slots). */
export const SERVICE = 'tribunale-pistoia-contenzioso-civile';

/** The slot of SERVICE that starts at `time` ('09:00') on `date` ('2026-03-12'). */
export const slotOf = (date: string, time: string) => `${SERVICE}_${date}_${time.replace(':', '')}`;

const PEOPLE = [
  { givenName: 'Mario', familyName: 'Rossi', sex: 'M', birthDate: '1980-01-01' },
  { givenName: 'Giulia', familyName: 'Bianchi', sex: 'F', birthDate: '1975-06-12' },
  { givenName: 'Luca', familyName: 'Innocenti', sex: 'M', birthDate: '1968-11-23' },
  { givenName: 'Sara', familyName: 'Bartolini', sex: 'F', birthDate: '1991-03-04' },
] as const;

/**
 * The n-th made-up person born in Pistoia, with a valid codice fiscale: person(0) is Mario Rossi;
 * past the first four, the same names are born a year later each round, so every n is someone else.
 */
export function person(n = 0) {
  const { givenName, familyName, sex, birthDate } = PEOPLE[n % PEOPLE.length]!;
  const year = Number(birthDate.slice(0, 4)) + Math.floor(n / PEOPLE.length);
  const fiscalCode = fiscalCodeOf({
    givenName,
    familyName,
    sex,
    birthDate: `${year}${birthDate.slice(4)}`,
    birthPlaceCode: 'G713',
  });
  const email = `${givenName}.${familyName}@example.it`.toLowerCase();
  return { givenName, familyName, fiscalCode, email };
}

export type OwnBooking = Booking & { token: string };

/** The first slot of SERVICE with a free place, from `date` on. */
export function firstFreeSlot(db: Db, date: string): string {
  const to = new Date(Date.parse(`${date}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const day = db.getAvailability(SERVICE, date, to).days.find((d) => d.free > 0);
  const slot = day && db.listSlots(SERVICE, day.date).slots.find((s) => s.free > 0);
  if (!slot) throw new Error(`No free place from ${date}`);
  return slot.id;
}

/** Books `slotId` for person `n` in the store, as the slot picker would through the API. */
export async function book(db: Db, slotId: string, n = 0): Promise<OwnBooking> {
  const body: BookingRequest = {
    serviceId: slotId.slice(0, slotId.indexOf('_')),
    slotId,
    purposeId: 'deposito-atti',
    acts: 1,
    person: person(n),
    privacyConsent: true,
  };
  return (await db.createBooking(body)) as OwnBooking;
}
