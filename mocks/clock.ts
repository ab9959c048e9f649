import { isIsoDate, romeInstant, romeIso } from './internal/rome-time.js';

/**
 * The store's clock: a function read for every "now", or the instant to start from (a Date, or
 * a mock-now text such as '2026-12-04T09:05'), from which the clock runs on in real time.
 */
export type ClockOption = (() => Date) | Date | string;

/** `?mock-now=2026-12-04T09:05` on a demo page address sets the clock of that page. */
export const MOCK_NOW_QUERY_PARAM = 'mock-now';

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The instant a mock-now names: a wall-clock time in Rome when it carries no offset
 * ('2026-12-04T09:05', seconds optional), or ISO 8601 with `Z` or an offset. A time that Rome's
 * clocks skip (the spring change) names no instant.
 */
export function parseMockNow(text: string): Date | undefined {
  const match = DATE_TIME.exec(text.trim());
  const [, date, hh = '', mm = '', ss = '00', offset] = match ?? [];
  if (!isIsoDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  if (offset) {
    const instant = new Date(text.trim());
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }
  const wall = `${date}T${hh}:${mm}`;
  const instant = new Date(romeInstant(date, `${hh}:${mm}`).getTime() + Number(ss) * 1000);
  return romeIso(instant).startsWith(wall) ? instant : undefined;
}

/** The instant of a mock-now, or undefined with a warning that it is ignored. */
export function resolveMockNow(value: Date | string): Date | undefined {
  const instant = typeof value === 'string' ? parseMockNow(value) : value;
  if (instant && !Number.isNaN(instant.getTime())) return instant;
  console.warn(
    `Sportello reference server: ignoring the clock "${String(value)}"; expected a Rome time ` +
      'such as 2026-12-04T09:05, or ISO 8601 with an offset. The clock is the real one.',
  );
  return undefined;
}

/** A clock that shows `start` now and runs on from there. */
export function clockFrom(start: Date): () => Date {
  const shift = start.getTime() - Date.now();
  return () => new Date(Date.now() + shift);
}

/** The clock a store reads: the real one unless an option sets it. */
export function storeClock(option: ClockOption | undefined): () => Date {
  if (typeof option === 'function') return option;
  const start = option === undefined ? undefined : resolveMockNow(option);
  return start ? clockFrom(start) : () => new Date();
}
