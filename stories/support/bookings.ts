import type { Db } from '../../mocks/index.js';
import { person } from '../../mocks/people.js';
import type { Booking, BookingRequest } from '../../src/api/types.js';

/** The counter most stories book: Tribunale di Pistoia, contenzioso civile (20-minute slots). */
export const SERVICE = 'tribunale-pistoia-contenzioso-civile';

/** The slot of SERVICE that starts at `time` ('09:00') on `date` ('2026-03-12'). */
export const slotOf = (date: string, time: string) => `${SERVICE}_${date}_${time.replace(':', '')}`;

export { person };

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
