import type { Booking } from '../../api/types.js';
import { calendarFile } from '../../internal/ics.js';

export interface BookingLink {
  code: string;
  token: string;
}

function paramsOf(location: Location): URLSearchParams[] {
  return [new URLSearchParams(location.search), new URLSearchParams(location.hash.slice(1))];
}

/**
 * The code and token of the confirmation email's link: `?code=…&token=…`, or the same after
 * `#`, which no server and no Referer ever sees. Read, never copied anywhere else.
 */
export function readBookingLink(location: Location = window.location): BookingLink | undefined {
  for (const params of paramsOf(location)) {
    const code = params.get('code')?.trim();
    const token = params.get('token')?.trim();
    if (code && token) return { code: code.toUpperCase(), token };
  }
  return undefined;
}

/**
 * After a change of date, the address points at the new booking, where the old one was, so that
 * a reload or a bookmark shows the booking that counts.
 */
export function replaceBookingLink(next: BookingLink, location: Location = window.location): void {
  const url = new URL(location.href);
  const hash = new URLSearchParams(url.hash.slice(1));
  const params = hash.has('token') ? hash : url.searchParams;
  params.set('code', next.code);
  params.set('token', next.token);
  if (params === hash) url.hash = hash.toString();
  history.replaceState(history.state, '', url);
}

export interface CalendarTexts {
  summary: string;
  description: string;
}

/** Offers the booking as an .ics file to save or open. */
export function downloadCalendar(booking: Booking, texts: CalendarTexts): void {
  const { office, service } = booking;
  const file = calendarFile({
    uid: `${booking.code}@sportello`,
    start: booking.start,
    end: booking.end,
    summary: texts.summary,
    location: [office.name, service.location, office.address, office.town]
      .filter(Boolean)
      .join(', '),
    description: texts.description,
  });
  const url = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `prenotazione-${booking.code}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
