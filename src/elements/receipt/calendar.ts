import type { Booking } from '../../api/types.js';
import { addressWithTown, calendarFile } from '../../internal/ics.js';

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
    location: [office.name, service.location, addressWithTown(office.address, office.town)]
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
