import type { Booking } from '../src/api/types.js';
import { fiscalCodeOf } from './internal/fiscal-code.js';

const GIVEN_NAMES = ['Maria', 'Giovanni', 'Anna', 'Francesco', 'Lucia', 'Andrea'];

/**
 * Books the first free place of a counter through the reference server's HTTP API, as the slot
 * picker would, for demo pages and stories that need a real booking (code, token, signed pass).
 * Three days ahead at least, so that it can still be cancelled or moved. A made-up person each time, so that the one-booking-per-person quota never gets in the way.
 */
export async function createDemoBooking(
  apiBase = '/api',
  serviceId = 'tribunale-pistoia-contenzioso-civile',
): Promise<Booking & { token: string }> {
  const get = async (path: string) => {
    const response = await fetch(`${apiBase}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const availability = await get(`/services/${serviceId}/availability?from=${from}&to=${to}`);
  const day = availability.days.find(
    (d: { status: string; free: number }) => d.status === 'open' && d.free > 0,
  );
  const { slots } = await get(`/services/${serviceId}/slots?date=${day.date}`);
  const slot = slots.find((s: { free: number }) => s.free > 0);
  const n = Math.floor(Math.random() * 10_000);
  const givenName = GIVEN_NAMES[n % GIVEN_NAMES.length]!;
  const person = {
    givenName,
    familyName: 'Esempio',
    sex: n % 2 ? 'F' : 'M',
    birthDate: `19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`,
  } as const;
  const response = await fetch(`${apiBase}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      serviceId,
      slotId: slot.id,
      purposeId: 'deposito-atti',
      acts: 1,
      person: {
        givenName,
        familyName: person.familyName,
        fiscalCode: fiscalCodeOf({ ...person, birthPlaceCode: 'G713' }),
        email: 'demo@example.it',
      },
      privacyConsent: true,
    }),
  });
  if (!response.ok) throw new Error(`booking: ${response.status}`);
  return response.json();
}
