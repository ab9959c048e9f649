/** Courts and registries keep Italian time, whatever the visitor's clock says. */
export const OFFICE_TIME_ZONE = 'Europe/Rome';

/** 0 = Sunday, 1 = Monday, ... as in date-fns. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type DateStyle = 'long' | 'short' | 'weekday';
export type WeekdayStyle = 'long' | 'short' | 'narrow';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per (locale, options): building them is the expensive part. */
export function cachedDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * A calendar date as a local Date at noon: date-fns works in the browser's zone, and noon is never
 * skipped or repeated by a daylight-saving change, so adding days cannot slip to another date.
 */
export function parseIsoDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day); // the constructor maps years 0-99 to 1900-1999
  if (date.getMonth() !== month - 1) throw new RangeError(`Not a calendar date: ${iso}`);
  return date;
}

/** 'YYYY-MM-DD' of a Date, read in the browser's zone (the inverse of parseIsoDate). */
export function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The date of an instant in the office's time zone. */
export function isoDateInOffice(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = cachedDateFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today as the office sees it ('YYYY-MM-DD' in Europe/Rome). */
export function todayInOffice(now: Date = new Date()): string {
  return isoDateInOffice(now);
}

/** 'YYYY-MM' of a date or a month. */
export function isoMonthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The first day of a month ('YYYY-MM', or any date in it) as parseIsoDate gives it. */
export function parseIsoMonth(isoMonth: string): Date {
  const match = ISO_MONTH.exec(isoMonth.slice(0, 7));
  if (!match) throw new RangeError(`Not an ISO month: ${isoMonth}`);
  return parseIsoDate(`${match[1]}-${match[2]}-01`);
}

/** The date itself, or the nearer bound when it lies outside [min, max]. */
export function clampIso(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso;
}

/** Negative, zero or positive, for Array.prototype.sort. Works for dates and for months. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar dates are formatted as UTC noon in UTC, so no zone can move them to another day. */
function utcNoon(iso: string): Date {
  const date = parseIsoDate(iso);
  const utc = new Date(Date.UTC(2000, 0, 1, 12));
  utc.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  return utc;
}

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
};

/** 'long' → "giovedì 12 marzo 2026", 'short' → "12/03/2026", 'weekday' → "giovedì 12 marzo". */
export function formatDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  return cachedDateFormat(locale, DATE_STYLES[style]).format(utcNoon(iso));
}

/** "marzo 2026" */
export function formatMonth(isoMonth: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return cachedDateFormat(locale, options).format(utcNoon(toIsoDate(parseIsoMonth(isoMonth))));
}

/** Office time of an instant ('2026-03-12T08:30:00Z' → "09:30"), 24-hour clock in every locale. */
export function formatTime(isoDateTime: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: OFFICE_TIME_ZONE,
  };
  return cachedDateFormat(locale, options).format(new Date(isoDateTime));
}

/** 'HH:mm' of an instant in office time, locale-independent (for values, not for display). */
export function isoTimeInOffice(isoDateTime: string): string {
  return formatTime(isoDateTime, 'en-GB');
}

/** Names of the seven weekdays in grid order, e.g. for column headers ("lun", "mar", ...). */
export function weekdayNames(
  locale: string,
  style: WeekdayStyle = 'short',
  weekStartsOn: WeekStart = 1,
): string[] {
  const formatter = cachedDateFormat(locale, { weekday: style, timeZone: 'UTC' });
  // 2024-01-07 was a Sunday: day d of the week is 7 + d days into January.
  return Array.from({ length: 7 }, (_, i) =>
    formatter.format(new Date(Date.UTC(2024, 0, 7 + ((weekStartsOn + i) % 7), 12))),
  );
}
