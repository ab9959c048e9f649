/** One appointment as an iCalendar (RFC 5545) file, for "Add to calendar". */
export interface CalendarEvent {
  /** Stable across downloads, so that a calendar updates the event instead of adding another. */
  uid: string;
  /** ISO 8601 instants with offset. */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  /** When the file was made; default now. */
  stamp?: Date;
}

/**
 * An office's address with its town, the town once: backends write "Piazza Duomo 6, 51100 Pistoia
 * (PT)" or just "Piazza Duomo 6", and the town is added only when no part after the street names
 * it. Shared by the calendar file's LOCATION and the receipt's address line.
 */
export function addressWithTown(address = '', town = ''): string {
  const escaped = town.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const namesTown = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu');
  const [, ...afterStreet] = address.split(',');
  if (!escaped || afterStreet.some((part) => namesTown.test(part))) return address.trim();
  return [address.trim(), town.trim()].filter(Boolean).join(', ');
}

/** `20260706T070000Z`: times are written in UTC, which every calendar converts to local time. */
export function icsUtc(instant: string | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The whole file, CRLF line ends, one VEVENT. */
export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sportello//Prenotazioni//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsEscape(event.uid)}`,
    `DTSTAMP:${icsUtc(event.stamp ?? new Date())}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${icsEscape(event.summary)}`,
    `LOCATION:${icsEscape(event.location)}`,
    `DESCRIPTION:${icsEscape(event.description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(icsFold).join('\r\n') + '\r\n';
}
