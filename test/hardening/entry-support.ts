import { ContextEvent } from '@lit/context';
import { createApiClient, type ApiClient } from '../../src/api/client.js';
import { configContext, type SportelloConfig } from '../../src/config/context.js';
import type { Booking } from '../../src/api/types.js';
import { createBooking, getAvailability, listSlots } from '../../src/api/operations/index.js';

/**
 * The fake person of every flow: a valid codice fiscale for Mario Rossi, born on 10/12/1985 in
 * San Giuliano Terme (Belfiore code A562).
 */
export const PERSON = {
  givenName: 'Mario',
  familyName: 'Rossi',
  fiscalCode: 'RSSMRA85T10A562S',
  email: 'mario.rossi@example.test',
  birthDate: '1985-12-10',
  sex: 'M',
  birthPlace: 'San Giuliano Terme',
  birthPlaceCode: 'A562',
};

/** Everything that identifies PERSON, as typed or as a backend shows it. */
export const PERSONAL = [
  PERSON.fiscalCode,
  PERSON.email,
  PERSON.givenName,
  PERSON.familyName,
  PERSON.birthDate,
  '10/12/1985',
];

/** The bearer token of a signed-in member of staff, as the host site would give it. */
export const STAFF_TOKEN = 'hardening-staff-session';

export function create(container: HTMLElement, tag: string, attributes: Record<string, string>) {
  const element = container.ownerDocument.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value) element.setAttribute(name, value);
  }
  container.append(element);
  return element;
}

export type BookedPass = Booking & { token: string };

const bookings = new WeakMap<Element, Promise<BookedPass>>();

/** The client an element calls: its own (api-base) or its surroundings' (a config, a provider). */
async function clientOf(element: Element): Promise<ApiClient> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const api = (element as Element & { api?: ApiClient }).api;
    if (api) return api;
    if (performance.now() > deadline) throw new Error(`<${element.localName}> has no api client`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A client of the element's backend, with the same credentials and token, but the default
 * timeouts: the fault runs give the element a client that gives up after 400 ms, and setting up
 * a booking is not what they test, so it must not fail for that on a busy machine.
 */
async function setupClientOf(element: Element): Promise<ApiClient> {
  const own = element.getAttribute('api-base');
  const getToken = (element as Element & { getToken?: () => string }).getToken;
  if (own) return createApiClient({ baseUrl: new URL(own, location.href).href, getToken });
  let config: SportelloConfig | undefined;
  element.dispatchEvent(new ContextEvent(configContext, element, (value) => (config = value)));
  if (config?.apiBase) {
    const { apiBase, credentials } = config;
    return createApiClient({ baseUrl: apiBase, credentials, getToken: config.getToken });
  }
  // Another copy of the library (the CDN file in a frame) has context keys of its own.
  return clientOf(element);
}

/**
 * Books PERSON on the first free place from three days ahead (so it can still be cancelled),
 * on the element's backend, as a host page that made the booking in an earlier visit.
 */
async function bookPerson(element: Element, serviceId: string): Promise<BookedPass> {
  const api = await setupClientOf(element);
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { days } = await getAvailability(api, serviceId, day(3), day(20));
  const open = days.find((d) => d.status === 'open' && d.free > 0);
  if (!open) throw new Error(`no free day for ${serviceId}`);
  const { slots } = await listSlots(api, serviceId, open.date);
  const slot = slots.find((s) => s.free > 0)!;
  const booking = await createBooking(
    api,
    {
      serviceId,
      slotId: slot.id,
      purposeId: 'deposito-atti',
      acts: 1,
      person: {
        givenName: PERSON.givenName,
        familyName: PERSON.familyName,
        fiscalCode: PERSON.fiscalCode,
        email: PERSON.email,
      },
      privacyConsent: true,
    },
    { idempotencyKey: crypto.randomUUID() },
  );
  return booking as BookedPass;
}

/** Starts booking for the element just mounted; `then` runs when the booking exists. */
export function bookFor(
  element: Element,
  serviceId: string,
  then: (booking: BookedPass) => void = () => {},
): void {
  const booked = bookPerson(element, serviceId).then((booking) => {
    then(booking);
    return booking;
  });
  booked.catch(() => {}); // reported by the walk that awaits it, not as an unhandled rejection
  bookings.set(element, booked);
}

/** The booking made for the element at mount time. */
export function bookingOf(element: Element): Promise<BookedPass> {
  const booked = bookings.get(element);
  if (!booked) throw new Error(`nothing was booked for <${element.localName}>`);
  return booked;
}
