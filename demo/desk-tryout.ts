// Demo only: links that open the entrance desk at the time of a booking made in the demo.
import type { Booking } from '../src/api/types.js';
import type { Db } from '../mocks/db.js';
import { MOCK_NOW_QUERY_PARAM } from '../mocks/clock.js';
import { romeIso } from '../mocks/internal/rome-time.js';
import type { BookingRecord } from '../mocks/store/state.js';

/** The desk is tried a few minutes after the start, as a punctual visitor arrives. */
const ARRIVAL_MINUTES = 5;

const day = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const time = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
});

/** The desk page with its clock at the arrival for a booking that starts at `start`. */
export function deskAt(start: string | Date): { href: string; label: string } {
  const arrival = new Date(new Date(start).getTime() + ARRIVAL_MINUTES * 60_000);
  // Digits, '-', 'T' and ':' only: readable as it is in the address bar.
  return {
    href: `/ingresso.html?${MOCK_NOW_QUERY_PARAM}=${romeIso(arrival).slice(0, 16)}`,
    label: `alle ${time.format(arrival)} di ${day.format(arrival)}`,
  };
}

/** The address of the confirmation email's link, which opens the receipt page. */
export function receiptAt(booking: Pick<Booking, 'code'> & { token: string }): string {
  return `/prenotazione.html#${new URLSearchParams({ code: booking.code, token: booking.token })}`;
}

function bookingItem(db: Db, booking: BookingRecord) {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = booking.code;
  const desk = deskAt(booking.start);
  const link = document.createElement('a');
  link.href = desk.href;
  link.textContent = `verifica all’ingresso ${desk.label}`;
  const service = db.state.services.get(booking.serviceId)?.service.name ?? booking.serviceId;
  item.append(
    code,
    `: ${day.format(booking.start)}, ${time.format(booking.start)}, ${service}. `,
    link,
  );
  return item;
}

/**
 * Lists in `container`'s list the demo's bookings still to be used at an office, soonest first,
 * each with its link: codes and times only, never the names. Hides the container when none.
 */
export function listDemoBookings(container: HTMLElement, db: Db, officeId: string): void {
  const now = db.now().getTime();
  const bookings = [...db.state.bookings.values()]
    .filter((b) => b.officeId === officeId && b.status === 'confirmed' && b.end.getTime() > now)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, 6);
  container.querySelector('ul')?.replaceChildren(...bookings.map((b) => bookingItem(db, b)));
  container.hidden = bookings.length === 0;
}
